/**
 * Every number in the bundled notes (media/notes) comes from data: the limits table (src/core/limits.ts),
 * the tool defaults (src/core/data/tool-defaults.ts) or the runtime lifecycle (src/core/data/
 * runtime-lifecycle.ts). The notes are read as the claims checker reads them (markdown-it sentences; numbers
 * with units by its normaliser, src/core/kb/claims/quantity.ts), and in two ways:
 * - by value: each number with a unit, each count, each date must be a value of the data (dates: of a runtime
 *   the sentence names), or be in ALLOWED below with the reason it is not a limit;
 * - in context: the outdated-claims checker finds nothing in the bundled notes, so a number next to the
 *   words of another limit ("WebSocket payload limit: 10 MB") fails even though 10 MB is in the table.
 * Hand-written quizzes are read too: the correct option and the `Why:` line (wrong options are wrong on
 * purpose; numbers the question itself gives are the scenario's, not facts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KnowledgeBase } from '../../src/core';
import { RUNTIME_LIFECYCLE } from '../../src/core/data/runtime-lifecycle';
import { TOOL_DEFAULTS, type ToolDefault } from '../../src/core/data/tool-defaults';
import { findOutdatedClaims } from '../../src/core/kb/claims/find-outdated-claims';
import { limitBase, parseQuantities, type Dimension } from '../../src/core/kb/claims/quantity';
import { markdownSentences } from '../../src/core/kb/claims/sentences';
import { LIMITS, type LimitUnit } from '../../src/core/limits';
import { bundledNotes } from './support/service';

/** A number that is not a value of the data, kept on purpose. `near` is a phrase of its sentence. */
interface Allowed {
  readonly file: string;
  readonly near: string;
  readonly number: string;
  readonly why: string;
  /** When the number is derived from data, its value (the test checks it). */
  readonly equals?: number;
}

/** The smallest version of a family that supports SnapStart, from the runtime lifecycle ("java11" -> 11). */
function snapStartFrom(prefix: string): number {
  const first = RUNTIME_LIFECYCLE.find((r) => r.snapStart && r.id.startsWith(prefix));
  return Number(first?.id.slice(prefix.length));
}

const ALLOWED: readonly Allowed[] = [
  { file: 'api-gateway.md', near: '504 Gateway Timeout', number: '504', why: 'an HTTP status code, kept as data in the categorical claim rest-timeout-status (src/core/data/category-claims.ts)' },
  { file: 'api-gateway.md', near: '503 Service Unavailable', number: '503', why: 'an HTTP status code, kept as data in the categorical claim apigw-timeout-status' },
  { file: 'api-gateway.md', near: '429 Too Many Requests', number: '429', why: 'the HTTP status code of a throttled request, not a quantity' },
  { file: 'api-gateway.md', near: 'since June 2024', number: '2024', why: 'the year the REST timeout became raisable: history (facts sheet, API Gateway), also in category-claims' },
  { file: 'lambda.md', near: 'in October 2025', number: '2025', why: 'the year the async payload limit changed: history (facts sheet, Lambda invocation payload)' },
  { file: 'lambda.md', near: 'in November 2024', number: '2024', why: 'the year SnapStart came to Python and .NET: history (facts sheet, SnapStart), also in category-claims' },
  { file: 'lambda.md', near: 'older pages say 250', number: '250', why: 'the ENI quota older AWS pages gave (facts sheet: "older pages: 250"): history' },
  { file: 'lambda.md', near: 'Java 11+', number: '11', why: 'a runtime version: the oldest Java runtime with SnapStart in the runtime lifecycle', equals: snapStartFrom('java') },
  { file: 'lambda.md', near: '.NET 8+', number: '8', why: 'a runtime version: the oldest .NET runtime with SnapStart in the runtime lifecycle', equals: snapStartFrom('dotnet') },
  { file: 'sqs.md', near: 'at least 60, ideally 360', number: '60', why: 'an example function timeout, and the least visibility timeout it needs' },
  { file: 'sqs.md', near: 'at least 60, ideally 360', number: '360', why: '6 × the example timeout of 60 s (sqs.visibilityTimeout.recommendedFactor)', equals: 60 * LIMITS['sqs.visibilityTimeout.recommendedFactor'].value },
  { file: 'dynamodb.md', near: '2019.11.21', number: '2019.11.21', why: 'the global tables version name (facts sheet, DynamoDB global tables), not a quantity' },
];

type Kind = Dimension | 'count' | 'date';

interface Stated {
  readonly text: string;
  readonly kind: Kind;
  readonly base: number;
  /** The number as written, without its unit ("120" of "120 seconds"). */
  readonly value: number;
  readonly low?: number;
  readonly iso?: string;
}

