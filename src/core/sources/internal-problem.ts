import { quote } from '../text/quote';
import type { ReadProblem } from './tree';

/**
 * A reader's failure as one problem that names the reader; the caller carries on with what it has. A
 * resource a file exhausted (the stack, the longest string or array the engine holds) is the file's doing,
 * not a bug of ours: a `stopped` problem saying what was skipped. Anything else is a bug: `internal`.
 */
export function internalProblem(what: string, error: unknown): ReadProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (isResourceExhaustion(error)) {
    return { kind: 'stopped', message: `The file asks ${what} for more than it can hold (${quote(message)}): what it read before was kept, the rest of this file was not analysed.`, span: { start: 0, end: 0 } };
  }
  return { kind: 'internal', message: `Internal error in ${what}: ${quote(message)}. Please report it; the rest is analysed where possible.`, span: { start: 0, end: 0 } };
}

/** Stack overflow, "Invalid string length", "Invalid array length": the engine's own limits, reached by input size. */
export function isResourceExhaustion(error: unknown): boolean {
  return error instanceof RangeError && /call stack|string length|array length/i.test(error.message);
}
