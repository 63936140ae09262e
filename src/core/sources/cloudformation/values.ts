/**
 * Resolves template values as far as the template itself determines them: literals, `Ref` to a
 * parameter's `Default`, `Fn::FindInMap` with literal keys, both branches of `Fn::If`, and `Fn::Sub`
 * without variables. Anything else is unknown, so it never produces a finding.
 */
import { known, unknown, type Value } from '../../model';
import { forEachReachable, get, isScalar, isSeq, type MapNode, type ScalarValue, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';
import { spendActive } from '../../budget';

export interface TemplateScope {
  readonly parameters: MapNode | undefined;
  readonly mappings: MapNode | undefined;
}

/**
 * Deeper chains (`!If` through anchors, `!Join` of joins) are unknown. Results are memoised, so the bound
 * is for the stack, not for time: a chain a real template writes is far shorter.
 */
const MAX_RESOLVE_DEPTH = 128;
/** A value with more possible outcomes than this (an `!If` chain) is unknown: no rule would say anything useful of it. */
export const MAX_CHOICES = 64;

/**
 * Values are DAGs (aliases share nodes; an `!If` chain through anchors has 2^n paths): a node is resolved
 * once per scope and the result reused, so each node costs one step however often it is reached.
 */
const resolved = new WeakMap<TemplateScope, WeakMap<TreeNode, Value<ScalarValue> | undefined>>();

/** A scalar value as the template determines it. */
export function resolveScalar(node: TreeNode | undefined, scope: TemplateScope, depth = 0): Value<ScalarValue> | undefined {
  if (!node) return undefined;
  let memo = resolved.get(scope);
  if (!memo) resolved.set(scope, (memo = new WeakMap()));
  if (memo.has(node)) return memo.get(node);
  if (!spendActive(1, 'resolving values')) return unknown('not resolved: the analysis stopped (work budget spent)', node.span);
  const value = resolveUncached(node, scope, depth);
  memo.set(node, value);
  return value;
}

function resolveUncached(node: TreeNode, scope: TemplateScope, depth: number): Value<ScalarValue> | undefined {
  if (depth > MAX_RESOLVE_DEPTH) return unknown('too deeply nested', node.span);
  if (isScalar(node) && !node.tag) return known(node.value, node.span, node.quoted ? { replace: quotedReplacement } : undefined);
  const intrinsic = intrinsicOf(node);
  if (!intrinsic) return unknown(isScalar(node) ? `unknown tag ${node.tag}` : 'not a scalar', node.span);
  const arg = intrinsic.argument;
  switch (intrinsic.name) {
    case 'Ref': {
      const name = isScalar(arg) ? String(arg.value) : undefined;
      if (name === 'AWS::NoValue') return undefined;
      const parameter = name ? get(scope.parameters, name) : undefined;
      const fallback = get(parameter, 'Default');
      if (fallback && isScalar(fallback) && !fallback.tag) {
        return known(fallback.value, fallback.span, { derived: `parameter ${name} (Default)` });
      }
      return unknown(`Ref ${name ?? ''} has no default`, node.span);
    }
    case 'Fn::FindInMap': {
      if (!isSeq(arg) || arg.items.length < 3) return unknown('FindInMap needs three arguments', node.span);
      const keys = arg.items.slice(0, 3).map((item) => resolveScalar(item, scope, depth + 1));
      if (!keys.every((k) => k?.known === true)) return unknown('FindInMap keys are not literal', node.span);
      const path = keys.map((k) => String((k as { value: ScalarValue }).value));
      const target = get(get(get(scope.mappings, path[0]), path[1]), path[2]);
      if (target && isScalar(target) && !target.tag) return known(target.value, target.span, { derived: `Mappings.${path.join('.')}` });
      return unknown('FindInMap target not found', node.span);
    }
    case 'Fn::If': {
      if (!isSeq(arg) || arg.items.length !== 3) return unknown('If needs three arguments', node.span);
      // Options are kept flat and distinct: a choice of choices of the same values stays two options.
      const options: Value<ScalarValue>[] = [];
      for (const branch of [arg.items[1], arg.items[2]]) {
        const value = resolveScalar(branch, scope, depth + 1);
        for (const option of value?.known === 'choice' ? value.options : value ? [value] : []) if (!options.includes(option)) options.push(option);
      }
      if (options.length === 0) return undefined;
      if (options.length > MAX_CHOICES) return unknown(`more than ${MAX_CHOICES} possible values`, node.span);
      return { known: 'choice', span: node.span, options };
    }
    case 'Fn::Sub': {
      const template = isScalar(arg) ? arg : isSeq(arg) && isScalar(arg.items[0]) ? arg.items[0] : undefined;
      if (template && typeof template.value === 'string' && !template.value.includes('${')) return known(template.value, template.span);
      return unknown('Sub with variables', node.span);
    }
    default:
      return unknown(`${intrinsic.name} is not evaluated`, node.span);
  }
}

/** A quoted scalar (every JSON string) stays quoted when a fix replaces it; the double-quoted form is valid YAML and JSON. */
function quotedReplacement(value: ScalarValue): string {
  return JSON.stringify(String(value));
}

/** Lower bounds already computed: a `!Join` of aliases is a DAG, each node is measured once. */
const minimumLengths = new WeakMap<TreeNode, number>();

/**
 * A lower bound of the length of a string value that is not known (literal text of `Fn::Sub`/`Fn::Join`),
 * saturating at `Number.MAX_SAFE_INTEGER`. Memoised by node; deeper than {@link MAX_RESOLVE_DEPTH} joins
 * count 0 (still a lower bound).
 */
export function minimumLength(node: TreeNode | undefined, depth = 0): number {
  if (!node || depth > MAX_RESOLVE_DEPTH) return 0;
  const memo = minimumLengths.get(node);
  if (memo !== undefined) return memo;
  if (!spendActive(1, 'measuring values')) return 0;
  const length = measure(node, depth);
  minimumLengths.set(node, length);
  return length;
}

function measure(node: TreeNode, depth: number): number {
  const intrinsic = intrinsicOf(node);
  if (!intrinsic) return 0;
  const arg = intrinsic.argument;
  if (intrinsic.name === 'Fn::Sub') {
    const template = isScalar(arg) ? arg.value : isSeq(arg) && isScalar(arg.items[0]) ? arg.items[0].value : undefined;
    return typeof template === 'string' ? literalLengthOfSub(template) : 0;
  }
  if (intrinsic.name === 'Fn::Join' && isSeq(arg) && arg.items.length === 2 && isScalar(arg.items[0]) && isSeq(arg.items[1])) {
    const separator = String(arg.items[0].value ?? '');
    const parts = arg.items[1].items;
    let length = separator.length * Math.max(0, parts.length - 1);
    for (const part of parts) length += isScalar(part) && !part.tag ? String(part.value ?? '').length : minimumLength(part, depth + 1);
    return Math.min(length, Number.MAX_SAFE_INTEGER);
  }
  return 0;
}

/** Characters of a `Fn::Sub` template outside its `${...}` variables (`${!Literal}` stays literal). */
function literalLengthOfSub(template: string): number {
  let length = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '$' && template[i + 1] === '{' && template[i + 2] !== '!') {
      const close = template.indexOf('}', i + 2);
      if (close < 0) return length + template.length - i;
      i = close;
    } else length++;
  }
  return length;
}