/** Data values by kind, in the normaliser's base units (seconds, bytes; counts and factors as numbers). */
function dataValues(): Map<Kind, Set<number>> {
  const values = new Map<Kind, Set<number>>([['time', new Set()], ['size', new Set()], ['count', new Set()], ['factor', new Set()]]);
  const add = (value: number, unit: LimitUnit) => {
    const { dimension, base } = limitBase(value, unit);
    values.get(dimension)!.add(base);
    if (dimension === 'count') values.get('factor')!.add(base);
  };
  for (const l of Object.values(LIMITS)) add(l.value, l.unit);
  for (const d of Object.values(TOOL_DEFAULTS) as ToolDefault[]) if (typeof d.value === 'number' && d.unit) add(d.value, d.unit);
  return values;
}
const VALUES = dataValues();
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
const isDataValue = (kind: Kind, base: number) => [...(VALUES.get(kind) ?? [])].some((v) => same(v, base));

/** A count or a plain number: not part of a word, a version or a decimal ("python3.12", "us-east-1", "2.0"). */
const PLAIN_NUMBER = /(?<![\p{L}\p{N}.$_/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}_%]|[.,]\d)/gu;
const ISO_DATE = /(?<![\p{N}-])\d{4}-\d{2}-\d{2}(?![\p{N}-])/gu;
const VERSION = /(?<![\p{L}\p{N}.])\d{4}\.\d{2}\.\d{2}(?![\p{N}])/gu;

