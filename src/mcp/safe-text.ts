/**
 * Text for an agent: control characters (ANSI escapes, OSC 8 links, NUL) that a file could carry are shown
 * as U+FFFD. An agent may print our text to a terminal or pass it on; a template never gets to colour it,
 * move a cursor or forge a line break inside a finding. Newlines and tabs stay.
 */
export function controlFree(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
}

/** Every string inside a structured result, made {@link controlFree} (keys are ours). */
export function safeStructure<T>(value: T): T {
  if (typeof value === 'string') return controlFree(value) as T;
  if (Array.isArray(value)) return value.map(safeStructure) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeStructure(v)])) as T;
  return value;
}