/** A value as a number, accepting numeric strings ("30") as CloudFormation does. */
export function toNumber(value: Value<ScalarValue> | undefined): Value<number> | undefined {
  if (!value) return undefined;
  if (value.known === 'choice') {
    return { known: 'choice', span: value.span, options: value.options.map((o) => toNumber(o)).filter((o): o is Value<number> => !!o) };
  }
  if (value.known === false) return value;
  const n = typeof value.value === 'number' ? value.value : typeof value.value === 'string' && value.value.trim() !== '' ? Number(value.value) : NaN;
  if (!Number.isFinite(n)) return unknown('not a number', value.span);
  return { ...value, value: n, replace: (v: number) => String(v) };
}

/** A value as a string. */
export function toText(value: Value<ScalarValue> | undefined): Value<string> | undefined {
  if (!value) return undefined;
  if (value.known === 'choice') {
    return { known: 'choice', span: value.span, options: value.options.map((o) => toText(o)).filter((o): o is Value<string> => !!o) };
  }
  if (value.known === false) return value;
  if (value.value === null) return unknown('null', value.span);
  const quoted = value.replace;
  return { ...value, value: String(value.value), replace: (v: string) => (quoted ? quoted(v) : v) };
}

/** A value as a boolean ("true"/"false" strings included). */
export function toBoolean(value: Value<ScalarValue> | undefined): Value<boolean> | undefined {
  if (!value) return undefined;
  if (value.known === 'choice') {
    return { known: 'choice', span: value.span, options: value.options.map((o) => toBoolean(o)).filter((o): o is Value<boolean> => !!o) };
  }
  if (value.known === false) return value;
  const v = value.value;
  if (typeof v === 'boolean') return { ...value, value: v };
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return { ...value, value: v.toLowerCase() === 'true' };
  return unknown('not a boolean', value.span);
}

/** The logical id a `Ref`/`Fn::GetAtt`/`Fn::Sub "${X.Arn}"` points at, when it names one. */
export function referencedId(node: TreeNode | undefined): string | undefined {
  const intrinsic = intrinsicOf(node);
  if (!intrinsic) return undefined;
  const arg = intrinsic.argument;
  if (intrinsic.name === 'Ref') return isScalar(arg) ? String(arg.value) : undefined;
  if (intrinsic.name === 'Fn::GetAtt') {
    if (isScalar(arg) && typeof arg.value === 'string') return arg.value.split('.')[0];
    if (isSeq(arg) && isScalar(arg.items[0])) return String(arg.items[0].value);
  }
  return undefined;
}

/**
 * Logical ids a value mentions anywhere (`${Fn.Arn}` in `Fn::Sub`, `Fn::GetAtt` inside `Fn::Join`...):
 * each node once, however often aliases share it (see {@link forEachReachable}).
 */
export function mentionedIds(node: TreeNode | undefined, out: Set<string> = new Set()): Set<string> {
  forEachReachable(node, (n) => {
    const direct = referencedId(n);
    if (direct) out.add(direct);
    const intrinsic = intrinsicOf(n);
    if (intrinsic?.name === 'Fn::Sub') {
      const template = isScalar(intrinsic.argument) ? intrinsic.argument.value : isSeq(intrinsic.argument) && isScalar(intrinsic.argument.items[0]) ? intrinsic.argument.items[0].value : undefined;
      if (typeof template === 'string') for (const name of subVariables(template)) out.add(name.split('.')[0]);
    }
  });
  return out;
}

/** Variable names inside `${...}` of a `Fn::Sub` template. */
export function subVariables(template: string): string[] {
  const names: string[] = [];
  for (let i = template.indexOf('${'); i >= 0; i = template.indexOf('${', i + 2)) {
    const close = template.indexOf('}', i + 2);
    if (close < 0) break;
    const name = template.slice(i + 2, close);
    if (!name.startsWith('!')) names.push(name.trim());
  }
  return names;
}
