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
  const map: Record<string, string> = {};
  let exact = !environment.partial;
  for (const variable of environment.variables) {
    if (variable.value.known === true) map[variable.name] = variable.value.value;
    else {
      exact = false;
      map[variable.name] = 'x'.repeat(variable.minLength ?? 0);
    }
  }
  return { bytes: encoder.encode(JSON.stringify(map)).length, exact };
}
