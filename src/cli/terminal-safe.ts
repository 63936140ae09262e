/**
 * Control characters a user string could carry (a YAML `"\e[31m"`, an OSC 8 hyperlink) shown as U+FFFD
 * instead of reaching the terminal: text in a file never moves the cursor, colours the screen or makes a link.
 * Every user string the CLI prints as text goes through here (JSON and SARIF escape them already).
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
