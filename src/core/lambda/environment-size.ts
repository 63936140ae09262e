import type { Environment } from '../model';

export interface EnvironmentSize {
  /** UTF-8 bytes of the compact JSON of the variables, as Lambda measures them. */
  readonly bytes: number;
  /** False when some values are unknown: `bytes` is then a lower bound. */
  readonly exact: boolean;
}

const encoder = new TextEncoder();

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
  const entries = new Map<string, number>(); // name -> bytes of `"name":"value"` (the later one wins, as in a map)
  let exact = true;
  for (const variable of variables) {
    const name = utf8Length(JSON.stringify(variable.name));
    if (variable.value.known === true) entries.set(variable.name, name + 1 + utf8Length(JSON.stringify(variable.value.value)));
    else {
      exact = false;
      entries.set(variable.name, name + 1 + 2 + (variable.minLength ?? 0));
    }
  }
  let bytes = 2 + Math.max(0, entries.size - 1); // braces and commas
  for (const size of entries.values()) bytes += size;
  return { bytes, exact };
}

function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
