/**
 * Numeric claims: a sentence names a limit (its words in `data/limit-words.ts`) and states a number with a
 * unit that is not today's value in the limits table. Each number is tied to the nearest name of a limit
 * within its clause, the service comes from the sentence or else its headings, and cue words pick the end
 * of the range ("default", "at least", "up to"). History ("used to be 256 KB") and configuration ("set the
 * timeout to 30 s") are not claims. Unknown is silence: a number no limit's words reach is not judged.
 */
import { LIMIT_WORDS, type LimitWords } from '../../data/limit-words';
import { LIMITS, type Limit, type LimitId } from '../../limits';
import { CONFIG_CUES, DEFAULT_CUES, HISTORY_CUES, MAX_CUES, MIN_CUES } from './cues';
import { formatAmount, isWordNumber, limitBase, parseQuantities, sameAmount, type Dimension } from './quantity';
import { numberTokens } from './number-words';
import { CLAUSE_BREAKS, PhraseIndex, phraseSet, type PhraseHit, type Word } from './words';

/** A number in a sentence that contradicts the limits table. */
export interface LimitClaimHit {
  readonly subject: string;
  /** The rows the number was compared with; the first is the one a fix writes. */
  readonly rows: readonly LimitId[];
  /** Offsets of the number as written, in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly stated: string;
  /** The current value in the unit the note used, when one row decides (a fix may write it). */
  readonly replacement?: string;
}

interface Row {
  readonly id: LimitId;
  readonly limit: Limit;
  readonly words: LimitWords;
  readonly dimension: Dimension | 'count';
  readonly base: number;
}

const ROWS: Row[] = (Object.keys(LIMIT_WORDS) as LimitId[])
  .map((id) => {
    const words: LimitWords = LIMIT_WORDS[id];
    const limit: Limit = LIMITS[id];
    const { dimension, base } = limitBase(limit.value, limit.unit);
    return { id, limit, words, dimension: words.factor ? 'factor' : dimension, base } as Row;
  })
  .filter((r) => !r.words.notAClaim);

/** Rows by the dimension of their value: a number is only compared with rows it can be. */
const ROWS_BY_DIMENSION = new Map<Row['dimension'], Row[]>();
for (const row of ROWS) ROWS_BY_DIMENSION.set(row.dimension, [...(ROWS_BY_DIMENSION.get(row.dimension) ?? []), row]);

/** Every row's phrases, indexed once. */
const NAMES = new PhraseIndex<Row>();
const SERVICES = new PhraseIndex<Row>();
const NOTS = new PhraseIndex<Row>();
const QUALIFIERS = new PhraseIndex<Row>();
for (const row of ROWS) {
  for (const n of row.words.names) NAMES.add(n, row);
  for (const s of row.words.service) SERVICES.add(s, row);
  for (const n of row.words.not ?? []) NOTS.add(n, row);
  for (const q of row.words.qualifier ?? []) QUALIFIERS.add(q, row);
}
const HEADING_NOTS = new PhraseIndex<Row>();
for (const row of ROWS) for (const n of row.words.headingNot ?? []) HEADING_NOTS.add(n, row);
/** First words of service names, where a comma starts a new clause. */
const SERVICE_STARTS = new Set(['lambda', 'lambda@edge', 'api', 'rest', 'http', 'websocket', 'step', 'express', 'standard', 'sqs', 'dynamodb', 'cloudfront', 'edge', 's3', 'kinesis']);
const WINDOW = 10;
const FUNCTION_KIND_HEADINGS = phraseSet(['cloudfront function', 'lambda@edge', 'lambda at edge', 'lambda edge', 'edge function', 'edge']);
const COUNT = /(?<![\p{L}\p{N}.$_/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}_%]|[.,]\d)/gu;

