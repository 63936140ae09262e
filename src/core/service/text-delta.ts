/**
 * Where two versions of a text differ, as one changed region (common prefix and suffix), so a hover on the
 * newest version can be answered from the previous finished analysis: offsets outside the region map to
 * the old text; inside it there is nothing to map (the caller analyses the new text).
 */
export interface TextDelta {
  /** Length of the common prefix. */
  readonly prefix: number;
  /** End of the changed region in the old text and in the new text. */
  readonly oldEnd: number;
  readonly newEnd: number;
}

export function textDelta(oldText: string, newText: string): TextDelta {
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** The old offset of a new offset, undefined inside the changed region (or touching it). */
export function toOldOffset(delta: TextDelta, offset: number): number | undefined {
  if (offset < delta.prefix) return offset;
  if (offset > delta.newEnd) return offset - delta.newEnd + delta.oldEnd;
  return undefined;
}

/** The new offset of an old offset (clamped to the changed region's edges when inside it). */
export function toNewOffset(delta: TextDelta, offset: number): number {
  if (offset <= delta.prefix) return offset;
  if (offset >= delta.oldEnd) return offset - delta.oldEnd + delta.newEnd;
  return delta.prefix;
}
