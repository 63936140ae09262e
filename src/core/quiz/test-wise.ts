/**
 * Test-wise strategies: ways to pick an answer without knowing AWS (the longest option, the most specific,
 * the "it fails" outcome, "False", the option that repeats the stem, a fixed position …). The bank test and
 * the grading script score each over the exported bank: a fair bank keeps every one near chance.
 * A multiple-response item counts as right only when the whole chosen set is the key set.
 */

/** What a strategy sees of an item: the shape of `quiz --list --json`. */
export interface TestWiseItem {
  readonly question: string;
  readonly options: readonly string[];
  readonly answerIndexes: readonly number[];
}

/** Picks as many option indexes as the item has keys (the stem says "choose two"). */
export type Strategy = (item: TestWiseItem) => number[];

const words = (s: string): string[] => s.toLowerCase().replace(/[`*_()[\]{}"'“”‘’.,;:!?]/g, ' ').split(/\s+/).filter((w) => w.length > 2);

/** Words that mark an outcome-type option: what happens rather than what to configure. */
export const OUTCOME = /\b(fails?|failed|failing|rejects?|rejected|errors?|throws|refuses?|is dropped|deployment fails|is not allowed|invalid)\b/i;
/** Options that cover other options or the whole set: item-writing guides forbid them. */
export const ALL_OR_BOTH = /^(all|both|neither)\b|^none\.?$|\b(all|none) of the above\b|\ball (three|four|two)\b/i;
/** Absolute words that often give an option away. */
export const ABSOLUTE = /\b(always|never|only|all|none|every|cannot|must)\b/i;

/** The `k` indexes with the highest score; ties go to the earlier option, as a reader scanning down would. */
export function topBy(options: readonly string[], k: number, score: (o: string, i: number) => number): number[] {
  return options
    .map((o, i) => ({ i, s: score(o, i) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, k)
    .map((x) => x.i);
}

const specificity = (o: string) => (o.match(/\d[\d,.]*/g)?.length ?? 0) * 3 + words(o).length;

function stemOverlap(item: TestWiseItem, o: string): number {
  const stem = new Set(words(item.question));
  return words(o).filter((w) => stem.has(w)).length;
}

/** A strategy that prefers options matching `pattern`, then falls back to `fallback`. */
const preferring = (pattern: RegExp, fallback: Strategy): Strategy => (item) => {
  const k = item.answerIndexes.length;
  const matching = item.options.map((o, i) => (pattern.test(o) ? i : -1)).filter((i) => i >= 0);
  if (!matching.length) return fallback(item);
  const rest = fallback(item).filter((i) => !matching.includes(i));
  return [...matching, ...rest].slice(0, k);
};

const longest: Strategy = (item) => topBy(item.options, item.answerIndexes.length, (o) => o.length);

export const STRATEGIES: Readonly<Record<string, Strategy>> = {
  longest,
  shortest: (item) => topBy(item.options, item.answerIndexes.length, (o) => -o.length),
  'most specific': (item) => topBy(item.options, item.answerIndexes.length, specificity),
  'outcome ("fails"), else longest': preferring(OUTCOME, longest),
  '"False", else longest': preferring(/^false$/i, longest),
  'all / both, else longest': preferring(ALL_OR_BOTH, longest),
  'most words shared with the stem': (item) => topBy(item.options, item.answerIndexes.length, (o) => stemOverlap(item, o)),
  'absolute word avoided, else longest': (item) => topBy(item.options, item.answerIndexes.length, (o) => (ABSOLUTE.test(o) ? -1000 : 0) + o.length),
  ...Object.fromEntries(
    [0, 1, 2, 3, 4].map((p) => [`position ${p + 1}`, ((item: TestWiseItem) => Array.from({ length: item.answerIndexes.length }, (_, j) => (p + j) % item.options.length)) as Strategy]),
  ),
};

/** Whether a pick is right: the whole chosen set equals the key set. */
export function isRight(item: TestWiseItem, picked: readonly number[]): boolean {
  const keys = new Set(item.answerIndexes);
  return picked.length === keys.size && picked.every((i) => keys.has(i));
}

/** Each strategy's share of right answers over the items (0–1). */
export function strategyScores(items: readonly TestWiseItem[]): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [name, strategy] of Object.entries(STRATEGIES)) {
    const right = items.filter((item) => isRight(item, strategy(item))).length;
    scores[name] = items.length ? right / items.length : 0;
  }
  return scores;
}

/** Share of single-answer items whose key is strictly the longest option. */
export function keyLongestShare(items: readonly TestWiseItem[]): number {
  const single = items.filter((q) => q.answerIndexes.length === 1);
  const longestKey = single.filter((q) => {
    const key = q.options[q.answerIndexes[0]].length;
    return q.options.every((o, i) => i === q.answerIndexes[0] || o.length < key);
  });
  return single.length ? longestKey.length / single.length : 0;
}

/** Among items offering an outcome-type option, the share whose key is one. */
export function outcomeKeyShare(items: readonly TestWiseItem[]): { offered: number; key: number } {
  const offering = items.filter((q) => q.options.some((o) => OUTCOME.test(o)));
  return { offered: offering.length, key: offering.filter((q) => q.answerIndexes.some((i) => OUTCOME.test(q.options[i]))).length };
}