/** Every number in a plain-text sentence: dates, numbers with units (the claims normaliser), plain numbers. */
export function statedNumbers(text: string): Stated[] {
  const found: Array<Stated & { start: number; end: number }> = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const m of text.matchAll(ISO_DATE)) found.push({ text: m[0], kind: 'date', base: 0, value: NaN, iso: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(VERSION)) found.push({ text: m[0], kind: 'count', base: NaN, value: NaN, start: m.index, end: m.index + m[0].length });
  for (const q of parseQuantities(text)) {
    if (taken(q.start, q.end)) continue;
    // "1–35 days": the lower end belongs to the quantity.
    const lowStart = q.rangeLow === undefined ? q.start : text.lastIndexOf(String(q.rangeLow / (q.base / q.value)), q.start);
    found.push({ text: q.text, kind: q.dimension, base: q.base, value: q.value, low: q.rangeLow, start: lowStart >= 0 ? lowStart : q.start, end: q.end });
  }
  for (const m of text.matchAll(PLAIN_NUMBER)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    found.push({ text: m[0], kind: 'count', base: Number(m[0].replace(/,/g, '')), value: Number(m[0].replace(/,/g, '')), start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start).map(({ start: _s, end: _e, ...rest }) => rest);
}

/** The runtime ids a sentence names (as words: `nodejs20.x`, not `nodejs20`). */
function runtimesIn(text: string): string[] {
  const tokens = new Set(text.split(/[^A-Za-z0-9.\-]+/).map((t) => t.replace(/\.+$/, '')));
  return RUNTIME_LIFECYCLE.filter((r) => tokens.has(r.id)).map((r) => r.id);
}

interface Unbacked {
  readonly file: string;
  readonly line: number;
  readonly number: string;
  readonly sentence: string;
}

interface Checked {
  readonly unbacked: Unbacked[];
  /** ALLOWED entries that matched (index into ALLOWED). */
  readonly used: Set<number>;
}

/** Checks one number of a sentence; `givens` are numbers the quiz question states itself. */
function backed(n: Stated, sentence: string, givens: readonly number[] = []): boolean {
  if (n.kind === 'date') return runtimesIn(sentence).some((id) => {
    const r = RUNTIME_LIFECYCLE.find((x) => x.id === id)!;
    return [r.deprecated, r.createBlocked, r.updateBlocked].includes(n.iso);
  });
  if (Number.isNaN(n.base)) return false;
  if (givens.includes(n.value)) return true;
  return isDataValue(n.kind, n.base) && (n.low === undefined || isDataValue(n.kind, n.low));
}

function allowedIndex(file: string, n: Stated, sentence: string): number {
  return ALLOWED.findIndex((a) => a.file === file && a.number === n.text && sentence.includes(a.near));
}

/** The numbers of one note that no data backs and no ALLOWED entry explains. */
export function checkNote(file: string, markdown: string): Checked {
  const unbacked: Unbacked[] = [];
  const used = new Set<number>();
  const lineOf = (offset: number) => markdown.slice(0, offset).split('\n').length;
  const judge = (n: Stated, sentence: string, line: number, givens?: readonly number[]) => {
    if (backed(n, sentence, givens)) return;
    const i = allowedIndex(file, n, sentence);
    if (i >= 0) used.add(i);
    else unbacked.push({ file, line, number: n.text, sentence });
  };
  for (const s of markdownSentences(markdown)) for (const n of statedNumbers(s.text)) judge(n, s.text, lineOf(s.offsets[0]));
  // Quizzes: the correct option and the why; the question's own numbers are givens.
  for (const topic of new KnowledgeBase([{ uri: file, text: markdown, origin: 'bundled' }]).topics) {
    for (const q of topic.quiz) {
      const givens = statedNumbers(q.question).map((n) => n.value);
      const line = lineOf(Math.max(0, markdown.indexOf(q.question.slice(0, 40))));
      for (const text of [q.options[q.answerIndex], q.why ?? '']) for (const n of statedNumbers(text)) judge(n, text, line, givens);
    }
  }
  return { unbacked, used };
}

const NOTES = bundledNotes().map((n) => ({ file: n.uri.split(/[\\/]/).pop()!, text: n.text }));
const noteText = (file: string) => NOTES.find((n) => n.file === file)!.text;
const describeUnbacked = (u: readonly Unbacked[]) => u.map((x) => `${x.file}:${x.line} "${x.number}" in: ${x.sentence}`).join('\n');

describe('bundled notes: every number comes from data', () => {
  it('every number with a unit, count and date in media/notes is a value of the data or allowed with a reason', () => {
    const unbacked = NOTES.flatMap((n) => checkNote(n.file, n.text).unbacked);
    assert.deepEqual(unbacked, [], `numbers not in src/core/limits.ts, src/core/data/ or ALLOWED (add the fact to data with its source, or correct the note):\n${describeUnbacked(unbacked)}`);
  });

  it('every ALLOWED entry is used, has a reason, and a derived one equals its data', () => {
    const used = new Set<number>();
    for (const n of NOTES) for (const i of checkNote(n.file, n.text).used) used.add(i);
    ALLOWED.forEach((a, i) => {
      assert.ok(used.has(i), `ALLOWED entry ${a.file} "${a.number}" near "${a.near}" matches nothing: remove it`);
      assert.ok(a.why.length > 10, `ALLOWED entry ${a.file} "${a.number}" needs a reason`);
      if (a.equals !== undefined) {
        assert.equal(statedNumbers(a.number)[0]?.value, a.equals, `ALLOWED entry ${a.file} "${a.number}" no longer equals what the data derives`);
      }
    });
  });

  it('the claims checker finds no outdated claim in the bundled notes (numbers in context)', () => {
    for (const n of NOTES) {
      const claims = findOutdatedClaims(n.text);
      assert.deepEqual(claims.map((c) => `${n.file}:${c.line + 1} ${c.claim.id}: ${n.text.slice(c.span.start, c.span.end)}`), []);
    }
  });

  it('fails on a number that is not in the data, and on a data value said of the wrong limit', () => {
    const lambda = noteText('lambda.md');
    const api = noteText('api-gateway.md');
    const replaced = (text: string, from: string, to: string) => {
      assert.ok(text.includes(from), `the note no longer says ${from}`);
      return text.replace(from, to);
    };
    // A value no data holds.
    const image = checkNote('lambda.md', replaced(lambda, 'Container image: **10 GB**', 'Container image: **20 GB**')).unbacked;
    assert.deepEqual(image.map((u) => u.number), ['20 GB']);
    // A date that is not the named runtime's.
    const date = checkNote('lambda.md', replaced(lambda, '`go1.x` was deprecated on 2024-01-08', '`go1.x` was deprecated on 2026-06-01')).unbacked;
    assert.deepEqual(date.map((u) => u.number), ['2026-06-01']);
    // 10 MB is in the table (REST and HTTP APIs), but not for WebSocket messages.
    for (const wrong of ['WebSocket APIs allow **10 MB** per message', 'WebSocket API payload limit: **10 MB**. WebSocket APIs allow **128 KB** per message']) {
      const text = replaced(api, 'WebSocket APIs allow **128 KB** per message', wrong);
      assert.deepEqual(checkNote('api-gateway.md', text).unbacked, [], 'by value, 10 MB is backed');
      assert.deepEqual(findOutdatedClaims(text).map((c) => text.slice(c.span.start, c.span.end)), ['10 MB'], wrong);
    }
  });

  it('reads dates, units, ranges and plain numbers from a sentence', () => {
    assert.deepEqual(statedNumbers('`ruby3.2`: 2026-03-31; 1–35 days, default 35 days; 5 layers; python3.12 on us-east-1').map((n) => n.text), ['2026-03-31', '35 days', '35 days', '5']);
    assert.equal(statedNumbers('1–35 days')[0].low, 86400);
  });
});
