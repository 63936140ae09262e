/**
 * Suppression comments in CDK sources: both readers collect tree-sitter's `comment` nodes (`//` and
 * `/* *\/` in TypeScript/JavaScript, `#` in Python); the engine then applies the directives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UNKNOWN_RULE_IN_SUPPRESSION } from '../../src/core/suppression';
import { treeComments } from '../../src/core/sources/cdk/syntax-tree';
import { loadPythonParser, loadTypeScriptParser } from '../../src/node/cdk-parsers';
import { analyzeFixture, lineOf, readerErrors, spanText } from './cdk-helpers';

const ruleLines = (analysis: { findings: ReadonlyArray<{ ruleId: string; range: { start: { line: number } } }> }, ids: readonly string[]) =>
  analysis.findings.filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId}@${f.range.start.line}`).sort();

const CASES = [
  { language: 'TypeScript', nextLine: ['ts', 'suppression-next-line.ts'], file: ['ts', 'suppression-file.ts'], timeout: 'timeout: Duration', memory: 'memorySize: 10241' },
  { language: 'Python', nextLine: ['py', 'suppression_next_line.py'], file: ['py', 'suppression_file.py'], timeout: 'timeout=Duration', memory: 'memory_size=10241' },
] as const;

for (const c of CASES) {
  describe(`CDK suppression comments (${c.language})`, () => {
    it('next-line: the finding under the directive disappears, the unknown id gets a warning on the id', async () => {
      const analysis = await analyzeFixture(...c.nextLine);
      const text = analysis.text;
      assert.deepEqual(readerErrors, []);
      assert.equal(analysis.source?.model.functions.length, 1);
      // lambda-timeout is suppressed; lambda-memory is not (the directive misspells it).
      assert.deepEqual(ruleLines(analysis, ['lambda-timeout', 'lambda-memory']), [`lambda-memory@${lineOf(text, c.memory)}`]);
      const warnings = analysis.findings.filter((f) => f.ruleId === UNKNOWN_RULE_IN_SUPPRESSION);
      assert.equal(warnings.length, 1);
      assert.equal(spanText(text, warnings[0].span), 'lambda-memroy');
      assert.match(warnings[0].message, /Did you mean "lambda-memory"/);
      assert.deepEqual(warnings[0].fix?.edits.map((e) => [spanText(text, e.span), e.newText]), [['lambda-memroy', 'lambda-memory']]);
    });

    it('file: the rule is off in the whole file; look-alikes in strings are not comments', async () => {
      const analysis = await analyzeFixture(...c.file);
      assert.deepEqual(readerErrors, []);
      assert.deepEqual(ruleLines(analysis, ['lambda-timeout', 'lambda-memory']), [`lambda-timeout@${lineOf(analysis.text, c.timeout)}`]);
      assert.equal(analysis.findings.filter((f) => f.ruleId === UNKNOWN_RULE_IN_SUPPRESSION).length, 0);
    });
  });
}

describe('CDK comment collection', () => {
  it('TypeScript: spans cover the marker, texts are exact trimmed slices, strings/templates/regexes/JSX text are skipped', async () => {
    const parser = await loadTypeScriptParser('tsx');
    const text = [
      '#!/usr/bin/env node',
      '/** doc */ const a = 1; // trailing  ',
      "const s = '// no', t = `${a} // no ${a}/* no */`, r = /\\/\\/ no/;",
      '/*block*/',
      'const el = <p>// no {a /* yes */} text</p>; // after jsx',
      '',
    ].join('\n');
    const tree = parser.parse(text)!;
    try {
      const comments = treeComments(tree.rootNode, text);
      assert.deepEqual(
        comments.map((c) => c.text),
        ['* doc', 'trailing', 'block', 'yes', 'after jsx'],
      );
      for (const c of comments) {
        const whole = text.slice(c.span.start, c.span.end);
        assert.ok(whole.startsWith('//') || (whole.startsWith('/*') && whole.endsWith('*/')), whole);
        assert.equal(text.indexOf(c.text, c.span.start) - c.span.start, whole.indexOf(c.text));
      }
    } finally {
      tree.delete();
    }
  });

  it('Python: comment nodes, not # in strings', async () => {
    const parser = await loadPythonParser();
    const text = 'x = "# no"  #  yes \ny = """\n# no\n"""\n#tight\n';
    const tree = parser.parse(text)!;
    try {
      const comments = treeComments(tree.rootNode, text);
      assert.deepEqual(comments.map((c) => c.text), ['yes', 'tight']);
      assert.deepEqual(comments.map((c) => text.slice(c.span.start, c.span.end)), ['#  yes ', '#tight']);
    } finally {
      tree.delete();
    }
  });
});
