/**
 * The words of one plain-text sentence, as the claim checkers read them: lower case, light plural folding,
 * the usual spellings of one name folded together (`Node.js`/`NodeJS` -> `node`, `.NET`/`C#` -> `dotnet`),
 * each with its offsets in the sentence. Regular expressions here run over short plain strings only.
 */

export interface Word {
  /** Normalised form (see {@link normalizeWord}). */
  readonly norm: string;
  /** Offsets in the sentence text. */
  readonly start: number;
  readonly end: number;
  /** Parenthesis depth ("DynamoDB JSON (not plain JSON) or Ion": the "not" stays inside). */
  readonly depth?: number;
}

/** A phrase found in a sentence: word indexes [from, to). */
export interface PhraseHit {
  readonly phrase: string;
  readonly from: number;
  readonly to: number;
}

const WORD = /[\p{L}\p{N}@#$+_.']+/gu;
/** Folded spellings: several written forms, one name. */
const FOLD: Readonly<Record<string, string>> = {
  'node.js': 'node', nodejs: 'node', 'node.j': 'node', '.net': 'dotnet', 'c#': 'dotnet', csharp: 'dotnet',
  golang: 'go', 'l@e': 'lambda@edge', "can't": 'cannot', "won't": 'not', "don't": 'not',
  "doesn't": 'not', "isn't": 'not', "aren't": 'not', "wasn't": 'not', "shouldn't": 'not', "couldn't": 'not', "didn't": 'not',
  ddb: 'dynamodb', dynamo: 'dynamodb', tmp: '/tmp', envs: 'env', apis: 'api', lambdas: 'lambda', 'x-ray': 'xray',
};

/** Normalised words by their written form: notes reuse a small vocabulary (bounded: cleared when full). */
const NORMALIZED = new Map<string, string>();
const MAX_NORMALIZED = 50_000;

/** Lower case, trimmed of sentence punctuation, plural folded (`tables` -> `table`), spellings folded. */
export function normalizeWord(raw: string): string {
  let norm = NORMALIZED.get(raw);
  if (norm === undefined) {
    if (NORMALIZED.size >= MAX_NORMALIZED) NORMALIZED.clear();
    NORMALIZED.set(raw, (norm = computeNormalizedWord(raw)));
  }
  return norm;
}

function computeNormalizedWord(raw: string): string {
  let w = raw.toLowerCase().replace(/’/g, "'");
  if (!w.startsWith('.net')) w = w.replace(/^[.']+/, '');
  w = w.replace(/[.']+$/, '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  const folded = FOLD[w];
  if (folded) return folded;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && /^[a-z]+$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The words of a sentence; hyphens separate words (`Java-only` -> `java`, `only`). */
export function sentenceWords(text: string): Word[] {
  const words: Word[] = [];
  let depth = 0;
  let last = 0;
  for (const m of text.replace(/’/g, "'").matchAll(WORD)) {
    for (let i = last; i < m.index; i++) depth = Math.max(0, depth + (text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0));
    last = m.index + m[0].length;
    const norm = normalizeWord(m[0]);
    if (!norm) continue;
    const trailing = m[0].length - m[0].replace(/[.']+$/, '').length;
    // A negation joined by a hyphen is part of a compound ("not-logged-in", "no-code"), not a denial.
    const compound = NEGATIONS.has(norm) && (text[m.index + m[0].length] === '-' || text[m.index - 1] === '-');
    words.push({ norm: compound ? `${norm}-` : norm, start: m.index, end: m.index + m[0].length - (norm.endsWith('.') ? 0 : trailing), depth });
  }
  return words;
}

/** Phrases (normalised words joined by one space) by their first word, for one lookup per word. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; phrase: string; value: T }>>();

  add(phrase: string, value: T): void {
    const words = sentenceWords(phrase).map((w) => w.norm);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, phrase: words.join(' '), value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** Every phrase found, longest first at each position; a phrase inside a longer one found before is skipped. */
  find(words: readonly Word[]): Array<PhraseHit & { value: T }> {
    const hits: Array<PhraseHit & { value: T }> = [];
    // Longest match: "function" inside "step functions" is not a phrase of its own.
    let coveredUntil = 0;
    for (let i = 0; i < words.length; i++) {
      const list = this.byFirst.get(words[i].norm);
      if (!list || i < coveredUntil) continue;
      let longest = 0;
      for (const entry of list) {
        if (entry.words.length < longest) break;
        if (matchesAt(entry.words, words, i)) {
          longest = entry.words.length;
          coveredUntil = Math.max(coveredUntil, i + longest);
          hits.push({ phrase: entry.phrase, from: i, to: i + entry.words.length, value: entry.value });
        }
      }
    }
    return hits;
  }
}

function matchesAt(phrase: readonly string[], words: readonly Word[], at: number): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[at + k].norm !== phrase[k]) return false;
  return true;
}

/** A set of phrases, answering "is one of them in these words". */
export function phraseSet(phrases: readonly string[]): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const p of phrases) index.add(p, true);
  return index;
}

/** Words that deny what follows them in a clause. */
export const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 'without', 'unsupported', 'nor', 'neither', 'lack', 'lacks', 'none', 'unavailable', 'incompatible']);
/** Words that restrict a list to what it names ("only Java", "Java-only", "just Python"). */
export const RESTRICTIONS = new Set(['only', 'exclusively', 'solely', 'just']);
/** Words that end a clause: what follows makes its own claim. */
export const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'however', 'although', 'though', 'unlike', 'except', 'yet', 'whilst', 'so', 'therefore', 'hence', 'thus']);
