/** Resolved serverless.yml nodes as model values: known (with provenance and a YAML `replace()`) or unknown. */
import { known, unknown, type Value } from '../../model';
import { minimumLength } from '../cloudformation/values';
import { isScalar, type ScalarValue } from '../tree';
import type { Resolution } from './resolve-variables';

/**
 * A scalar value. Quick fixes (`replace`) are offered only where the value is written literally in this
 * document: a value read from another file, an interpolated string or a `${opt:x, 'fallback'}` default
 * would lose its indirection if overwritten.
 */
export function scalarValue(resolution: Resolution | undefined, derivedPrefix?: string): Value<ScalarValue> | undefined {
  if (!resolution) return undefined;
  if (!resolution.ok) return unknown(resolution.reason, resolution.span);
  const { node, span, written, inDocument, derived } = resolution.located;
  if (!isScalar(node)) return unknown('not a single value', span);
  if (node.tag) return unknown(`${node.tag} is evaluated by CloudFormation at deploy time`, span);
  if (node.value === null) return undefined;
  const provenance = derivedPrefix ? (derived ? `${derivedPrefix} ← ${derived}` : derivedPrefix) : derived;
  return known(node.value, span, {
    derived: provenance,
    replace: written && inDocument ? (v: ScalarValue) => renderYamlScalar(v) : undefined,
  });
}

export function asNumber(value: Value<ScalarValue> | undefined): Value<number> | undefined {
  if (!value || value.known === 'choice') return undefined;
  if (value.known === false) return value;
  const n = typeof value.value === 'number' ? value.value : typeof value.value === 'string' && value.value.trim() !== '' ? Number(value.value) : NaN;
  if (!Number.isFinite(n)) return unknown('not a number', value.span);
  const replace = value.replace;
  return { ...value, value: n, replace: replace ? (v: number) => replace(v) : undefined };
}

export function asText(value: Value<ScalarValue> | undefined): Value<string> | undefined {
  if (!value || value.known === 'choice') return undefined;
  if (value.known === false) return value;
  const replace = value.replace;
  return { ...value, value: String(value.value), replace: replace ? (v: string) => replace(v) : undefined };
}

/** True/false as YAML and the Framework accept them (`true`, `"true"`). */
export function asBoolean(value: Value<ScalarValue> | undefined): boolean | undefined {
  if (!value || value.known !== true) return undefined;
  if (typeof value.value === 'boolean') return value.value;
  if (value.value === 'true' || value.value === 'false') return value.value === 'true';
  return undefined;
}

/** A lower bound of the length of an unknown string: literal parts of a variable string or of `!Sub`/`!Join`. */
export function unknownMinLength(resolution: Resolution): number {
  if (!resolution.ok) return resolution.minLength;
  return minimumLength(resolution.located.node);
}

/** A scalar in YAML's own syntax: numbers and plain words as they are, anything else double-quoted. */
export function renderYamlScalar(value: ScalarValue): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

function isPlainSafe(text: string): boolean {
  if (text === '' || text.trim() !== text) return false;
  if (['true', 'false', 'null', 'yes', 'no', 'on', 'off', '~'].includes(text.toLowerCase())) return false;
  if (Number.isFinite(Number(text))) return false;
  for (const c of text) {
    const code = c.charCodeAt(0);
    const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!word && !'._-/'.includes(c)) return false;
  }
  return true;
}
