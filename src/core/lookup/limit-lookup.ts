/**
 * Finds limits and Lambda runtimes by name, as an agent or a person asks for them: an exact id
 * (`lambda.timeout.max`, `nodejs20.x`) or words ("lambda max memory", "node 20", "sqs visibility default").
 * Words come from the data itself — a limit's id, title and the names notes use for it (data/limit-words.ts),
 * a runtime's id, family and version — so a new row is found without touching this file.
 * Each query word counts for the best-matching word of an entry (exact, prefix, or one typo), full for the
 * entry's own words (id, title) and less for the other names of it; entries are ranked by that share, then
 * by how much of their own words the query covers (`lambda timeout` is the Lambda timeout, not SQS's).
 */
import { LIMITS, type Limit, type LimitId } from '../limits';
import { LIMIT_WORDS } from '../data/limit-words';
import { RUNTIME_LIFECYCLE, runtimeStatus, successorOf, type RuntimeFamily, type RuntimeStatus } from '../data/runtime-lifecycle';
import { LIMITS_CHECKED_ON, RUNTIMES_CHECKED_ON } from '../data/checked-on';
import { editDistance } from '../text/did-you-mean';

/** A limit's own fields (limits.ts), with where the lookup found it and how well. */
export interface LimitMatch extends Pick<Limit, 'title' | 'value' | 'unit' | 'kind' | 'source' | 'topic'> {
  readonly type: 'limit';
  readonly id: string;
  /** When the value was last checked against its source (ISO date). */
  readonly asOf: string;
  /** 0–1: the share of query words this entry matched (1 for an exact id). */
  readonly score: number;
}

export interface RuntimeMatch {
  readonly type: 'runtime';
  readonly id: string;
  readonly family: RuntimeFamily;
  /** Where it stands on `today`. */
  readonly status: RuntimeStatus;
  readonly deprecated?: string;
  readonly createBlocked?: string;
  readonly updateBlocked?: string;
  /** The newest supported runtime of the family, when that is another one. */
  readonly successor?: string;
  readonly snapStart: boolean;
  readonly containerOnly: boolean;
  readonly source: string;
  readonly asOf: string;
  readonly score: number;
}

export type LookupMatch = LimitMatch | RuntimeMatch;

export interface LookupOptions {
  readonly today?: Date;
  /** At most this many matches (default 5). */
  readonly limit?: number;
}

/** Queries longer than this are no name of a limit: only their first words are read. */
const MAX_QUERY_WORDS = 12;
/** An entry must match at least this share of the query's words. */
const MIN_SCORE = 0.5;
/** Words that say nothing about which limit is meant. */
const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'is', 'what', 'whats', 'how', 'in', 'on', 'to', 'per', 'and', 'much', 'many', 'can', 'be', 'limit', 'limits', 'quota', 'value', 'aws', 'runtime', 'runtimes']);
/** Words people use for the same thing as a word in the data. */
const SYNONYMS: Record<string, string> = { maximum: 'max', minimum: 'min', largest: 'max', smallest: 'min', longest: 'max', shortest: 'min', mib: 'mb', megabytes: 'mb', seconds: 's', sec: 's', secs: 's', node: 'nodejs', 'node.js': 'nodejs', py: 'python', net: 'dotnet', '.net': 'dotnet', go: 'provided', golang: 'provided', rust: 'provided', tmp: '/tmp' };

export function lookupLimits(query: string, options: LookupOptions = {}): LookupMatch[] {
  const today = options.today ?? new Date();
  const max = options.limit ?? 5;
  const trimmed = query.trim().toLowerCase();
  const exactLimit = (Object.keys(LIMITS) as LimitId[]).find((id) => id.toLowerCase() === trimmed);
  if (exactLimit) return [limitMatch(exactLimit, 1)];
  const exactRuntime = RUNTIME_LIFECYCLE.find((r) => r.id === trimmed);
  if (exactRuntime) return [runtimeMatch(exactRuntime, 1, today)];
  const words = queryWords(trimmed);
  if (!words.length) return [];
  const scored: { score: number; coverage: number; match: () => LookupMatch }[] = [];
  for (const entry of ENTRIES) {
    const score = scoreOf(words, entry);
    if (score < MIN_SCORE) continue;
    const coverage = [...entry.own].filter((w) => words.includes(w)).length / entry.own.size;
    scored.push({ score, coverage, match: () => entry.match(score, today) });
  }
  scored.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
  return scored.slice(0, max).map((s) => s.match());
}

