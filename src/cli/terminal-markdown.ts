/**
 * Hover markdown as terminal text. The hover escapes user strings for VS Code (`\(`, `\.`, `\-`); a terminal
 * reader wants the text those escapes stand for. The markdown is read with markdown-it (never patterns over
 * markdown) and written back from its tokens: text and code spans as they render, links as "text (url)",
 * `command:` links (VS Code commands) as their text only. The blocks are laid out by the core's blockLines, the
 * walk the hover's safe markdown uses too (flat: nesting depth costs no recursion).
 */
import MarkdownIt from 'markdown-it';
import { boundedMarkdown } from '../core';
import { blockLines, inlineLine, safeLineStart, type MarkdownToken } from '../core';
import { terminalSafe } from './terminal-safe';

const parser = boundedMarkdown(new MarkdownIt({ html: false, linkify: false }));

export interface TerminalOptions {
  /** Bold as ANSI bold (only when stdout is a terminal); otherwise bold is plain text. */
  readonly ansi?: boolean;
}

const BOLD = '\u001b[1m';
const NORMAL = '\u001b[22m';

/** The hover's markdown as plain lines for a terminal (blocks separated by one blank line, as in the hover). */
export function markdownToTerminal(markdown: string, options: TerminalOptions = {}): string {
  const lines = blockLines(parser.parse(markdown, {}), {
    inline: (children) => renderInline(children, options),
    code: (content) => content.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => `    ${terminalSafe(line)}`),
  });
  // Every field is safe already; no line may still read as a CI command (`::error …`).
  return lines.join('\n').split('\n').map(safeLineStart).join('\n');
}

function renderInline(children: readonly MarkdownToken[], options: TerminalOptions): string {
  return inlineLine(children, { token: (c) => terminalToken(c, options), link: linkText });
}

function terminalToken(c: MarkdownToken, options: TerminalOptions): string {
  switch (c.type) {
    case 'text':
    case 'html_inline':
    case 'code_inline':
    case 'image':
      return terminalSafe(c.content);
    case 'strong_open':
      return options.ansi ? BOLD : '';
    case 'strong_close':
      return options.ansi ? NORMAL : '';
    case 'softbreak':
    case 'hardbreak':
      return ' ';
    default:
      return '';
  }
}

/** "text (url)" for web links; a VS Code `command:` link (or any non-web target) keeps only its text. */
function linkText(text: string, href: string): string {
  if (!/^https?:/i.test(href)) return text;
  const url = terminalSafe(href);
  return text === url || text === '' ? url : `${text} (${url})`;
}

