/**
 * Property-based fuzzing (fast-check, fixed seed, bounded runs) over mutations of the shared corpus:
 * whatever the file, analyze and hover never throw, every finding is valid (a known rule id and
 * severity, a range inside the document, a short message), and the work stays within a step budget.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findFiles } from '../../src/cli/find-files';
import { ENGINE_RULE_IDS } from '../../src/core/analyze';
import { SEVERITIES } from '../../src/core/findings';
import { RULES } from '../../src/core/rules';
import { CORPUS, NO_CORPUS, service } from './support/service';

const SEED = 20261201;
const RUNS = 400;
const KNOWN_IDS = new Set([...RULES.map((r) => r.meta.id), ...ENGINE_RULE_IDS]);

/** Every 25th small template of the corpus (YAML, JSON, serverless.yml), in a stable order. */
function sample(): string[] {
  if (NO_CORPUS) return [];
  return findFiles([CORPUS], { includeSource: false, includeCdkOut: false })
    .filter((f) => /\.(ya?ml|json|template)$/i.test(f) && statSync(f).size < 24_000)
    .sort()
    .filter((_, i) => i % 25 === 0);
}

type Mutation = (lines: string[]) => string[];
const at = (lines: string[], n: number) => (lines.length ? n % lines.length : 0);
const insertLine = (lines: string[], n: number, line: string) => [...lines.slice(0, at(lines, n)), line, ...lines.slice(at(lines, n))];
const indentOf = (line: string | undefined) => (line ?? '').length - (line ?? '').trimStart().length;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n): Mutation => (l) => l.filter((_, i) => i !== at(l, n))),
  fc.nat().map((n): Mutation => (l) => insertLine(l, n, l[at(l, n)] ?? '')),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (l) => {
    const c = [...l];
    [c[at(l, a)], c[at(l, b)]] = [c[at(l, b)], c[at(l, a)]];
    return c;
  }),
  fc.nat().map((n): Mutation => (l) => l.join('\n').slice(0, n % (l.join('\n').length + 1)).split('\n')),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, d]): Mutation => (l) => l.map((x, i) => (i === at(l, n) ? (d > 0 ? ' '.repeat(d) + x : x.slice(Math.min(-d, indentOf(x)))) : x))),
  fc.nat().map((n): Mutation => (l) => l.map((x, i) => (i === at(l, n) ? x.replace(/^ {2}/, '\t') : x))),
  fc.tuple(fc.nat(), fc.constantFrom('\u0000', '😀', '\u{10FFFF}', '\uFEFF', '\u2028')).map(([n, ch]): Mutation => (l) => l.map((x, i) => (i === at(l, n) ? x.slice(0, x.length >> 1) + ch + x.slice(x.length >> 1) : x))),
  fc.tuple(fc.nat(), fc.constantFrom('9'.repeat(400), '1e999', '-0', '0x7fffffffffffffff', '"' + 'a'.repeat(50_000) + '"')).map(([n, v]): Mutation => (l) => {
    const line = l[at(l, n)] ?? '';
    return insertLine(l, n + 1, `${' '.repeat(indentOf(line))}Timeout: ${v}`);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 400 })).map(([n, depth]): Mutation => (l) => {
    const line = l[at(l, n)] ?? '';
    return insertLine(l, n + 1, `${' '.repeat(indentOf(line))}MemorySize: ${'!If [c, '.repeat(depth)}512${', 128]'.repeat(depth)}`);
  }),
  fc.nat().map((n): Mutation => (l) => {
    const pad = ' '.repeat(indentOf(l[at(l, n)]));
    return insertLine(insertLine(l, n, `${pad}Base: &base {Timeout: 1000, MemorySize: 20000}`), n + 1, `${pad}Merged: {<<: *base, Runtime: nodejs8.10}`);
  }),
  fc.constant<Mutation>((l) => ['\uFEFF' + (l[0] ?? ''), ...l.slice(1)]),
  fc.constant<Mutation>((l) => l.map((x) => x + '\r')),
);

describe('fuzz: mutated corpus files', { skip: NO_CORPUS }, () => {
  const files = sample();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const sn = service();

  it(`${RUNS} mutated files: no throw, valid findings, bounded work (seed ${SEED})`, async () => {
    assert.ok(files.length > 30, `${files.length} sampled files`);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (index, mutations) => {
        const text = mutations.reduce((lines, m) => m(lines), texts[index].split('\n')).join('\n');
        const fileName = files[index];
        // Steps in proportion to the text: a file can never buy more work than its size allows.
        const maxSteps = 50 * text.length + 20_000;
        const analysis = await sn.analyze({ fileName, text }, { budget: { maxSteps, maxMillis: Number.POSITIVE_INFINITY } });
        const lines = text.split('\n').length;
        for (const f of analysis.findings) {
          assert.ok(KNOWN_IDS.has(f.ruleId), `unknown rule id ${f.ruleId}`);
          assert.ok(SEVERITIES.includes(f.severity), `severity ${f.severity}`);
          assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.ruleId} span ${JSON.stringify(f.span)} in ${text.length}`);
          assert.ok(f.range.start.line >= 0 && f.range.end.line < lines + 1, `${f.ruleId} range ${JSON.stringify(f.range)}`);
          assert.ok(f.message.length > 0 && f.message.length <= 600, `${f.ruleId} message of ${f.message.length} characters`);
          assert.notEqual(f.ruleId, 'internal-error', f.message);
        }
        for (const offset of [0, text.length >> 2, text.length >> 1, text.length]) sn.hover(analysis, offset);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