interface Entry {
  /** The entry's own words: its id and title. */
  readonly own: ReadonlySet<string>;
  /** Other names of it: what notes call it, its service, unit, kind and topic. */
  readonly other: ReadonlySet<string>;
  match(score: number, today: Date): LookupMatch;
}

function limitMatch(id: LimitId, score: number): LimitMatch {
  const { title, value, unit, kind, source, topic } = LIMITS[id];
  return { type: 'limit', id, title, value, unit, kind, source, topic, asOf: LIMITS_CHECKED_ON, score: round(score) };
}

function runtimeMatch(r: (typeof RUNTIME_LIFECYCLE)[number], score: number, today: Date): RuntimeMatch {
  return {
    type: 'runtime',
    id: r.id,
    family: r.family,
    status: runtimeStatus(r, today),
    ...(r.deprecated && { deprecated: r.deprecated }),
    ...(r.createBlocked && { createBlocked: r.createBlocked }),
    ...(r.updateBlocked && { updateBlocked: r.updateBlocked }),
    ...(successorOf(r, today) && { successor: successorOf(r, today)!.id }),
    snapStart: r.snapStart === true,
    containerOnly: r.containerOnly === true,
    source: r.source,
    asOf: RUNTIMES_CHECKED_ON,
    score: round(score),
  };
}

const ENTRIES: readonly Entry[] = [
  ...(Object.keys(LIMITS) as LimitId[]).map((id): Entry => {
    const l = LIMITS[id];
    const named = LIMIT_WORDS[id] as { names: readonly string[]; service: readonly string[]; qualifier?: readonly string[] };
    const own = [...id.split('.').map(splitCamel), l.title].join(' ').toLowerCase();
    const other = [l.unit, l.kind, l.topic.replace(/-/g, ' '), ...named.names, ...named.service, ...(named.qualifier ?? [])].join(' ').toLowerCase();
    return { own: new Set(textWords(own)), other: new Set(textWords(other)), match: (score) => limitMatch(id, score) };
  }),
  ...RUNTIME_LIFECYCLE.map((r): Entry => {
    const version = r.id.slice(r.family === 'provided' && r.id.startsWith('go') ? 0 : r.family.length);
    const own = new Set([r.id, r.family, ...textWords(version), version.replace(/\.x$/, '')].filter(Boolean));
    return { own, other: new Set(['lambda', 'deprecated', 'deprecation', 'lifecycle']), match: (score, today) => runtimeMatch(r, score, today) };
  }),
];

function splitCamel(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Lower-case words; dots inside a word stay (`3.12`, `nodejs20.x`, `node.js`). */
function textWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/[^a-z0-9./@]+/)) {
    const word = raw.replace(/^[.]+|[.]+$/g, '');
    if (!word) continue;
    const normal = SYNONYMS[word] ?? word;
    words.push(normal);
    // Light plural folding, as the notes' claims do: "layers" = "layer".
    if (normal.length > 3 && normal.endsWith('s') && !normal.endsWith('ss')) words.push(normal.slice(0, -1));
  }
  return words;
}

function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const raw of query.split(/[^a-z0-9./@]+/).slice(0, MAX_QUERY_WORDS * 2)) {
    const word = raw.replace(/^[.]+|[.]+$/g, '');
    if (!word || STOP_WORDS.has(word)) continue;
    // "node20" / "python3.12": a family glued to its version is two words.
    const glued = /^(nodejs|node|python|py|java|dotnet|ruby)(\d[\d.x]*)$/.exec(word);
    if (glued) words.push(SYNONYMS[glued[1]] ?? glued[1], glued[2].replace(/\.x$/, ''));
    else words.push(SYNONYMS[word] ?? word);
    if (words.length >= MAX_QUERY_WORDS) break;
  }
  return words;
}

/** A word that names an entry only indirectly counts this much of a word of its own. */
const OTHER_WORD_WEIGHT = 0.8;

function scoreOf(query: readonly string[], entry: Entry): number {
  let sum = 0;
  for (const q of query) sum += Math.max(bestWordMatch(q, entry.own), OTHER_WORD_WEIGHT * bestWordMatch(q, entry.other));
  return sum / query.length;
}

function bestWordMatch(q: string, words: ReadonlySet<string>): number {
  if (words.has(q)) return 1;
  let best = 0;
  for (const w of words) {
    if (q.length >= 3 && w.length >= 3 && (w.startsWith(q) || q.startsWith(w)) && !/^\d/.test(q)) best = Math.max(best, 0.75);
    else if (q.length >= 5 && Math.abs(q.length - w.length) <= 1 && editDistance(q, w) <= 1) best = Math.max(best, 0.6);
  }
  return best;
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
