/** Bounds shared by the YAML and JSON pre-scans and tree converters (yaml-prescan.ts, json-prescan.ts). */
import type { Span } from '../text/line-index';

/**
 * Nesting depth read into the tree. Real templates nest about 20 levels; the `yaml` composer and
 * jsonc-parser recurse per level and overflow the stack near 1,000, so deeper parts are cut before them.
 */
export const MAX_TREE_DEPTH = 256;

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
