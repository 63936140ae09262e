/**
 * Comments of CDK sources as `SourceComment`s, for suppression directives. The front ends find the
 * comments with their own parser (the TypeScript scanner, tree-sitter); this turns one comment's range
 * into its span and its text, an exact slice of the document as `suppression.ts` expects.
 */
import { DIRECTIVE_PREFIX } from '../../suppression';
import type { SourceComment } from '../tree';

/** Cheap pre-check: a file without a directive needs no comment collection. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes(DIRECTIVE_PREFIX);
}

/**
 * The comment at `[start, end)`: its span is the whole comment, its text what lies between the opening
 * marker (`//`, `/*`, `#`) and the closing one (`*\/` for block comments), without surrounding white space.
 */
export function sourceComment(text: string, start: number, end: number, open: string, close = ''): SourceComment {
  let from = start + open.length;
  let to = close && text.startsWith(close, end - close.length) && end - close.length >= from ? end - close.length : end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return { span: { start, end }, text: text.slice(from, to) };
}

function isSpace(code: number): boolean {
  // What String.prototype.trim removes in practice inside a comment: spaces, tabs, line breaks, BOM/NBSP.
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029;
}
