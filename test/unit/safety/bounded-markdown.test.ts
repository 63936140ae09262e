/**
 * Issue 18 #4: notes markdown in linear time. markdown-it's inline rules are quadratic on some runs (`![` ×
 * 300k made `explain` take 22 s, `*a**` × 150k made `quiz --list` take 9 s); every parser of notes is bounded by
 * src/core/kb/bounded-markdown.ts, which keeps an over-long inline run as plain text. Proven three ways: every
 * markdown-it parser in src/ is built through it (a scan with the TypeScript parser), the hostile classes at
 * three sizes leave one text child however large they grow (the work markdown-it does on them no longer depends
 * on their shape), and generated prose keeps every word.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import ts from 'typescript';
import { boundedMarkdown, MAX_INLINE_CHARS } from '../../../src/core/kb/bounded-markdown';
import { parseNotes } from '../../../src/core/kb/parse-notes';
import { ROOT } from '../support/service';

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** `new MarkdownIt(…)` expressions that are not inside a `boundedMarkdown(…)` call. */
function unboundedParsers(fileName: string, text: string): number {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  let count = 0;
  const visit = (node: ts.Node, bounded: boolean) => {
    const isBoundCall = ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'boundedMarkdown';
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'MarkdownIt' && !bounded) count++;
    ts.forEachChild(node, (child) => visit(child, bounded || isBoundCall));
  };
  visit(source, false);
  return count;
}

const HOSTILE: Record<string, (n: number) => string> = {
  'image openers': (n) => '!['.repeat(n),
  'emphasis runs': (n) => '*a**'.repeat(n),
  'link openers': (n) => '['.repeat(n),
  'backtick runs': (n) => '`a``'.repeat(n),
  'angle brackets': (n) => '<a'.repeat(n),
};

describe('notes markdown is parsed in bounded time (issue 18 #4)', () => {
  it('every markdown-it parser in src/ is built through boundedMarkdown', () => {
    const bad = tsFiles(join(ROOT, 'src'))
      .map((file) => [relative(ROOT, file).split(sep).join('/'), unboundedParsers(file, readFileSync(file, 'utf8'))] as const)
      .filter(([, n]) => n > 0);
    assert.deepEqual(bad, []);
  });

  it('the scan sees an unbounded parser', () => {
    assert.equal(unboundedParsers('x.ts', 'const a = new MarkdownIt({ html: false }); const b = boundedMarkdown(new MarkdownIt().disable([]));'), 1);
  });

  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`${name}: one text child at every size past the cap, the text kept whole`, () => {
      const parser = boundedMarkdown(new MarkdownIt());
      for (const n of [50_000, 100_000, 200_000]) {
        const text = make(n);
        const inline = parser.parse(text, {}).find((t) => t.type === 'inline')!;
        assert.equal(inline.children?.length, 1, `${n}`);
        assert.equal(inline.children![0].content, text);
      }
    });
  }

  it('below the cap, links and emphasis are parsed as before', () => {
    const parser = boundedMarkdown(new MarkdownIt());
    const inline = parser.parse('A **bold** [link](https://example.com) here', {}).find((t) => t.type === 'inline')!;
    assert.ok(inline.children!.some((c) => c.type === 'link_open'));
    assert.ok(inline.children!.some((c) => c.type === 'strong_open'));
  });

  it('generated long paragraphs keep every word in the parsed notes (fast-check)', () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 500, maxLength: 1500 }), (words) => {
        const paragraph = words.join(' ');
        fc.pre(paragraph.length > MAX_INLINE_CHARS);
        const [topic] = parseNotes({ uri: 'file:///n.md', text: `## Notes\n\n${paragraph}\n`, origin: 'user' });
        return words.every((w) => topic.body.includes(w));
      }),
      { seed: 20261208, numRuns: 20 },
    );
  });
});
