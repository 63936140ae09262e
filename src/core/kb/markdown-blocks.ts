/**
 * The block layout of parsed markdown as lines, shared by the writers that turn markdown-it tokens back into
 * text: safe markdown for hovers (search-preview.ts) and plain text for the terminal (src/cli/terminal-markdown.ts).
 * The writer says how inline content and code blocks read; this walk places them: list markers and quote marks
 * as line prefixes, one blank line between top-level blocks (so a paragraph after a list or a quote never reads
 * as its lazy continuation), none inside lists and quotes. markdown-it's token stream is flat (nesting is
 * open/close pairs), so a deeply nested input costs no recursion here.
 */
import type MarkdownIt from 'markdown-it';

export type MarkdownToken = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export interface BlockWriter {
  /** One inline token's children as one line; '' drops the line. */
  inline(children: readonly MarkdownToken[]): string;
  /** The lines of a fenced or indented code block (its content, and the fence's info string). */
  code(content: string, info: string): string[];
}

/** Lines of the blocks of `tokens` (headings as plain lines, rules dropped), without leading or trailing blank lines. */
export function blockLines(tokens: readonly MarkdownToken[], writer: BlockWriter): string[] {
  const lines: string[] = [];
  /** `> ` for an open quote, the current item's marker (`- `, `2. `) for an open list. */
  const prefixes: string[] = [];
  let itemStarts = false;
  const startBlock = () => {
    if (prefixes.length === 0 && lines.length && lines[lines.length - 1] !== '') lines.push('');
  };
  const push = (line: string) => {
    lines.push(linePrefix(prefixes, itemStarts) + line);
    itemStarts = false;
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        startBlock();
        prefixes.push('- ');
        break;
      case 'list_item_open':
        // markdown-it puts an ordered item's number in `info` and its delimiter in `markup`.
        prefixes[prefixes.length - 1] = token.info ? `${token.info}${token.markup} ` : '- ';
        itemStarts = true;
        break;
      case 'blockquote_open':
        startBlock();
        prefixes.push('> ');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'blockquote_close':
        prefixes.pop();
        break;
      case 'paragraph_open':
      case 'heading_open':
        startBlock();
        break;
      case 'inline': {
        const text = writer.inline(token.children ?? []);
        if (text) push(text);
        break;
      }
      case 'fence':
      case 'code_block':
        startBlock();
        for (const line of writer.code(token.content, token.info)) push(line);
        break;
    }
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** How a writer reads inline tokens: every token but a link's open/close, and a link from its label and target. */
export interface InlineWriter {
  /** What one inline token reads as ('' for nothing); inside a link it becomes part of the label. */
  token(token: MarkdownToken): string;
  /** A link, from its label (the writer's own text of the tokens inside) and its target as written. */
  link(label: string, href: string): string;
}

/** One inline token's children as one trimmed line: link labels are gathered and handed to `writer.link`. */
export function inlineLine(children: readonly MarkdownToken[], writer: InlineWriter): string {
  let out = '';
  let link: { href: string; label: string } | undefined;
  for (const c of children) {
    if (c.type === 'link_open') link = { href: String(c.attrGet('href') ?? ''), label: '' };
    else if (c.type === 'link_close') {
      if (link) out += writer.link(link.label, link.href);
      link = undefined;
    } else if (link) link.label += writer.token(c);
    else out += writer.token(c);
  }
  if (link) out += link.label;
  return out.trim();
}

/** Quote marks for every open quote; the innermost item's marker on its first line, indentation elsewhere. */
function linePrefix(prefixes: readonly string[], itemStarts: boolean): string {
  let prefix = '';
  for (let i = 0; i < prefixes.length; i++) {
    const p = prefixes[i];
    if (p === '> ') prefix += p;
    else prefix += i === prefixes.length - 1 && itemStarts ? p : ' '.repeat(p.length);
  }
  return prefix;
}
