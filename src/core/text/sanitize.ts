/**
 * The one function every text sink passes a field through before it prints it: `check`'s text output, stderr,
 * `explain`, `quiz` (interactive, `--list`, the Anki export), the rules listing, log lines naming a path.
 * A field (a file name, a function name, a message, a note's sentence) can never start a new line, move the
 * cursor, colour the terminal, set the window title, make an OSC 8 link or reorder what is shown: so a
 * repository can't print `::error file=…` (a GitHub Actions workflow command) as a line of its own.
 * JSON and SARIF escape control characters themselves; SARIF URIs are percent-encoded ({@link uriPath}).
 */

/** What an unsafe character becomes: visible, one character, never a control. */
export const UNSAFE_REPLACEMENT = '\ufffd';

/**
 * C0 controls (tab, line feed and carriage return included), DEL, C1 controls, the Unicode line and paragraph
 * separators, and the bidirectional controls (LRM/RLM U+200E/F, ALM U+061C, embeddings and overrides
 * U+202A–202E, isolates U+2066–2069) that make a terminal or a log viewer show text in another order.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Whether a string holds a character {@link safeField} would replace. */
export function hasUnsafeCharacter(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/** One field of a line of text output: every unsafe character (see {@link UNSAFE}) replaced by U+FFFD. */
export function safeField(text: string): string {
  return UNSAFE_TEST.test(text) ? text.replace(UNSAFE, UNSAFE_REPLACEMENT) : text;
}

/**
 * A block of text whose line breaks are meant (an explained hover, a quiz snippet): each line made safe
 * with {@link safeField} (a lone CR, a tab or an escape inside a line are replaced), and no line may start
 * with `::` (GitHub Actions reads such a line as a command even after leading spaces).
 */
export function safeLines(text: string): string {
  return text
    .split(/\r\n|\n/)
    .map((line) => safeLineStart(safeField(line)))
    .join('\n');
}

/** A whole output line: a line that would start with `::` (after spaces) gets a visible U+FFFD before it. */
export function safeLineStart(line: string): string {
  return /^\s*::/.test(line) ? UNSAFE_REPLACEMENT + line : line;
}

/**
 * A file path as a URI reference (SARIF `artifactLocation.uri`): `/`-separated, each segment
 * percent-encoded as RFC 3986 asks (unreserved characters and `!'()*` kept; `%`, spaces, `#`, `?`, `:`,
 * controls and non-ASCII are encoded), so a file name can't add a query, a fragment or a control character.
 */
export function uriPath(path: string): string {
  return path
    .split(/[\\/]/)
    // A lone surrogate has no UTF-8 form (encodeURIComponent would throw): it becomes U+FFFD first.
    .map((segment) => encodeURIComponent(segment.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, UNSAFE_REPLACEMENT)))
    .join('/');
}
