import type { Fix } from '../findings';
import type { KnownValue } from '../model';

/** A quick fix that rewrites a value in the source's own syntax, when the reader knows how. */
export function replaceFix<T>(value: KnownValue<T>, newValue: T, title: string): Fix | undefined {
  const newText = value.replace?.(newValue);
  if (newText === undefined) return undefined;
  return { title, edits: [{ span: value.span, newText }] };
}