/** The limit claims one sentence makes that differ from the limits table. */
export function limitClaims(text: string, words: readonly Word[], headingWords: readonly Word[], innermostHeading: readonly Word[] = headingWords): LimitClaimHit[] {
  // Most sentences state no number: leave before any phrase lookup.
  if (!/\d/.test(text) && !words.some((w) => isWordNumber(w.norm) || w.norm === 'a' || w.norm === 'an')) return [];
  if (text.trimEnd().endsWith('?') || HISTORY_CUES.find(words).length) return [];
  const quantities: Stated[] = parseQuantities(text);
  for (const m of text.matchAll(COUNT)) {
    if (quantities.some((q) => m.index < q.end && q.start < m.index + m[0].length)) continue;
    quantities.push({ start: m.index, end: m.index + m[0].length, base: Number(m[1].replace(/,/g, '')), dimension: 'count', text: m[0], unit: '' });
  }
  // Counts in words ("six layers", "twenty GSIs"); "one" is an article more often than a count.
  for (const n of numberTokens(text)) {
    if (!n.word || n.fraction || n.article || n.value < 2 || !Number.isInteger(n.value)) continue;
    if (quantities.some((q) => n.start < q.end && q.start < n.end)) continue;
    quantities.push({ start: n.start, end: n.end, base: n.value, dimension: 'count', text: text.slice(n.start, n.end), unit: '' });
  }
  if (!quantities.length) return [];
  quantities.sort((a, b) => a.start - b.start);
  // "128 MB to 10 GB", "128 MB – 3,008 MB": the first end is a minimum, the second a maximum.
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    if (a.dimension === b.dimension && /^\s*(?:-|–|—|to)\s*$/.test(text.slice(a.end, b.start))) {
      quantities[i] = { ...a, role: 'min' };
      quantities[i + 1] = { ...b, role: 'max' };
    }
  }
  const covered = (w: Word) => quantities.some((q) => w.start < q.end && q.start < w.end);
  const names = NAMES.find(words);
  if (!names.length && !ROWS.some((r) => r.words.implicit)) return [];
  const serviceHits = SERVICES.find(words);
  const services = new Set(serviceHits.map((h) => h.value));
  const { headingServices, headingNots } = headingContext(headingWords, innermostHeading);
  const nots = NOTS.find(words);
  const qualifiers = QUALIFIERS.find(words);
  const functionKindHeading = FUNCTION_KIND_HEADINGS.find(innermostHeading).length > 0;
  const context: Context = { words, cueWords: words.map((w) => (covered(w) ? undefined : w)), names, serviceHits, services, functionKindHeading, headingServices, headingNots, nots, qualifiers, text };
  const judged = quantities.map((q) => ({ q, verdict: judge(q, context) }));
  const hits: LimitClaimHit[] = [];
  for (const { q, verdict } of judged) {
    if (!verdict || verdict.ok) continue;
    // The sentence also states today's value for the same subject ("raised from 256 KB to 1 MB"): no claim.
    if (judged.some((o) => o.verdict?.ok && o.verdict.rows.includes(verdict.rows[0]))) continue;
    const row = replacementRow(verdict.rows, q.base);
    const replacement = row && q.rangeLow === undefined && q.dimension !== 'count' && q.dimension !== 'factor' ? formatAmount(row.base, row.dimension, preferredUnit(row, q.unit)) : undefined;
    hits.push({ subject: verdict.subject, rows: verdict.rows.map((r) => r.id), start: q.start, end: q.end, stated: q.text, replacement });
  }
  return hits;
}

/**
 * The row a fix writes: the one row the verdict kept, or, among a range's rows, the end the stated number
 * overshoots ("the last ninety days" of a 1–35 day range -> 35 days). Inside the range: no single answer.
 */
function replacementRow(rows: readonly Row[], stated: number): Row | undefined {
  if (rows.length === 1) return rows[0];
  const ranged = rows.filter((r) => r.words.role !== 'default');
  const top = ranged.reduce<Row | undefined>((a, r) => (!a || r.base > a.base ? r : a), undefined);
  const bottom = ranged.reduce<Row | undefined>((a, r) => (!a || r.base < a.base ? r : a), undefined);
  if (top && stated > top.base && top.words.role === 'max') return top;
  if (bottom && stated < bottom.base && bottom.words.role === 'min') return bottom;
  return undefined;
}

