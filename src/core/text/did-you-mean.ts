/** "Did you mean ...?" suggestions by edit distance. */

/** Levenshtein distance, with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}

/**
 * The candidate closest to `input` (case-insensitive), when it is close enough to be a typo: at most
 * two edits, or a quarter of the input's length for long ids. Ties go to the longer common prefix
 * (`nodejs22` means `nodejs22.x`, not `nodejs`), then to the later candidate (lists run oldest first).
 */
export function didYouMean(input: string, candidates: readonly string[], distanceOf: (a: string, b: string) => number = editDistance): string | undefined {
  // Ids, keys and rule names are short: a value this long is no typo of one, and the edit distance is quadratic.
  if (input.length > MAX_INPUT_LENGTH) return undefined;
  const needle = input.toLowerCase();
  const allowed = Math.max(2, Math.floor(needle.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestPrefix = -1;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    // The distance is at least the difference in length: skip what can't be close enough, unmeasured.
    if (Math.abs(lower.length - needle.length) > Math.min(allowed, bestDistance)) continue;
    const distance = distanceOf(needle, lower);
    const prefix = commonPrefixLength(needle, lower);
    if (distance < bestDistance || (distance === bestDistance && prefix >= bestPrefix)) {
      best = candidate;
      bestDistance = distance;
      bestPrefix = prefix;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Longer than any runtime id, setting key or rule id we compare against (the longest are ~40 characters). */
const MAX_INPUT_LENGTH = 200;

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
