import { spendActive } from '../budget';
import type { Environment } from '../model';

export interface EnvironmentSize {
  /** UTF-8 bytes of the compact JSON of the variables, as Lambda measures them. */
  readonly bytes: number;
  /** False when some values are unknown: `bytes` is then a lower bound. */
  readonly exact: boolean;
}


/**
 * Lambda measures the compact JSON of the whole map (`{"KEY":"value",...}`), UTF-8 encoded; see the
 * facts sheet. Unknown values count as their known minimum (at least `""`), so the size is a lower bound.
 */
export function environmentSize(environment: Environment): EnvironmentSize {
  // Functions sharing one environment share its variable list: measured once.
  let size = measured.get(environment.variables);
  if (!size) measured.set(environment.variables, (size = measure(environment.variables)));
  return environment.partial && size.exact ? { bytes: size.bytes, exact: false } : size;
}

const measured = new WeakMap<Environment['variables'], EnvironmentSize>();

function measure(variables: Environment['variables']): EnvironmentSize {
  // Counted entry by entry, never built as one string: an unknown value's lower bound can be larger than
  // any string the engine holds ("at least N bytes" from a fanned-out constant).
  spendActive(variables.length, 'measuring environments');
  const entries = new Map<string, number>(); // name -> bytes of `"name":"value"` (the later one wins, as in a map)
  let exact = true;
  for (const variable of variables) {
    const name = jsonUtf8Length(variable.name);
    if (variable.value.known === true) entries.set(variable.name, name + 1 + jsonUtf8Length(variable.value.value));
    else {
      exact = false;
      entries.set(variable.name, name + 1 + 2 + (variable.minLength ?? 0));
    }
  }
  let bytes = 2 + Math.max(0, entries.size - 1); // braces and commas
  for (const size of entries.values()) bytes += size;
  return { bytes, exact };
}

/**
 * UTF-8 bytes of `JSON.stringify(text)`, counted without building it: quotes, two-character escapes,
 * `\u00XX` for other control characters and lone surrogates, 1-4 bytes per code point otherwise.
 */
export function jsonUtf8Length(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20) bytes += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}