/** What the headings say, per headings array (the callers pass the same arrays for every sentence of a section). */
const HEADING_CONTEXT = new WeakMap<readonly Word[], WeakMap<readonly Word[], { headingServices: ReadonlySet<Row>; headingNots: ReadonlySet<Row> }>>();

function headingContext(headingWords: readonly Word[], innermostHeading: readonly Word[]): { headingServices: ReadonlySet<Row>; headingNots: ReadonlySet<Row> } {
  let byInnermost = HEADING_CONTEXT.get(headingWords);
  if (!byInnermost) HEADING_CONTEXT.set(headingWords, (byInnermost = new WeakMap()));
  let context = byInnermost.get(innermostHeading);
  if (!context) {
    const headingServices = new Set(SERVICES.find(headingWords).map((h) => h.value));
    // A section about another service ("Lambda" under "Lambda@Edge"): the innermost heading decides.
    const innermostServices = new Set(SERVICES.find(innermostHeading).map((h) => h.value));
    const headingNots = new Set(HEADING_NOTS.find(innermostHeading).map((h) => h.value).filter((r) => !innermostServices.has(r)));
    byInnermost.set(innermostHeading, (context = { headingServices, headingNots }));
  }
  return context;
}

interface Stated {
  readonly start: number;
  readonly end: number;
  readonly base: number;
  readonly dimension: Dimension | 'count';
  readonly text: string;
  readonly unit: string;
  readonly rangeLow?: number;
  /** The end of a range this number is ("128 MB to 10 GB"). */
  readonly role?: 'min' | 'max';
}

interface Context {
  readonly text: string;
  readonly words: readonly Word[];
  /** The words cue phrases may use: the units of the numbers ("15 min") are not cues ("min"). */
  readonly cueWords: ReadonlyArray<Word | undefined>;
  readonly names: ReadonlyArray<PhraseHit & { value: Row }>;
  readonly serviceHits: ReadonlyArray<PhraseHit & { value: Row }>;
  readonly services: ReadonlySet<Row>;
  /** The innermost heading is about another kind of function (CloudFront Functions, Lambda@Edge). */
  readonly functionKindHeading: boolean;
  readonly headingServices: ReadonlySet<Row>;
  readonly headingNots: ReadonlySet<Row>;
  readonly nots: ReadonlyArray<PhraseHit & { value: Row }>;
  readonly qualifiers: ReadonlyArray<PhraseHit & { value: Row }>;
}

/** The user's unit when today's value reads well in it ("five minutes" -> "15 min"), else the table's. */
function preferredUnit(row: Row, stated: string): string {
  const table = row.limit.unit === 'ms' ? 's' : row.limit.unit;
  if (!stated) return table;
  const probe = formatAmount(row.base, row.dimension, stated);
  const n = Number(probe.split(' ')[0].replace(/,/g, ''));
  return Number.isInteger(n) && n < 1000 ? stated : table;
}

interface Verdict {
  readonly subject: string;
  readonly ok: boolean;
  readonly rows: readonly Row[];
}

