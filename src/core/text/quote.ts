/**
 * A user's value as a message quotes it: at most {@link MAX_QUOTED} characters, cut with "…", on one line.
 * Every rule message and read problem that echoes text from the analysed file goes through here, so a
 * 200 KB tag or value never becomes a 200 KB diagnostic.
 */
export const MAX_QUOTED = 80;

export function quote(value: unknown, max = MAX_QUOTED): string {
  let text = typeof value === 'string' ? value : String(value);
  // One line: newlines and other control characters would break the message layout.
  if (/[\u0000-\u001f\u007f]/.test(text.length > max * 4 ? text.slice(0, max * 4) : text)) {
    text = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/[\u0000-\u001f\u007f]+/g, ' ');
  }
  if (text.length <= max) return text;
  let cut = max - 1;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}
