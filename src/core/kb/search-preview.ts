/**
 * Safe previews of untrusted notes for hovers and the Search Notes picker. The user's markdown is read
 * with markdown-it (HTML off) and written back as plain markdown from its tokens: text is escaped, so no
 * HTML, link or command can appear except `https:` links the note itself made.
 */
import MarkdownIt from 'markdown-it';
import { boundedMarkdown } from './bounded-markdown';
import { isSafeHttpsUrl, mdCode, mdCodeBlock, mdLinkAround, mdText } from '../text/markdown';
import { blockLines, inlineLine, type MarkdownToken } from './markdown-blocks';

const parser = boundedMarkdown(new MarkdownIt({ html: false, linkify: false }));

/** Limits of a preview. */
export interface PreviewLimits {
  readonly maxLines?: number;
  readonly maxChars?: number;
}

/** Markdown that renders like the note but can hold no HTML, no command link and no link to a local file. */
export function safeMarkdown(markdown: string, limits: PreviewLimits = {}): string {
  const lines = blockLines(parser.parse(markdown, {}), { inline: renderInline, code: (content) => mdCodeBlock(content) });
  return truncate(lines, limits);
}

/** The first words of a section as one line of plain text (QuickPick details). */
export function previewLine(markdown: string, maxChars = 160): string {
  const words: string[] = [];
  for (const token of parser.parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    for (const c of token.children ?? []) if (c.type === 'text' || c.type === 'code_inline') words.push(c.content);
    if (words.join(' ').length > maxChars) break;
  }
  const line = words.join(' ').replace(/\s+/g, ' ').trim();
  return line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line;
}

function renderInline(children: readonly MarkdownToken[]): string {
  // The label is already markdown (escaped text, code, emphasis): only the target is added around it.
  return inlineLine(children, { token: markdownToken, link: (label, href) => (isSafeHttpsUrl(href) ? mdLinkAround(label, href) : label) });
}

function markdownToken(c: MarkdownToken): string {
  switch (c.type) {
    case 'text':
    case 'html_inline':
    case 'image':
      return mdText(c.content);
    case 'code_inline':
      return mdCode(c.content);
    case 'strong_open':
    case 'strong_close':
      return '**';
    case 'em_open':
    case 'em_close':
      return '*';
    case 's_open':
    case 's_close':
      return '~~';
    case 'softbreak':
    case 'hardbreak':
      return ' ';
    default:
      return '';
  }
}

function truncate(lines: string[], { maxLines, maxChars }: PreviewLimits): string {
  let kept = maxLines !== undefined && lines.length > maxLines ? lines.slice(0, maxLines) : lines;
  let text = kept.join('\n');
  if (maxChars !== undefined && text.length > maxChars) {
    kept = [];
    let size = 0;
    for (const line of lines) {
      if (size + line.length + 1 > maxChars) break;
      kept.push(line);
      size += line.length + 1;
    }
    text = kept.join('\n');
  }
  return kept.length < lines.length ? `${text}\n\n…` : text;
}

/** One paragraph of a note (a paragraph, or one list item's paragraph) rendered as safe one-line markdown. */
export interface SafeBlock {
  /** Safe markdown, one line, without a list marker. */
  readonly markdown: string;
  /** The paragraph's text as written (for matching words). */
  readonly plain: string;
  readonly bullet: boolean;
}

/** The paragraphs of a note, each rendered as {@link safeMarkdown} would, in order; code blocks and headings left out. */
export function safeBlocks(markdown: string): SafeBlock[] {
  const blocks: SafeBlock[] = [];
  const tokens = parser.parse(markdown, {});
  let lists = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists++;
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists--;
    else if (token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
      const text = renderInline(token.children ?? []);
      if (text) blocks.push({ markdown: text, plain: token.content, bullet: lists > 0 });
    }
  }
  return blocks;
}
