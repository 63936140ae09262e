/**
 * Every markdown-it parser of notes is bounded here. Notes are untrusted markdown, and markdown-it's inline
 * rules are quadratic on some runs (each `[` of `![![![…` scans ahead for its label; each `*` of `*a***a**…`
 * is a delimiter to match), so one 600 KB paragraph took seconds to minutes. A paragraph, heading or table
 * cell whose inline text is longer than {@link MAX_INLINE_CHARS} is kept as plain text: its words, numbers and
 * sentences are all still there, only its links and emphasis are not parsed. Real notes stay far below it.
 */
import type MarkdownIt from 'markdown-it';

/** Longer inline runs are plain text: ~ a page of prose; the quadratic scans stay a few milliseconds each. */
export const MAX_INLINE_CHARS = 4000;

const CAPPED = 'inline_over_cap';

type Parser = InstanceType<typeof MarkdownIt>;
/** markdown-it's core state, as its rules receive it. */
type CoreState = Parameters<Parameters<Parser['core']['ruler']['before']>[2]>[0];

/** Adds the cap to a parser (returns it, so `boundedMarkdown(new MarkdownIt(...))`). */
export function boundedMarkdown<T extends Parser>(parser: T): T {
  // Before markdown-it's core `inline` rule: over-long inline tokens change type, so that rule skips them...
  parser.core.ruler.before('inline', 'cap_inline_length', (state: CoreState) => {
    for (const token of state.tokens) if (token.type === 'inline' && token.content.length > MAX_INLINE_CHARS) token.type = CAPPED;
    return false;
  });
  // ...and after it they are inline tokens again, with their content as one text child.
  parser.core.ruler.after('inline', 'uncap_inline_length', (state: CoreState) => {
    for (const token of state.tokens) {
      if (token.type !== CAPPED) continue;
      token.type = 'inline';
      const text = new state.Token('text', '', 0);
      text.content = token.content;
      token.children = [text];
    }
    return false;
  });
  return parser;
}
