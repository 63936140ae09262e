/**
 * Quantities in short answer texts ("400 KB", "Up to 30 seconds", "1,000"): value, unit, dimension and the
 * value in a base unit (seconds, bytes, items), so that options can be compared across units
 * (90 min = 5,400 s, 10 GB = 10,240 MB) and a stem that says the answer in another unit is caught.
 * Regexes here only read short plain strings (an option, a number-with-unit), never YAML or code.
 */
import { formatNumber } from '../limits';

export type Dimension = 'time' | 'size' | 'count';

export interface Quantity {
  readonly value: number;
  /** Unit as normalised here: ms, s, min, h, days, months, years, bytes, KB, MB, GB, TB, or '' for a count. */
  readonly unit: string;
  readonly dimension: Dimension;
  /** Seconds, bytes or items. */
  readonly base: number;
}

const UNIT_FACTORS: Readonly<Record<string, { unit: string; dimension: Dimension; factor: number }>> = {
  ms: { unit: 'ms', dimension: 'time', factor: 0.001 },
  millisecond: { unit: 'ms', dimension: 'time', factor: 0.001 },
  milliseconds: { unit: 'ms', dimension: 'time', factor: 0.001 },
  s: { unit: 's', dimension: 'time', factor: 1 },
  sec: { unit: 's', dimension: 'time', factor: 1 },
  second: { unit: 's', dimension: 'time', factor: 1 },
  seconds: { unit: 's', dimension: 'time', factor: 1 },
  min: { unit: 'min', dimension: 'time', factor: 60 },
  minute: { unit: 'min', dimension: 'time', factor: 60 },
  minutes: { unit: 'min', dimension: 'time', factor: 60 },
  h: { unit: 'h', dimension: 'time', factor: 3600 },
  hour: { unit: 'h', dimension: 'time', factor: 3600 },
  hours: { unit: 'h', dimension: 'time', factor: 3600 },
  day: { unit: 'days', dimension: 'time', factor: 86400 },
  days: { unit: 'days', dimension: 'time', factor: 86400 },
  week: { unit: 'weeks', dimension: 'time', factor: 7 * 86400 },
  weeks: { unit: 'weeks', dimension: 'time', factor: 7 * 86400 },
  month: { unit: 'months', dimension: 'time', factor: 30 * 86400 },
  months: { unit: 'months', dimension: 'time', factor: 30 * 86400 },
  year: { unit: 'years', dimension: 'time', factor: 365 * 86400 },
  years: { unit: 'years', dimension: 'time', factor: 365 * 86400 },
  b: { unit: 'bytes', dimension: 'size', factor: 1 },
  byte: { unit: 'bytes', dimension: 'size', factor: 1 },
  bytes: { unit: 'bytes', dimension: 'size', factor: 1 },
  kb: { unit: 'KB', dimension: 'size', factor: 1024 },
  mb: { unit: 'MB', dimension: 'size', factor: 1024 ** 2 },
  gb: { unit: 'GB', dimension: 'size', factor: 1024 ** 3 },
  tb: { unit: 'TB', dimension: 'size', factor: 1024 ** 4 },
};

/** Words that may stand before the number of an answer ("Up to 30 seconds"). */
const QUALIFIER = /^(?:about|up to|under|at most|at least|only|exactly|over|more than|less than)\s+/i;
const NUMBER_UNIT = /^(\d[\d,]*(?:\.\d+)?)(?:\s*([A-Za-z]+))?/;

