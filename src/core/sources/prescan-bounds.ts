/** Bounds shared by the YAML and JSON pre-scans and tree converters (yaml-prescan.ts, json-prescan.ts). */
import type { Span } from '../text/line-index';

/**
 * Nesting depth read into the tree. Real templates nest about 20 levels; the `yaml` composer and
 * jsonc-parser recurse per level and overflow the stack near 1,000, so deeper parts are cut before them.
 */
export const MAX_TREE_DEPTH = 256;

/**
 * Tokens a document may have before it is refused unparsed (the lexer stops at the bound, so even a 5 MB
 * one-line list costs a fraction of a second). YAML counts the `yaml` lexer's tokens (spaces and newlines
 * too): the largest real template in the corpus has 9,000, a generated 2,000-function SAM template of 870 KB
 * (CloudFormation's own cap is 1 MB) 260,000. JSON counts jsonc-parser's scanner tokens (trivia skipped): the
 * corpus's densest JSON template, minified, has 0.21 a character, so 225,000 in 1 MB.
 */
export const MAX_TOKENS = 500_000;

/** The one message for a document refused at {@link MAX_TOKENS}. */
export function tooManyTokensMessage(language: 'YAML' | 'JSON'): string {
  return `This ${language} has more than ${MAX_TOKENS.toLocaleString('en-US')} tokens, more than a CloudFormation template can hold (1 MB): not analysed.`;
}

/** Items one flow collection (`[...]`, `{...}`, a JSON array or object) may hold before it is skipped. */
export const MAX_FLOW_ITEMS = 20_000;

/**
 * The text with every span replaced by `placeholder` and spaces (newlines kept), so offsets, lines and
 * columns of everything else stay as they were and the parser reads a blanked collection as one scalar.
 * Overlapping spans are merged (the outer one wins).
 */
export function blankSpans(text: string, spans: ReadonlyArray<Span & { readonly placeholder?: string }>, placeholder: string): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // inside a span already blanked
    parts.push(text.slice(at, span.start));
    const inner = text.slice(span.start, span.end);
    const first = span.placeholder ?? placeholder;
    parts.push(first + inner.slice(first.length).replace(/[^\r\n]/g, ' '));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
