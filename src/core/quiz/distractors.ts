/** Wrong answers that look right: numbers of the same unit and scale, and texts of the same kind. */
import { formatNumber } from '../limits';
import { shuffled, type Random } from './random';

/** Multipliers tried in order of plausibility (close ones first). */
const FACTORS = [0.5, 2, 0.25, 4, 1.5, 3, 0.1, 10, 0.75, 1.25, 6, 1 / 6];

/** Rounds to two significant figures (keeps powers of two such as 2,048 exact). */
function nice(n: number): number {
  if (Number.isInteger(Math.log2(n)) && n >= 1) return n;
  const digits = Math.floor(Math.log10(Math.abs(n)));
  const step = 10 ** Math.max(0, digits - 1);
  return Math.round(n / step) * step;
}

/** `count` numbers near `value` (same scale, different from it and from each other); whole numbers only. */
export function numericDistractors(value: number, count: number, random: Random, avoid: readonly number[] = []): number[] {
  const seen = new Set<number>([value, ...avoid]);
  const candidates: number[] = [];
  for (const f of FACTORS) {
    const n = nice(value * f);
    if (n >= 1 && Number.isInteger(n) && !seen.has(n)) {
      seen.add(n);
      candidates.push(n);
    }
  }
  // Keep the close ones likely but not always in the same places.
  return shuffled(candidates.slice(0, count + 2), random).slice(0, count);
}

/**
 * For a phrase that starts with a quantity ("400 KB", "1–900 seconds", "24 hours"), the same phrase with
 * other quantities; undefined when it does not start with a number.
 */
export function quantityDistractors(phrase: string, count: number, random: Random): string[] | undefined {
  const match = /^(\d[\d,]*(?:\.\d+)?)(\s*[–-]\s*)?(\d[\d,]*(?:\.\d+)?)?/.exec(phrase);
  if (!match || /^[.\d]/.test(phrase.slice(match[0].length))) return undefined;
  const last = match[3] ?? match[1];
  const value = Number(last.replace(/,/g, ''));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const head = match[3] ? phrase.slice(0, match.index + match[1].length + (match[2]?.length ?? 0)) : '';
  const tail = phrase.slice(match[0].length);
  const lower = match[3] ? Number(match[1].replace(/,/g, '')) : 0;
  return numericDistractors(value, count, random)
    .filter((n) => n > lower)
    .map((n) => `${head}${formatNumber(n)}${agree(n, tail)}`);
}

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'time', 'byte'];

/** " seconds" after 1 becomes " second", " year" after 4 becomes " years". */
function agree(n: number, tail: string): string {
  const m = /^(\s+)([a-z]+)(.*)$/s.exec(tail);
  if (!m) return tail;
  const singular = m[2].endsWith('s') ? m[2].slice(0, -1) : m[2];
  if (!UNITS.includes(singular)) return tail;
  return `${m[1]}${n === 1 ? singular : `${singular}s`}${m[3]}`;
}

/** Text distractors from a pool: not the answer, not inside the question, not a variant of each other. */
export function textDistractors(answer: string, pool: readonly string[], context: string, count: number, random: Random): string[] {
  const norm = (s: string) => s.toLowerCase().trim();
  const a = norm(answer);
  const ctx = norm(context);
  const chosen: string[] = [];
  const ranked = shuffled(pool, random)
    .map((candidate) => ({ candidate, score: similarity(answer, candidate) }))
    .sort((x, y) => y.score - x.score)
    .map((x) => x.candidate);
  for (const candidate of ranked) {
    const c = norm(candidate);
    if (!c || c === a || c.includes(a) || a.includes(c) || ctx.includes(c)) continue;
    // "Python 3.12+" is no wrong answer next to a sentence that already says "Python".
    const first = c.split(/\s+/)[0];
    if (first.length >= 3 && ctx.split(/[^a-z0-9.+#-]+/).includes(first)) continue;
    if (chosen.some((x) => norm(x).includes(c) || c.includes(norm(x)))) continue;
    chosen.push(candidate);
    if (chosen.length === count) break;
  }
  return chosen;
}

/** The look of a phrase: an IDENTIFIER_LIKE constant, a code-ish word, or prose. */
function shape(text: string): string {
  if (/^[A-Z0-9_]+$/.test(text)) return 'constant';
  if (/^[a-z0-9.-]+$/.test(text) && /[.\d-]/.test(text)) return 'code';
  return /^[A-Z]/.test(text) ? 'title' : 'prose';
}

/** Higher for candidates that look like the answer (same shape, similar length in words). */
function similarity(answer: string, candidate: string): number {
  const words = (s: string) => s.split(/\s+/).length;
  return (shape(answer) === shape(candidate) ? 2 : 0) + (Math.abs(words(answer) - words(candidate)) <= 1 ? 1 : 0);
}