/** The quantity an answer text starts with (after a qualifier), or undefined. "5 minutes" -> 300 s. */
export function parseQuantity(text: string): Quantity | undefined {
  const rest = text.trim().replace(/`/g, '').replace(QUALIFIER, '');
  const m = NUMBER_UNIT.exec(rest);
  if (!m) return undefined;
  const after = rest.slice(m[0].length);
  // "1–900", "2024-01-08", "3.12+", "go1.x": not one quantity.
  if (/^\s*[–-]\s*\d/.test(after) || /^[-.+/\d]/.test(after)) return undefined;
  const value = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  if (!m[2]) {
    // A bare number is a count only when nothing wordy follows it ("5", "1,000", "900").
    if (after.trim() && !/^[\s,;(]/.test(after)) return undefined;
    return { value, unit: '', dimension: 'count', base: value };
  }
  const known = UNIT_FACTORS[m[2].toLowerCase()];
  if (!known) return undefined;
  return { value, unit: known.unit, dimension: known.dimension, base: value * known.factor };
}

/** Two quantities that say the same thing (10 GB and 10,240 MB). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.dimension === b.dimension && Math.abs(a.base - b.base) <= 1e-9 * Math.max(1, Math.abs(a.base));
}

const TIME_SPELLINGS: Array<[unit: string, factor: number, names: string[]]> = [
  ['ms', 0.001, ['ms', 'milliseconds']],
  ['s', 1, ['s', 'seconds', 'second', 'sec']],
  ['min', 60, ['min', 'minutes', 'minute']],
  ['h', 3600, ['h', 'hours', 'hour']],
  ['days', 86400, ['days', 'day']],
];
const SIZE_SPELLINGS: Array<[unit: string, factor: number, names: string[]]> = [
  ['bytes', 1, ['bytes', 'B']],
  ['KB', 1024, ['KB']],
  ['MB', 1024 ** 2, ['MB']],
  ['GB', 1024 ** 3, ['GB']],
];

/**
 * Ways a text can state the same quantity in any unit ("5,400 seconds" -> "5,400 s", "90 min",
 * "1.5 hours", "5,400,000 ms"): what a stem must not contain.
 */
export function quantitySpellings(q: Quantity): string[] {
  const key = `${q.dimension}:${q.base}`;
  let hit = spellingCache.get(key);
  if (!hit) spellingCache.set(key, (hit = spell(q)));
  return hit;
}

const spellingCache = new Map<string, string[]>();

function spell(q: Quantity): string[] {
  if (q.dimension === 'count') return [formatNumber(q.value), String(q.value)];
  const spellings: string[] = [];
  for (const [, factor, names] of q.dimension === 'time' ? TIME_SPELLINGS : SIZE_SPELLINGS) {
    const v = q.base / factor;
    if (v < 0.01 || Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) continue;
    for (const number of new Set([formatNumber(v), String(v)]))
      for (const name of names) spellings.push(`${number} ${name}`.toLowerCase(), `${number}${name}`.toLowerCase());
  }
  return spellings;
}

/** Whether `text` states the quantity in any unit (whole-number match: "10 MB" is not in "110 MB"). */
export function statesQuantity(text: string, q: Quantity): boolean {
  const lower = text.toLowerCase().replace(/`/g, '');
  for (const s of quantitySpellings(q)) {
    let at = lower.indexOf(s);
    while (at >= 0) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + s.length] ?? ' ';
      const numberStart = !/[\d.,]/.test(before);
      const wordEnd = q.dimension === 'count' ? !/[\d]/.test(after) && !(after === ',' && /\d/.test(lower[at + s.length + 1] ?? '')) && !(after === '.' && /\d/.test(lower[at + s.length + 1] ?? '')) : !/[a-z0-9]/.test(after);
      if (numberStart && wordEnd) return true;
      at = lower.indexOf(s, at + 1);
    }
  }
  return false;
}

/** "256 KB", "30 seconds", "1 second", "1,000": a quantity as an option shows it. */
export function formatQuantity(value: number, unit: string): string {
  const n = formatNumber(value);
  switch (unit) {
    case '':
      return n;
    case 's':
      return `${n} ${value === 1 ? 'second' : 'seconds'}`;
    case 'min':
      return `${n} ${value === 1 ? 'minute' : 'minutes'}`;
    case 'h':
    case 'hours':
      return `${n} ${value === 1 ? 'hour' : 'hours'}`;
    case 'days':
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    case 'months':
      return `${n} ${value === 1 ? 'month' : 'months'}`;
    case 'years':
      return `${n} ${value === 1 ? 'year' : 'years'}`;
    case 'bytes':
      return `${n} bytes`;
    default:
      return `${n} ${unit}`;
  }
}
