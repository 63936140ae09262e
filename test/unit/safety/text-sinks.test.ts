/**
 * Issue 18 #6: one sanitizer (src/core/text/sanitize.ts) for every text sink. Properties over generated
 * hostile strings (control characters, line breaks, ESC/OSC 8 sequences, C1, bidi controls, `::error`) put
 * anywhere a repository or a note can put text — a folder name, a serverless function name, a `${file()}`
 * path, a config key, a note's heading and sentences — and run the CLI's sinks in-process: `check` (text and
 * SARIF), stderr, `explain`, `quiz --list`, the Anki export, `rules`. No output may carry an unsafe character
 * (a line break only between records, a tab only between Anki fields), and no line may start with `::`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../../../src/cli/main';
import { hasUnsafeCharacter, safeField, safeLines, uriPath, UNSAFE_REPLACEMENT } from '../../../src/core/text/sanitize';
import { mdCode, mdText, MAX_MARKDOWN_FIELD } from '../../../src/core/text/markdown';
import { ROOT } from '../support/service';

/** Characters a hostile string is made of: the dangerous ones, and a few ordinary ones around them. */
const DANGEROUS = ['\n', '\r', '\t', '\u001b', '\u009b', '\u0085', '\u0007', '\u0000', '\u007f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u001b]8;;https://evil.example\u0007', '\u001b[2J', '\u001b]0;title\u0007', '\n::error file=x,line=1::forged\n', '::warning::'];
const ORDINARY = ['a', 'Z', ' ', ':', '-', 'é', '✓', '1'];
const hostile = (maxParts: number) => fc.array(fc.constantFrom(...DANGEROUS, ...ORDINARY), { minLength: 1, maxLength: maxParts }).map((parts) => parts.join(''));
const SEED = 1818;

/** Every character {@link safeField} must replace, once each. */
const ALL_UNSAFE = [...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)), ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)), '\u2028', '\u2029', '\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

/** The CLI's `main` with stdout and stderr captured (the sinks under test write to both). */
async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** What a text sink may print: unsafe characters only as the record separators it owns. */
function assertSafeOutput(text: string, what: string, separators: readonly string[] = ['\n']) {
  let rest = text;
  for (const s of separators) rest = rest.split(s).join('');
  assert.ok(!hasUnsafeCharacter(rest), `${what}: an unsafe character reached the output: ${JSON.stringify(text.slice(0, 2000))}`);
  for (const line of text.split('\n')) assert.ok(!/^\s*::/.test(line), `${what}: a line starts as a CI command: ${JSON.stringify(line)}`);
}

const LAMBDA_NOTE = readFileSync(join(ROOT, 'media', 'notes', 'lambda.md'), 'utf8');