function judge(q: Stated, c: Context): Verdict | undefined {
  const { words, names, serviceHits, functionKindHeading, headingServices, headingNots, nots, qualifiers } = c;
  let at = words.findIndex((w) => w.end > q.start);
  if (at < 0) at = words.length - 1;
  const [lo, hi] = clause(c, at, WINDOW);
  const inWindow = (h: PhraseHit) => h.from >= lo && h.to <= hi;
  // Other services and qualifiers count anywhere in the clause, however long.
  const [clo, chi] = clause(c, at, Infinity);
  const inClause = (h: PhraseHit) => h.from >= clo && h.to <= chi;
  // "128 KB per message and 32 KB per frame": each number's own part of the clause decides its qualifier and
  // what it is not (the frame is not the message), when that part names a qualifier or another limit itself.
  const [slo, shi] = coordinated(c, at, clo, chi);
  const inPart = (h: PhraseHit) => h.from >= slo && h.to <= shi;
  const partQualified = (slo > clo || shi < chi) && qualifiers.some(inPart);
  const qualifierIn = partQualified ? inPart : inClause;
  if (isComparison(c, q)) return undefined;
  // The clause's own service first ("timeout 6 s …; a cloudFront function gets 5 s"), else the sentence's.
  const clauseServices = new Set(serviceHits.filter(inClause).map((h) => h.value));
  const ownServices = clauseServices.size ? clauseServices : c.services;
  const cue = q.role ?? roleCue(c.cueWords.slice(lo, hi).filter((w): w is Word => !!w));
  type Candidate = { row: Row; distance: number; nameLength: number; fromSentence: boolean; nameCount?: number };
  const candidates: Candidate[] = [];
  for (const row of ROWS_BY_DIMENSION.get(q.dimension) ?? []) {
    if (nots.some((h) => h.value === row && qualifierIn(h))) continue;
    const fromSentence = ownServices.has(row);
    if (!fromSentence && !headingServices.has(row)) continue;
    // A heading about another service only speaks for sentences that name no service of their own; under a
    // heading about another kind of function (CloudFront Functions, Lambda@Edge) "function" and "Lambda" are it.
    if (headingNots.has(row) && (functionKindHeading || !fromSentence)) continue;
    let best: Candidate | undefined;
    for (const h of names) {
      if (h.value !== row || !inWindow(h)) continue;
      const distance = h.from > at ? h.from - at : Math.max(0, at - h.to + 1);
      // A count sits next to what it counts ("5 layers", "GSIs: 20").
      if (q.dimension === 'count' && distance > 3) continue;
      if (!best || distance < best.distance) best = { row, distance, nameLength: h.to - h.from, fromSentence };
    }
    // A time said without a name still means this subject with a limit cue, or with the row's own qualifier
    // ("viewer-request triggers get thirty seconds").
    const ownQualifier = !!row.words.qualifier && qualifiers.some((h) => h.value === row && qualifierIn(h));
    if (!best && row.words.implicit && q.dimension === 'time' && (cue === 'max' || ownQualifier)) best = { row, distance: WINDOW + 1, nameLength: 0, fromSentence };
    // When several subjects' names stand as close ("history is kept": history, kept), the one named more wins.
    if (best) candidates.push({ ...best, nameCount: names.filter((h) => h.value === row && inWindow(h)).length });
  }
  if (!candidates.length) return undefined;
  candidates.sort((a, b) => Number(b.fromSentence) - Number(a.fromSentence) || a.distance - b.distance || (b.nameCount ?? 0) - (a.nameCount ?? 0) || b.nameLength - a.nameLength);
  const subject = candidates[0].row.words.subject;
  let rows = candidates.filter((c) => c.row.words.subject === subject).map((c) => c.row);
  const named = rows.filter((r) => qualifiers.some((h) => h.value === r && qualifierIn(h)));
  let largestOnly = false;
  if (named.length) rows = named;
  else {
    const plain = rows.filter((r) => !r.words.qualifier);
    if (plain.length) rows = plain;
    else largestOnly = rows.some((r) => r.words.unqualified === 'largest');
  }
  const byRole = cue ? rows.filter((r) => r.words.role === cue) : [];
  let compare = byRole.length ? byRole : rows;
  if (largestOnly) {
    const top = Math.max(...compare.map((r) => r.base));
    if (compare.some((r) => sameAmount(r.base, q.base)) && !sameAmount(top, q.base)) return { subject, ok: false, rows: [...compare].sort((a, b) => a.base - b.base) };
    compare = compare.filter((r) => r.base === top);
  }
  const matches = (base: number) => compare.some((r) => sameAmount(r.base, base)) || (!cue && rows.some((r) => sameAmount(r.base, base)));
  const lowOk = q.rangeLow === undefined || rows.some((r) => r.words.role !== 'max' && sameAmount(r.base, q.rangeLow!)) || !rows.some((r) => r.words.role === 'min');
  if (matches(q.base) && lowOk) return { subject, ok: true, rows: compare };
  // A number with neither a limit cue nor a subject right next to it is a setting or an example, not a claim
  // (a cue inside the limit's own name does not count: "ENIs per VPC").
  if (!cue && CONFIG_CUES.find(words.slice(lo, hi)).some((h) => !names.some((n) => n.from <= lo + h.from && lo + h.to <= n.to))) return undefined;
  const ordered = [...compare].sort((a, b) => rank(a, cue) - rank(b, cue));
  return { subject, ok: false, rows: ordered };
}

