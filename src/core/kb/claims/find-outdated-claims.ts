/**
 * Outdated claims in a user's markdown notes: every sentence (markdown-it tokens, then sentences) is read
 * for numbers that contradict the limits table and for categorical claims kept as data. Each claim found
 * carries its line, the span to underline, what is true today, the source, and a replacement for the
 * number when one row of the limits table decides it ("256KB" -> "1 MB").
 */
import { LIMITS, formatNumber, type LimitId } from '../../limits';
import { CATEGORY_CLAIMS } from '../../data/category-claims';
import { LIMIT_WORDS, type LimitWords } from '../../data/limit-words';
import type { Span } from '../../text/line-index';
import { categoryClaims } from './category-check';
import { limitClaims } from './limit-claims';
import { runtimeClaims } from './runtime-claims';
import { formatAmount, limitBase } from './quantity';
import { markdownSentences, type Sentence } from './sentences';
import { sentenceWords, type Word } from './words';

/** A claim the checker knows: a limit subject or a categorical claim. */
export interface CheckableClaim {
  readonly id: string;
  readonly kind: 'limit' | 'category';
  /** Completes "Your note seems to say …". */
  readonly says: string;
  /** What is true today. */
  readonly fact: string;
  readonly source: string;
}

export interface OutdatedClaim {
  /** 0-based line of the claim (where its number or item is written). */
  readonly line: number;
  /** What to underline, in offsets of the markdown: the number, or the sentence. */
  readonly span: Span;
  /** The whole sentence, in offsets of the markdown. */
  readonly sentence: Span;
  readonly claim: CheckableClaim;
  /** What is true today, one or two sentences of plain text. */
  readonly current: string;
  readonly source: string;
  /** Replace the stated number with today's value. */
  readonly fix?: { readonly span: Span; readonly newText: string; readonly title: string };
}

export interface FindOutdatedClaimsOptions {
  /** Today (claims are about the current facts; kept for dated facts such as runtime deprecations). */
  readonly today?: Date;
  /** Headings above the markdown when it is one section's body (its title). */
  readonly headings?: readonly string[];
  /** Larger documents are read up to this many characters (default 2 MB): bounded work. */
  readonly maxChars?: number;
}

const DEFAULT_MAX_CHARS = 2 * 1024 * 1024;
const ROW_FACTS = new Map<LimitId, string>();

/** Limit subjects as claims: "lambda-timeout" with every row's current value. */
const SUBJECT_CLAIMS = new Map<string, CheckableClaim>();
for (const id of Object.keys(LIMIT_WORDS) as LimitId[]) {
  const words: LimitWords = LIMIT_WORDS[id];
  if (words.notAClaim || SUBJECT_CLAIMS.has(words.subject)) continue;
  const rows = (Object.keys(LIMIT_WORDS) as LimitId[]).filter((r) => LIMIT_WORDS[r].subject === words.subject);
  SUBJECT_CLAIMS.set(words.subject, { id: `limit:${words.subject}`, kind: 'limit', says: `a number for ${LIMITS[rows[0]].title.toLowerCase()}`, fact: rows.map(rowFact).join('; ') + '.', source: LIMITS[rows[0]].source });
}

/** A deprecated runtime called supported, judged against the runtime lifecycle data on `today`. */
const RUNTIME_CLAIM: CheckableClaim = {
  id: 'runtime-deprecated',
  kind: 'category',
  says: 'that a deprecated Lambda runtime is still supported',
  fact: 'Lambda deprecates each runtime on a published date, then blocks creating and later updating functions on it.',
  source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
};

/** Every claim the checker can decide; anything else in a note is not judged. */
export const CHECKABLE_CLAIMS: readonly CheckableClaim[] = [
  ...SUBJECT_CLAIMS.values(),
  RUNTIME_CLAIM,
  ...CATEGORY_CLAIMS.map((c) => ({ id: c.id, kind: 'category' as const, says: c.says, fact: c.fact, source: c.source })),
];

/** "Asynchronous invocation payload: 1 MB (hard limit)". */
function rowFact(id: LimitId): string {
  let fact = ROW_FACTS.get(id);
  if (!fact) ROW_FACTS.set(id, (fact = computeRowFact(id)));
  return fact;
}

