/**
 * Hover markdown as terminal text. The hover escapes user strings for VS Code (`\(`, `\.`, `\-`); a terminal
 * reader wants the text those escapes stand for. The markdown is read with markdown-it (never patterns over
 * markdown) and written back from its tokens: text and code spans as they render, links as "text (url)",
 * `command:` links (VS Code commands) as their text only. The token stream is flat (block tokens, one level of
 * inline children), so nesting depth costs no recursion.
 */
import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt({ html: false, linkify: false });

type Token = ReturnType<typeof parser.parse>[number];

export interface TerminalOptions {
  /** Bold as ANSI bold (only when stdout is a terminal); otherwise bold is plain text. */
  readonly ansi?: boolean;
}

const BOLD = '\u001b[1m';
const NORMAL = '\u001b[22m';

/** The hover's markdown as plain lines for a terminal (blocks separated by one blank line, as in the hover). */
export function markdownToTerminal(markdown: string, options: TerminalOptions = {}): string {
  const lines: string[] = [];
  const prefixes: string[] = [];
  let pendingItem: string | undefined;
  const blankBefore = () => {
    if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  };
  for (const token of parser.parse(markdown, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (prefixes.length === 0) blankBefore();
        prefixes.push('list');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        prefixes.pop();
        break;
      case 'list_item_open':
        // markdown-it puts an ordered item's number in `info` and its delimiter in `markup`.
        pendingItem = token.info ? `${token.info}${token.markup} ` : '- ';
        break;
      case 'blockquote_open':
        if (prefixes.length === 0) blankBefore();
        prefixes.push('> ');
        break;
      case 'blockquote_close':
        prefixes.pop();
        break;
      case 'paragraph_open':
      case 'heading_open':
        if (prefixes.length === 0) blankBefore();
        break;
      case 'inline': {
        const text = renderInline(token.children ?? [], options);
        if (!text) break;
        lines.push(linePrefix(prefixes, pendingItem) + text);
        pendingItem = undefined;
        break;
      }
      case 'fence':
      case 'code_block':
        if (prefixes.length === 0) blankBefore();
        for (const line of token.content.replace(/\n$/, '').split('\n')) lines.push(linePrefix(prefixes, undefined) + '    ' + terminalSafe(line));
        break;
      case 'hr':
        blankBefore();
        lines.push('---');
        break;
    }
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  while (lines.length && lines[0] === '') lines.shift();
  return lines.join('\n');
}

/** Quote marks for every open quote; a list item's marker on its first line, its indentation after. */
function linePrefix(prefixes: readonly string[], itemMarker: string | undefined): string {
  let prefix = '';
  for (let i = 0; i < prefixes.length; i++) {
    if (prefixes[i] === '> ') prefix += '> ';
    else prefix += i === prefixes.length - 1 && itemMarker ? itemMarker : '  ';
  }
  return prefix;
}

function renderInline(children: readonly Token[], options: TerminalOptions): string {
  let out = '';
  let link: { href: string; text: string } | undefined;
  const emit = (s: string) => {
    if (link) link.text += s;
    else out += s;
  };
  for (const c of children) {
    switch (c.type) {
      case 'text':
      case 'html_inline':
      case 'code_inline':
      case 'image':
        emit(terminalSafe(c.content));
        break;
      case 'strong_open':
        if (options.ansi) emit(BOLD);
        break;
      case 'strong_close':
        if (options.ansi) emit(NORMAL);
        break;
      case 'softbreak':
      case 'hardbreak':
        emit(' ');
        break;
      case 'link_open':
        link = { href: String(c.attrGet('href') ?? ''), text: '' };
        break;
      case 'link_close':
        if (link) out += linkText(link.text, link.href);
        link = undefined;
        break;
    }
  }
  if (link) out += link.text;
  return out.trim();
}

/** "text (url)" for web links; a VS Code `command:` link (or any non-web target) keeps only its text. */
function linkText(text: string, href: string): string {
  if (!/^https?:/i.test(href)) return text;
  const url = terminalSafe(href);
  return text === url || text === '' ? url : `${text} (${url})`;
}

/**
 * Control characters a user string could carry (a YAML `"\e[31m"`, an OSC 8 hyperlink) shown as U+FFFD
 * instead of reaching the terminal: text in a file never moves the cursor, colours the screen or makes a link.
 */
function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
