/**
 * The one tokenizer for numbers in plain text, as people write them: digits ("1,024", "0.25", ".5"), number
 * words, compound and hyphenated ("nine hundred", "ten thousand two hundred forty", "three thousand and
 * eight", "two hundred fifty-six", "a hundred"), and fractions of one unit ("a quarter of a", "half an").
 * The quantity reader (units) and the count reader of the claims checker both take their numbers from here,
 * so a phrasing that works for one works for the other. Runs over one sentence of plain text.
 */

export interface NumberToken {
  /** Offsets in the text. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Written in words (a word number is never glued to a unit: "ones" is not "one s"). */
  readonly word: boolean;
  /** A fraction of one unit ("a quarter of a meg"): the unit follows directly. */
  readonly fraction?: boolean;
  /** "an hour", "a year": an article read as one, only before a spelled-out unit (never a count). */
  readonly article?: boolean;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Words worth a value below 100. */
const UNITS_WORDS = new Map<string, number>([...SMALL.map((w, i) => [w, i] as const), ...TENS.map((w, i) => [w, i * 10] as const).filter(([w]) => w)]);
UNITS_WORDS.set('fourty', 40);
/** Multipliers: "hundred" multiplies what precedes it within the group, "thousand"/"million" close a group. */
const SCALES = new Map<string, number>([['hundred', 100], ['thousand', 1000], ['million', 1_000_000]]);
/** Units an article counts as one of ("up to an hour"); not "second" ("a second layer"). */
const ARTICLE_UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'minute', 'meg', 'gig', 'megabyte', 'gigabyte', 'kilobyte']);
const FRACTIONS = new Map<string, number>([['quarter', 0.25], ['half', 0.5], ['third', 1 / 3]]);

/** "five", "twenty", "hundred", "quarter": a word that is (part of) a number. */
export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return UNITS_WORDS.has(w) || SCALES.has(w) || FRACTIONS.has(w);
}

const DIGITS = /(?<![\p{L}\p{N}.$/_-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)/uy;
const LETTERS = /[a-z]+/iy;

/** Every number in the text, in order, none overlapping. */
export function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    const isDigit = (ch >= 48 && ch <= 57) || (ch === 46 && /\d/.test(text[i + 1] ?? ''));
    if (isDigit) {
      DIGITS.lastIndex = i;
      const m = DIGITS.exec(text);
      if (m) {
        tokens.push({ start: i, end: i + m[0].length, value: Number(m[0].replace(/,/g, '')), word: false });
        i += m[0].length;
        continue;
      }
      while (i < text.length && /[\d.,]/.test(text[i])) i++;
      continue;
    }
    if (isLetter(ch) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      const token = wordNumberAt(text, i);
      if (token) {
        tokens.push(token);
        i = token.end;
        continue;
      }
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  return tokens;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** The word at `at` and where it ends ("" when none). */
function wordAt(text: string, at: number): { word: string; end: number } {
  LETTERS.lastIndex = at;
  const m = LETTERS.exec(text);
  if (!m || (m.index + m[0].length < text.length && isWordChar(text.charCodeAt(m.index + m[0].length)))) return { word: '', end: at };
  return { word: m[0].toLowerCase(), end: at + m[0].length };
}

/** Skips the separators allowed between two number words: spaces, one hyphen, "and". */
function nextWordStart(text: string, at: number, allowAnd: boolean): number | undefined {
  let k = at;
  let hyphen = false;
  while (k < text.length && (text[k] === ' ' || (text[k] === '-' && !hyphen))) {
    if (text[k] === '-') hyphen = true;
    k++;
  }
  if (k === at) return undefined;
  if (allowAnd && !hyphen && text.startsWith('and ', k) && text.slice(k - 1, k) === ' ') return nextWordStart(text, k + 3, false) ?? undefined;
  return k;
}

/**
 * A number in words starting at `at`: "a"/"one" + fraction ("a quarter of a"), or a run of number words
 * folded group by group ("ten thousand two hundred forty" = 10 × 1000 + 2 × 100 + 40).
 */
function wordNumberAt(text: string, at: number): NumberToken | undefined {
  const first = wordAt(text, at);
  if (!first.word) return undefined;
  // "a quarter of a meg", "half a gig", "one half of a", "half an hour": the unit check decides later.
  const article = first.word === 'a' || first.word === 'an' || first.word === 'one';
  const fracStart = article ? nextWordStart(text, first.end, false) : at;
  const f = fracStart === undefined ? undefined : article ? wordAt(text, fracStart) : first;
  const fraction = f && FRACTIONS.get(f.word);
  if (f && fraction !== undefined) {
    let end = f.end;
    for (const joiners of [['of'], ['a', 'an']]) {
      const k = nextWordStart(text, end, false);
      const w = k === undefined ? undefined : wordAt(text, k);
      if (w && joiners.includes(w.word)) end = w.end;
    }
    return { start: at, end, value: fraction, word: true, fraction: true };
  }
  // "a hundred", "a thousand".
  let value = 0;
  let group = 0;
  let seen = false;
  let end = at;
  let k: number | undefined = at;
  let lastSmall = -1;
  let lastScale = Infinity;
  if (first.word === 'a' || first.word === 'an') {
    const next = nextWordStart(text, first.end, false);
    const w = next === undefined ? undefined : wordAt(text, next);
    if (!w || !SCALES.has(w.word)) return next !== undefined && w && ARTICLE_UNITS.has(w.word) ? { start: at, end: first.end, value: 1, word: true, article: true } : undefined;
    group = 1;
    seen = true;
    k = next;
  }
  while (k !== undefined && k < text.length) {
    const { word, end: wEnd } = wordAt(text, k);
    if (!word) break;
    const small = UNITS_WORDS.get(word);
    const scale = SCALES.get(word);
    if (small !== undefined) {
      // "twenty five" joins; "five five", "twenty thirty" do not.
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10 && small > 0)) break;
      group += small;
      lastSmall = small;
    } else if (scale !== undefined) {
      if (!seen || scale >= lastScale * (scale === 100 ? 1 : 1000) || (scale === 100 && group === 0)) break;
      if (scale === 100) group = (group || 1) * 100;
      else {
        value += (group || 1) * scale;
        group = 0;
        lastScale = scale;
      }
      lastSmall = -1;
    } else break;
    seen = true;
    end = wEnd;
    const next = nextWordStart(text, wEnd, true);
    if (next === undefined) break;
    k = next;
  }
  if (!seen || end === at) return undefined;
  return { start: at, end, value: value + group, word: true };
}
