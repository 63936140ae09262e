/** The duplicate-key problem, worded once for the YAML and JSON readers: it names the key and its first line. */
import { quote } from '../text/quote';
import type { Span } from '../text/line-index';
import type { ReadProblem } from './tree';

/** 1-based line of an offset (counted once per duplicate: duplicates are few). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function duplicateKeyProblem(key: string, span: Span, firstOffset: number | undefined, text: string): ReadProblem {
  const first = firstOffset === undefined ? '' : ` (first on line ${lineOf(text, firstOffset)})`;
  return { kind: 'duplicate-key', message: `Duplicate key ${quote(JSON.stringify(key), 60)}${first}: the later value wins.`, span };
}
