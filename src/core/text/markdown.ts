/**
 * The one way a user-controlled string (note headings and bodies, template values, variable texts, file and
 * function names) enters hover markdown. Like VS Code's `MarkdownString.appendText`/`appendCodeblock`: the
 * caller never concatenates raw user text into markdown.
 */

import { safeField } from './sanitize';

/**
 * Every character with a meaning in CommonMark, GFM or an editor's renderer, `\` included: emphasis, code,
 * links, images, HTML and entities, block starts (`#`, `-`, `+`, `=`, `>`, `|`, `1.`), autolinks (`:` of
 * `http://`, `.` of `www.`, `@` of e-mail), math (`$`). Only quotes, `,`, `;`, `?`, `%` and `^` are left.
 */
const PUNCTUATION = /[!#$&()*+\-./:<=>@[\\\]_`{|}~]/g;

/**
 * Plain text as markdown that renders as exactly that text: every metacharacter escaped (no link, emphasis,
 * HTML, autolink — `http\:` and `www\.` are not linkified), line breaks folded to spaces (no new block).
 */
export function mdText(value: string): string {
  return oneLine(capped(value)).replace(PUNCTUATION, (c) => `\\${c}`);
}

/**
 * A value as inline code that cannot close early: the backtick fence is longer than any backtick run in the
 * value, padded with spaces when the value starts or ends with a backtick (CommonMark strips one space each
 * side). Line breaks are folded to spaces: a blank line would end the paragraph and the code span with it.
 */
export function mdCode(value: string): string {
  const text = oneLine(capped(value));
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text === '' ? ' ' : text}${pad}${fence}`;
}

/** A fenced code block for multi-line text: the fence is longer than any backtick run inside. */
export function mdCodeBlock(value: string, language = ''): string[] {
  const fence = '`'.repeat(Math.max(3, longestRun(value, '`') + 1));
  return [`${fence}${language.replace(/[^A-Za-z0-9_-]/g, '')}`, ...value.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n'), fence];
}

/** Only `https:` URLs may become links; anything else (command:, file:, javascript:, relative) is refused. */
export function isSafeHttpsUrl(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A link whose text is escaped and whose target is an https URL or a `command:` link built by our own code
 * ({@link isOwnCommandLink}); any other target leaves the text alone, unlinked.
 */
export function mdLink(text: string, href: string | undefined): string {
  return mdLinkAround(mdText(text), href);
}

/** {@link mdLink} around a label that is already safe markdown (escaped text, code spans, emphasis). */
export function mdLinkAround(label: string, href: string | undefined): string {
  if (!href) return label;
  if (isSafeHttpsUrl(href)) return `[${label}](<${encodeURI(decodeURISafe(href)).replace(/[<>]/g, encodeURIComponent)}>)`;
  if (isOwnCommandLink(href)) return `[${label}](${href})`;
  return label;
}

/** The extension's commands a hover may link to. Arguments are validated again when the command runs. */
export const HOVER_COMMANDS = ['serverlessNotes.openTopic'] as const;

/** `command:<one of ours>?<percent-encoded JSON>` with no character that could end the link. */
export function isOwnCommandLink(href: string): boolean {
  const match = /^command:([A-Za-z.]+)(?:\?([A-Za-z0-9%._~!*'-]*))?$/.exec(href);
  return !!match && (HOVER_COMMANDS as readonly string[]).includes(match[1]);
}

/**
 * The most characters of one user string a hover quotes (a heading, a value, a name): a 1 MB heading in a
 * note must not become a 3 MB hover once escaped. Longer strings are cut with "…".
 */
export const MAX_MARKDOWN_FIELD = 1000;

function capped(value: string): string {
  if (value.length <= MAX_MARKDOWN_FIELD) return value;
  let cut = MAX_MARKDOWN_FIELD - 1;
  // Never split a surrogate pair.
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${value.slice(0, cut)}…`;
}

/** Line breaks folded to one space; other controls and bidi controls (which reorder what a hover shows) made visible. */
function oneLine(value: string): string {
  return safeField(value.replace(/[\r\n\u2028\u2029]+/g, ' '));
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

function decodeURISafe(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
