/**
 * A cheap look at a JSON text with jsonc-parser's scanner (no tree is built) before `parseTree`, which
 * recurses per level and overflows the stack near 5,000: an array or object nested deeper than
 * {@link MAX_TREE_DEPTH}, or holding more than {@link MAX_FLOW_ITEMS} items, is blanked out (same
 * offsets, read as `0`) and the rest of the file is analysed, with one 'limit' problem saying so. More than
 * {@link MAX_TOKENS} tokens refuse the parse, as for YAML (scanning stops at the bound).
 */
import { createScanner } from 'jsonc-parser';
import type { Span } from '../text/line-index';
import { blankSpans, MAX_FLOW_ITEMS, MAX_TOKENS, MAX_TREE_DEPTH, tooManyTokensMessage } from './prescan-bounds';
import type { ReadProblem } from './tree';

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot inline). */
const SyntaxKind = { OpenBraceToken: 1, CloseBraceToken: 2, OpenBracketToken: 3, CloseBracketToken: 4, CommaToken: 5, EOF: 17 } as const;

export interface JsonPrescanResult {
  /** The text to parse (unchanged unless parts were blanked); undefined when the parse is refused. */
  readonly text: string | undefined;
  readonly problems: ReadProblem[];
  /** Scanner tokens looked at (work spent). */
  readonly tokens: number;
}

export function prescanJson(text: string): JsonPrescanResult {
  const scanner = createScanner(text, true);
  const open: Array<{ start: number; items: number }> = [];
  const blanked: Span[] = [];
  let tooDeep = 0;
  let tooLong = 0;
  let tokens = 0;
  let deepFrom = -1; // index in `open` of the outermost collection being blanked for depth
  for (let kind: number = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (++tokens > MAX_TOKENS) return { text: undefined, problems: [{ kind: 'limit', message: tooManyTokensMessage('JSON'), span: { start: 0, end: 0 } }], tokens };
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      open.push({ start: scanner.getTokenOffset(), items: 0 });
      if (deepFrom < 0 && open.length > MAX_TREE_DEPTH) {
        deepFrom = open.length - 1;
        tooDeep++;
      }
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      const closed = open.pop();
      if (!closed) continue;
      const span = { start: closed.start, end: scanner.getTokenOffset() + scanner.getTokenLength() };
      if (deepFrom === open.length) {
        blanked.push(span);
        deepFrom = -1;
      } else if (deepFrom < 0 && closed.items + 1 > MAX_FLOW_ITEMS) {
        blanked.push(span);
        tooLong++;
      }
    } else if (kind === SyntaxKind.CommaToken && open.length) {
      open[open.length - 1].items++;
    }
  }
  if (deepFrom >= 0) blanked.push({ start: open[deepFrom].start, end: text.length });
  const problems: ReadProblem[] = [];
  const at = blanked.length ? { start: blanked.reduce((m, s) => Math.min(m, s.start), Number.POSITIVE_INFINITY), end: 0 } : { start: 0, end: 0 };
  const span = { start: at.start, end: at.start + (blanked.length ? 1 : 0) };
  if (tooDeep) problems.push({ kind: 'limit', message: `${tooDeep === 1 ? 'A JSON value' : `${tooDeep} JSON values`} nested deeper than ${MAX_TREE_DEPTH} levels ${tooDeep === 1 ? 'was' : 'were'} not read; the rest of the file is analysed.`, span });
  if (tooLong) problems.push({ kind: 'limit', message: `${tooLong === 1 ? 'A JSON array or object' : `${tooLong} JSON arrays or objects`} with more than ${MAX_FLOW_ITEMS.toLocaleString('en-US')} items ${tooLong === 1 ? 'was' : 'were'} not read; the rest of the file is analysed.`, span });
  return { text: blanked.length ? blankSpans(text, blanked, '0') : text, problems, tokens };
}