/** The row a fix writes first: the cue's role, else the maximum. */
function rank(row: Row, cue: string | undefined): number {
  return row.words.role === (cue ?? 'max') ? 0 : 1;
}

/**
 * Word indexes [lo, hi) of the clause around `at`, at most WINDOW words either side. A clause ends at
 * "but", "while" … and at a comma followed by a service's name ("… < 1 ms, Lambda has up to 5 s").
 */
function clause(c: Context, at: number, size: number): [number, number] {
  const { words, text } = c;
  const between = (i: number) => (i > 0 ? text.slice(words[i - 1].end, words[i].start) : '');
  const breaksBefore = (i: number) => CLAUSE_BREAKS.has(words[i].norm) || between(i).includes(';') || (between(i).includes(',') && SERVICE_STARTS.has(words[i].norm));
  let lo = at;
  while (lo > 0 && at - lo < size && !breaksBefore(lo) && !CLAUSE_BREAKS.has(words[lo - 1].norm)) lo--;
  let hi = at + 1;
  while (hi < words.length && hi - at < size && !breaksBefore(hi)) hi++;
  return [lo, hi];
}

/**
 * Word indexes [lo, hi) of the part of the clause [clo, chi) around `at` that coordination separates:
 * "and" or a comma followed by a number starts a new part ("128 KB per message and 32 KB per frame", "256 KB, sync
 * is 6 MB").
 */
function coordinated(c: Context, at: number, clo: number, chi: number): [number, number] {
  const { words, text } = c;
  const isNumber = (i: number) => i < words.length && (/^\d/.test(words[i].norm) || isWordNumber(words[i].norm));
  // "256 KB, sync is 6 MB": a comma followed within a few words by a number starts a part too.
  const numberSoon = (i: number) => [0, 1, 2, 3].some((d) => isNumber(i + d));
  const startsPart = (i: number) => (words[i].norm === 'and' && isNumber(i + 1)) || (i > 0 && numberSoon(i) && text.slice(words[i - 1].end, words[i].start).includes(','));
  let lo = at;
  while (lo > clo && !startsPart(lo)) lo--;
  let hi = at + 1;
  while (hi < chi && !startsPart(hi)) hi++;
  return [lo, hi];
}

/**
 * "raising the Timeout above 30 seconds breaks the rule" compares, it states no limit; "can't run longer
 * than 15 minutes" does (a negation before the comparison makes it a limit).
 */
function isComparison(c: Context, q: Stated): boolean {
  const before = c.text.slice(Math.max(0, q.start - 40), q.start).toLowerCase();
  const m = /\b(above|below|over|under|beyond|more than|less than|longer than|shorter than|larger than|smaller than|bigger than|greater than|exceeds?|exceeding)\s*$/.exec(before);
  if (!m) return false;
  return !/\b(not|no|never|cannot|can't|won't|can ?not)\b[^.]*$/.test(before.slice(0, m.index));
}

function roleCue(words: readonly Word[]): 'default' | 'min' | 'max' | undefined {
  if (DEFAULT_CUES.find(words).length) return 'default';
  if (MIN_CUES.find(words).length) return 'min';
  if (MAX_CUES.find(words).length) return 'max';
  return undefined;
}