/** A project whose every user-controlled name carries `h`. */
function hostileProject(h: string): { dir: string; file: string; note: string } {
  // A folder name can hold anything but `/` and NUL, in at most 255 bytes.
  const folderName = `p-${h.replace(/[/\u0000]/g, '_')}`.slice(0, 80);
  const dir = join(mkdtempSync(join(tmpdir(), 'sn-sinks-')), folderName);
  mkdirSync(join(dir, '.git'), { recursive: true });
  const yamlString = JSON.stringify(h); // a YAML double-quoted scalar holds any character as an escape
  writeFileSync(
    join(dir, 'serverless.yml'),
    `service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  timeout: 1200\ncustom:\n  v: \${file(./${h.replace(/[\n\r)}\u0000]/g, '_')}.yml, ${yamlString})}\nfunctions:\n  ${yamlString}:\n    handler: h.h\n    environment:\n      V: \${self:custom.v}\n  g:\n    handler: h.h\n`,
  );
  writeFileSync(join(dir, '.serverless-notes.json'), JSON.stringify({ rules: { [h]: 'off' }, [h]: 1 }));
  const note = join(dir, 'notes.md');
  // The bundled Lambda note with the string in its title, headings and sentences: quiz questions come from it.
  writeFileSync(note, LAMBDA_NOTE.replace(/^(#+ .*)$/gm, `$1 ${h}`).replace(/function/g, `function${h}`));
  return { dir, file: join(dir, 'serverless.yml'), note };
}

describe('one sanitizer for every text sink (issue 18 #6)', () => {
  it('safeField replaces every C0, C1, DEL, line separator and bidi control, and nothing else', () => {
    for (const c of ALL_UNSAFE) assert.equal(safeField(`a${c}b`), `a${UNSAFE_REPLACEMENT}b`, JSON.stringify(c));
    assert.equal(safeField('plain: é ✓ ~ text'), 'plain: é ✓ ~ text');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = safeField(s);
        return out.length === s.length && !hasUnsafeCharacter(out);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('safeLines keeps meant line breaks, and no line may start with ::', () => {
    assert.equal(safeLines('one\ntwo\u001b[31m\n  ::error file=a::x'), `one\ntwo${UNSAFE_REPLACEMENT}[31m\n${UNSAFE_REPLACEMENT}  ::error file=a::x`);
  });

  it('SARIF URIs are percent-encoded per segment (RFC 3986)', () => {
    assert.equal(uriPath('stacks/my app#1?.yaml'), 'stacks/my%20app%231%3F.yaml');
    assert.equal(uriPath('a\\b\n%.yml'), 'a/b%0A%25.yml');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !/[\\/]/.test(s)), { minLength: 1, maxLength: 4 }), (segments) => {
        const uri = uriPath(segments.join('/'));
        assert.match(uri, /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/);
        assert.deepEqual(uri.split('/').map(decodeURIComponent), segments);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('hovers cap every quoted user string: a 1 MB heading is not a 3 MB hover', () => {
    const heading = '*_['.repeat(350_000);
    assert.ok(mdText(heading).length <= 3 * MAX_MARKDOWN_FIELD);
    assert.ok(mdCode('`'.repeat(1_000_000)).length <= 4 * MAX_MARKDOWN_FIELD);
  });

  it('check (text and SARIF), stderr, explain, quiz --list, the Anki export and rules print no control character', async () => {
    await fc.assert(
      fc.asyncProperty(hostile(6), async (h) => {
        const { dir, file, note } = hostileProject(h);
        const checked = await runMain(['check', '--no-fail', dir]);
        assertSafeOutput(checked.stdout, 'check text');
        assertSafeOutput(checked.stderr, 'check stderr');
        const sarif = await runMain(['check', '--no-fail', '--format', 'sarif', dir]);
        const uris = (JSON.parse(sarif.stdout).runs[0].results as Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>).map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
        for (const uri of uris) assert.match(uri, /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/, uri);
        const explained = await runMain(['explain', `${file}:5:12`, '--notes', note]);
        assertSafeOutput(explained.stdout, 'explain');
        assertSafeOutput(explained.stderr, 'explain stderr');
        const listed = await runMain(['quiz', '--list', '--notes', note]);
        assertSafeOutput(listed.stdout, 'quiz --list');
        const anki = await runMain(['quiz', '--export', 'anki', '--notes', note]);
        assertSafeOutput(anki.stdout, 'Anki export', ['\n', '\t']);
      }),
      { seed: SEED, numRuns: 12 },
    );
    assertSafeOutput((await runMain(['rules'])).stdout, 'rules');
  });

  it('seen: a serverless function name with a newline, ESC, OSC 8 and a bidi override forges no line in check', async () => {
    const h = '\n::error file=x,line=1::forged\u202e\u001b]8;;https://evil.example\u0007';
    const { dir } = hostileProject(h);
    const checked = await runMain(['check', '--no-fail', dir]);
    assert.match(checked.stdout, /affects 2 functions/, 'the name is in the message');
    assertSafeOutput(checked.stdout, 'check text');
    assertSafeOutput(checked.stderr, 'config problems on stderr (the folder name and the unknown key)');
  });
});
