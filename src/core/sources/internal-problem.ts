import { quote } from '../text/quote';
import type { ReadProblem } from './tree';

/** A reader's failure (a bug of ours) as one problem that names the reader; the caller carries on with what it has. */
export function internalProblem(what: string, error: unknown): ReadProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message: `Internal error in ${what}: ${quote(message)}. Please report it; the rest is analysed where possible.`, span: { start: 0, end: 0 } };
}
