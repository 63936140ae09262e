/**
 * Numbers with a unit in plain text, as people write them ("256KB", "256 kilobytes", "0.25 MB",
 * "five minutes", "15 min", "29-second", "1–35 days", "6x"), normalised to one base unit per dimension:
 * seconds for time, bytes for size (binary, as AWS's limits pages count: 1 GB = 1,024 MB), a plain
 * factor for "6x". Regular expressions run over one sentence of plain text, never over markdown.
 */
import { formatNumber, type LimitUnit } from '../../limits';
import { isNumberWord, numberTokens } from './number-words';

export type Dimension = 'time' | 'size' | 'factor';

export interface Quantity {
  /** As written ("256KB"). */
  readonly text: string;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly dimension: Dimension;
  /** The value in the dimension's base unit (seconds, bytes, factor). */
  readonly base: number;
  /** The unit as written, normalised ("KB", "min"). */
  readonly unit: string;
  /** For "1–35 days": the lower end's base value (the quantity is the upper end). */
  readonly rangeLow?: number;
}

const UNITS: Readonly<Record<string, { unit: string; dimension: Dimension; base: number }>> = {};
const define = (unit: string, dimension: Dimension, base: number, ...spellings: string[]) => {
  for (const s of [unit, ...spellings]) (UNITS as Record<string, { unit: string; dimension: Dimension; base: number }>)[s.toLowerCase()] = { unit, dimension, base };
};
define('ms', 'time', 0.001, 'msec', 'msecs', 'millisecond', 'milliseconds', 'millis');
define('s', 'time', 1, 'sec', 'secs', 'second', 'seconds');
define('min', 'time', 60, 'mins', 'minute', 'minutes');
define('h', 'time', 3600, 'hr', 'hrs', 'hour', 'hours');
define('days', 'time', 86400, 'd', 'day');
define('weeks', 'time', 7 * 86400, 'week', 'wk', 'wks');
define('months', 'time', 30 * 86400, 'month', 'mo');
define('years', 'time', 365 * 86400, 'year', 'yr', 'yrs');
define('bytes', 'size', 1, 'b', 'byte');
define('KB', 'size', 1024, 'kib', 'kilobyte', 'kilobytes', 'k');
define('MB', 'size', 1024 ** 2, 'mib', 'megabyte', 'megabytes', 'meg', 'megs');
define('GB', 'size', 1024 ** 3, 'gib', 'gigabyte', 'gigabytes', 'gig', 'gigs');
define('TB', 'size', 1024 ** 4, 'tib', 'terabyte', 'terabytes');
define('x', 'factor', 1, 'times');

const UNIT = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
/** The unit right after a number (sticky: tried at one position). */
const UNIT_AFTER = new RegExp(String.raw`(\s*-\s*|\s*)(${UNIT})(?![\p{L}\p{N}_])`, 'iuy');
/** "1–35" / "1 to 35" right before a number: the lower end of a range. */
const RANGE_BEFORE = /(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*$/;

/** "five", "twenty", "quarter": a number written as a word. */
export function isWordNumber(word: string): boolean {
  return isNumberWord(word);
}

/** A number as written ("1,024", "two hundred fifty-six"), or undefined. */
export function parseNumber(text: string): number | undefined {
  const [token] = numberTokens(text.trim());
  return token && token.start === 0 && token.end === text.trim().length ? token.value : undefined;
}

/** Every number with a unit in a short plain text, in order. */
export function parseQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const numbers = numberTokens(text);
  let covered = 0;
  for (const n of numbers) {
    if (n.start < covered) continue;
    UNIT_AFTER.lastIndex = n.end;
    const m = UNIT_AFTER.exec(text);
    if (!m) continue;
    const [, gap, unitWord] = m;
    const unit = UNITS[unitWord.toLowerCase()];
    const glued = gap === '';
    // "k", "d", "x", "mo" are units only glued to a digit ("10k", "6x"); a word number is never glued ("ones").
    if (['k', 'b', 'd', 'x', 'mo'].includes(unitWord.toLowerCase()) && !glued) continue;
    if (unitWord === 'b' || (n.word && glued)) continue; // "b" is bits
    const value = n.value;
    if (!unit) continue;
    const range = n.word ? null : RANGE_BEFORE.exec(text.slice(Math.max(0, n.start - 16), n.start));
    const low = range ? Number(range[1]) : undefined;
    const end = n.end + m[0].length;
    covered = end;
    found.push({ text: text.slice(n.start, end), start: n.start, end, value, dimension: unit.dimension, base: value * unit.base, unit: unit.unit, rangeLow: low === undefined ? undefined : low * unit.base });
  }
  return found;
}

/** A limit's value in its dimension's base unit, or undefined for counts and calendar units the notes don't claim. */
export function limitBase(value: number, unit: LimitUnit): { dimension: Dimension | 'count'; base: number } {
  switch (unit) {
    case 'ms':
      return { dimension: 'time', base: value / 1000 };
    case 's':
      return { dimension: 'time', base: value };
    case 'hours':
      return { dimension: 'time', base: value * 3600 };
    case 'days':
      return { dimension: 'time', base: value * 86400 };
    case 'months':
      return { dimension: 'time', base: value * 30 * 86400 };
    case 'bytes':
      return { dimension: 'size', base: value };
    case 'KB':
      return { dimension: 'size', base: value * 1024 };
    case 'MB':
      return { dimension: 'size', base: value * 1024 ** 2 };
    case 'count':
      return { dimension: 'count', base: value };
  }
}

/** Two base values are the same limit when they differ by less than 2.5 % ("10 GB" = "10,240 MB"). */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.025 * Math.max(Math.abs(a), Math.abs(b));
}

/** A base value in the unit a reader expects for this limit ("1 MB", "15 min", "29 s"). */
export function formatAmount(base: number, dimension: Dimension | 'count', like?: string): string {
  const fmt = formatNumber;
  if (dimension === 'size') {
    const units: Array<[string, number]> = [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024], ['bytes', 1]];
    const preferred = units.find(([u]) => u === like);
    if (preferred && base / preferred[1] >= 1 && Number.isInteger(Math.round((base / preferred[1]) * 100) / 100)) return `${fmt(base / preferred[1])} ${preferred[0]}`;
    const [u, f] = units.find(([, f]) => base >= f && Number.isInteger(base / f)) ?? units[units.length - 1];
    return `${fmt(base / f)} ${u}`;
  }
  if (dimension === 'time') {
    if (base >= 86400 * 2 && base % 86400 === 0) return `${fmt(base / 86400)} days`;
    if (base >= 3600 && base % 3600 === 0) return `${fmt(base / 3600)} h`;
    if (base >= 60 && base % 60 === 0) return `${fmt(base / 60)} min`;
    if (base < 1) return `${fmt(base * 1000)} ms`;
    return `${fmt(base)} s`;
  }
  return fmt(base);
}