function computeRowFact(id: LimitId): string {
  const limit = LIMITS[id];
  const { dimension, base } = limitBase(limit.value, limit.unit);
  const amount = dimension === 'count' ? formatNumber(limit.value) : formatAmount(base, dimension);
  const kind = limit.kind === 'adjustable' ? 'adjustable quota' : limit.kind === 'default' ? 'default' : limit.kind === 'recommended' ? 'recommended' : 'hard limit';
  return `${limit.title}: ${amount} (${kind})`;
}

/** The outdated claims in a markdown document, in document order. */
export function findOutdatedClaims(markdown: string, options: FindOutdatedClaimsOptions = {}): OutdatedClaim[] {
  const text = markdown.length > (options.maxChars ?? DEFAULT_MAX_CHARS) ? markdown.slice(0, options.maxChars ?? DEFAULT_MAX_CHARS) : markdown;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const found: OutdatedClaim[] = [];
  const today = options.today ?? new Date();
  const headingCache = new Map<string, ReturnType<typeof sentenceWords>>();
  const wordsOf = (heading: string) => {
    let words = headingCache.get(heading);
    if (!words) headingCache.set(heading, (words = sentenceWords(heading)));
    return words;
  };
  for (const sentence of markdownSentences(text)) {
    const headings = [...(options.headings ?? []), ...sentence.headings].filter(Boolean);
    found.push(...sentenceClaims(sentence, wordsOf(headings.join(' . ')), wordsOf(headings[headings.length - 1] ?? ''), lineOf, today));
  }
  return found;
}

function sentenceClaims(sentence: Sentence, headingWords: readonly Word[], innermost: readonly Word[], lineOf: (offset: number) => number, today: Date): OutdatedClaim[] {
  const words = sentenceWords(sentence.text);
  if (!words.length) return [];
  const at = (start: number, end: number): Span => ({ start: sentence.offsets[start], end: Math.max(sentence.offsets[start], (sentence.offsets[end - 1] ?? sentence.offsets[start]) + 1) });
  const whole = at(0, sentence.text.length);
  const claims: OutdatedClaim[] = [];
  for (const hit of limitClaims(sentence.text, words, headingWords, innermost)) {
    const claim = SUBJECT_CLAIMS.get(hit.subject)!;
    const span = at(hit.start, hit.end);
    const current = hit.rows.map(rowFact).join('; ') + '.';
    const contiguous = sentence.offsets[hit.end - 1] - sentence.offsets[hit.start] === hit.end - 1 - hit.start;
    claims.push({
      line: lineOf(span.start),
      span,
      sentence: whole,
      claim,
      current,
      source: LIMITS[hit.rows[0]].source,
      fix: hit.replacement && contiguous ? { span, newText: hit.replacement, title: `Replace “${hit.stated}” with “${hit.replacement}” (today's limit)` } : undefined,
    });
  }
  // A list item continues its lead-in ("Not supported:" + "- layers"): categorical claims read both.
  const leadWords = sentence.lead ? sentenceWords(sentence.lead) : [];
  const shift = sentence.lead ? sentence.lead.length + 1 : 0;
  const joined = leadWords.length ? [...leadWords, ...words.map((w) => ({ ...w, start: w.start + shift, end: w.end + shift }))] : words;
  for (const raw of categoryClaims(joined, headingWords)) {
    const hit = { ...raw, from: raw.from - leadWords.length, to: raw.to - leadWords.length };
    if (hit.from < 0) continue; // the claim is in the lead-in, reported on its own line
    const from = words[hit.from] ?? words[0];
    const to = words[Math.max(hit.from, hit.to - 1)] ?? from;
    const span = at(from.start, to.end);
    claims.push({ line: lineOf(span.start), span, sentence: whole, claim: CHECKABLE_CLAIMS.find((c) => c.id === hit.claim.id)!, current: hit.claim.fact, source: hit.claim.source });
  }
  for (const hit of runtimeClaims(words, today)) {
    const span = at(words[hit.from].start, words[hit.to - 1].end);
    claims.push({ line: lineOf(span.start), span, sentence: whole, claim: RUNTIME_CLAIM, current: hit.fact, source: hit.runtime.source.split('; ')[0] });
  }
  return claims.sort((a, b) => a.span.start - b.span.start);
}
