/**
 * What a learner typed at the quiz prompt: option numbers or letters (`2`, `b`, `1,3`, `1 3`, `AC`, `a c`),
 * or `q` to quit. Pure, so the CLI and tests share it.
 */

export type ParsedChoice =
  | { readonly kind: 'quit' }
  | { readonly kind: 'choice'; readonly indexes: readonly number[] }
  | { readonly kind: 'invalid'; readonly reason: string };

const LETTERS = 'abcdefghij';

/** Parses one line for an item with `optionCount` options of which `keyCount` are to be chosen. */
export function parseChoice(line: string, optionCount: number, keyCount = 1): ParsedChoice {
  const text = line.trim().toLowerCase();
  if (text === 'q' || text === 'quit' || text === 'exit') return { kind: 'quit' };
  const compactLetters = /^[a-j]+$/.test(text) && text.length <= optionCount;
  const tokens = compactLetters ? [...text] : text.split(/[\s,;]+/).filter(Boolean);
  const indexes: number[] = [];
  for (const token of tokens) {
    const index = /^\d+$/.test(token) ? Number(token) - 1 : token.length === 1 ? LETTERS.indexOf(token) : -1;
    if (index < 0 || index >= optionCount) return { kind: 'invalid', reason: `“${token}” is not an option` };
    if (!indexes.includes(index)) indexes.push(index);
  }
  if (indexes.length !== keyCount) return { kind: 'invalid', reason: keyCount === 1 ? 'choose one option' : `choose ${keyCount} options` };
  return { kind: 'choice', indexes: indexes.sort((a, b) => a - b) };
}
