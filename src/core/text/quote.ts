/**
 * A user's value as a message quotes it: at most {@link MAX_QUOTED} characters, cut with "…", on one line.
 * Every rule message and read problem that echoes text from the analysed file goes through here, so a
 * 200 KB tag or value never becomes a 200 KB diagnostic.
 */
import { hasUnsafeCharacter, safeField } from './sanitize';

export const MAX_QUOTED = 80;

export function quote(value: unknown, max = MAX_QUOTED): string {
  let text = typeof value === 'string' ? value : String(value);
  // One line: newlines, other control characters (C0, DEL, C1) and bidi controls would break the message
  // layout or reorder what it shows (the set is sanitize.ts's, runs folded to one space).
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  if (hasUnsafeCharacter(head)) text = safeField(head).replace(/\ufffd+/g, ' ');
  if (text.length <= max) return text;
  let cut = max - 1;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}
