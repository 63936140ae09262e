/**
 * What a CDK file determines on its own: literals, constants bound once, simple arithmetic, template
 * strings (as a lower bound of their length), `Duration.*` / `Size.*` calls and enum members. Anything
 * else is unknown, so it never produces a finding. Every known value keeps the span where it is
 * written and renders replacements in the source's own syntax for quick fixes.
 */
import { known, unknown, type Value } from '../../model';
import type { Span } from '../../text/line-index';
import { isSpread, type Binding, type CallExpr, type CdkFileIr, type Expr } from './ir';
import { normalizeCdkPath } from './modules';
import { BYTES_PER_STEP, MAX_BUILT_STRING, MAX_COLLECTED_ITEMS, spendActive } from '../../budget';

/** A number the file determines, with where it is written and how to write another one there. */
interface NumberResult {
  readonly value: number;
  readonly span: Span;
  readonly derived?: string;
  replace(value: number): string | undefined;
}

/** A string, or a lower bound of its length when only partly known. */
export type StringResult = { readonly known: true; readonly value: string; readonly span: Span; readonly derived?: string } | { readonly known: false; readonly minLength: number; readonly span: Span };

/** One entry of an evaluated object literal (environment variables). */
export interface ObjectEntry {
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: Expr;
}

/** Bounds recursion through constants that refer to constants (and cycles). */
const MAX_DEPTH = 12;

/** Duration units in milliseconds: integers, so re-rendering a value checks divisibility exactly. */
const DURATION_MS: Record<string, number> = { millis: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/** Size units in bytes; the model counts MB (mebibytes), as Lambda does. */
const MIB = 1024 * 1024;
const SIZE_BYTES: Record<string, number> = { bytes: 1, kibibytes: 1024, mebibytes: MIB, gibibytes: 1024 * MIB, tebibytes: 1024 * 1024 * MIB };

/**
 * Constants form a DAG (`const b = `${a}${a}``; `{...e7, ...e7}`): every evaluation is memoised by
 * expression identity, spends from the running budget (budget.ts) and builds at most
 * {@link MAX_BUILT_STRING} characters per string and {@link MAX_COLLECTED_ITEMS} entries per object or list,
 * so a file of constants can't fan out into gigabytes or overflow the stack.
 */
export class Evaluator {
  private readonly strings = new WeakMap<Expr, StringResult>();
  private readonly objects = new WeakMap<Expr, { entries: ObjectEntry[]; partial: boolean } | undefined>();
  private readonly arrays = new WeakMap<Expr, Expr[] | undefined>();

  constructor(
    readonly ir: CdkFileIr,
    private readonly text: string,
  ) {}

  /** The source text of a span. */
  source(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The canonical CDK symbol an expression names (`lambda.Function` -> `aws_lambda.Function`), if any. */
  symbol(expr: Expr | undefined): string | undefined {
    const path = this.path(expr, 0);
    return path ? path.join('.') : undefined;
  }

  private path(expr: Expr | undefined, depth: number): string[] | undefined {
    if (!expr || depth > MAX_DEPTH) return undefined;
    if (expr.k === 'name') {
      const imported = this.ir.imports.get(expr.name);
      return imported ? normalizeCdkPath(imported) : undefined;
    }
    if (expr.k === 'member') {
      const base = this.path(expr.object, depth + 1);
      return base ? normalizeCdkPath([...base, expr.name]) : undefined;
    }
    return undefined;
  }

  /** The binding behind a name, when the name is bound exactly once. */
  binding(expr: Expr): Binding | undefined {
    return expr.k === 'name' && !this.ir.imports.has(expr.name) ? this.ir.bindings.get(expr.name) : undefined;
  }

  /** Follows constants to the expression that is written; `via` is the outermost constant. */
  deref(expr: Expr): { expr: Expr; via?: Binding } {
    let current = expr;
    let via: Binding | undefined;
    for (let i = 0; i < MAX_DEPTH; i++) {
      const b = this.binding(current);
      if (!b) break;
      via ??= b;
      current = b.value;
    }
    return { expr: current, via };
  }

  /** How `derived` names a constant: `const NAME` in TypeScript, `constant NAME` in Python, else the attribute. */
  derivedName(binding: Binding): string {
    if (binding.name.startsWith('this.')) return this.ir.language === 'python' ? `self.${binding.name.slice(5)}` : binding.name;
    return this.ir.language === 'python' ? `constant ${binding.name}` : `const ${binding.name}`;
  }

  private number(expr: Expr, depth = 0): NumberResult | undefined {
    if (depth > MAX_DEPTH || !spendActive(1, 'CDK evaluation')) return undefined;
    switch (expr.k) {
      case 'num':
        return { value: expr.value, span: expr.span, replace: renderNumber };
      case 'unary': {
        const operand = this.number(expr.operand, depth + 1);
        if (!operand) return undefined;
        return { value: expr.op === '-' ? -operand.value : operand.value, span: expr.span, replace: renderNumber };
      }
      case 'binary': {
        const left = this.number(expr.left, depth + 1);
        const right = this.number(expr.right, depth + 1);
        if (!left || !right) return undefined;
        const value = arithmetic(expr.op, left.value, right.value);
        return value === undefined ? undefined : { value, span: expr.span, replace: renderNumber };
      }
      case 'name': {
        const b = this.binding(expr);
        const inner = b && this.number(b.value, depth + 1);
        return inner && b ? { ...inner, derived: inner.derived ?? this.derivedName(b) } : undefined;
      }
      default:
        return undefined;
    }
  }

  /** A plain number prop (`memorySize: 1024`, `reserved_concurrent_executions=5`). */
  numberValue(expr: Expr): Value<number> {
    const n = this.number(expr);
    if (!n) return unknown('not determined by this file', expr.span);
    return known(n.value, n.span, { derived: n.derived, replace: n.replace, text: n.derived ? this.source(n.span) : undefined });
  }

  /** A string as far as the file determines it. */
  string(expr: Expr, depth = 0): StringResult {
    if (depth > MAX_DEPTH || !spendActive(1, 'CDK evaluation')) return { known: false, minLength: 0, span: expr.span };
    const memo = this.strings.get(expr);
    if (memo) return memo;
    const result = this.evaluateString(expr, depth);
    this.strings.set(expr, result);
    return result;
  }

  private evaluateString(expr: Expr, depth: number): StringResult {
    switch (expr.k) {
      case 'str':
        return { known: true, value: expr.value, span: expr.span };
      case 'tpl':
        return this.concatenate(expr.parts.map((part) => (typeof part === 'string' ? part : this.string(part, depth + 1))), expr.span);
      case 'binary': {
        if (expr.op !== '+') break;
        return this.concatenate([this.string(expr.left, depth + 1), this.string(expr.right, depth + 1)], expr.span);
      }
      case 'name': {
        const b = this.binding(expr);
        if (!b) break;
        const inner = this.string(b.value, depth + 1);
        return inner.known ? { ...inner, derived: inner.derived ?? this.derivedName(b) } : { ...inner, span: expr.span };
      }
    }
    return { known: false, minLength: 0, span: expr.span };
  }

  /**
   * Parts joined: known while every part is and the result stays within {@link MAX_BUILT_STRING}
   * characters (each built character is spent); else unknown with the sum of the parts' lengths as its
   * lower bound ("unknown, at least N bytes").
   */
  private concatenate(parts: ReadonlyArray<string | StringResult>, span: Span): StringResult {
    let length = 0;
    let complete = true;
    for (const part of parts) {
      const partLength = typeof part === 'string' ? part.length : lengthOf(part);
      length = Math.min(Number.MAX_SAFE_INTEGER, length + partLength);
      if (typeof part !== 'string' && !part.known) complete = false;
    }
    if (!complete || length > MAX_BUILT_STRING || !spendBytes(length)) return { known: false, minLength: length, span };
    let value = '';
    for (const part of parts) value += typeof part === 'string' ? part : (part as { value: string }).value;
    return { known: true, value, span };
  }

  /** A string prop as a model value. */
  stringValue(expr: Expr): Value<string> {
    const s = this.string(expr);
    return s.known ? known(s.value, s.span, { derived: s.derived }) : unknown('not determined by this file', expr.span);
  }

  /** A boolean literal (or constant). */
  booleanValue(expr: Expr): Value<boolean> {
    const { expr: e, via } = this.deref(expr);
    return e.k === 'bool' ? known(e.value, e.span, { derived: via && this.derivedName(via) }) : unknown('not determined by this file', expr.span);
  }

  /** The `Duration.<unit>(n)` call an expression is, following constants. */
  private durationCall(expr: Expr): { call: CallExpr; unit: string; via?: Binding } | undefined {
    const { expr: e, via } = this.deref(expr);
    if (e.k !== 'call' || e.callee.k !== 'member') return undefined;
    const unit = e.callee.name;
    if (DURATION_MS[unit] === undefined || this.symbol(e.callee.object) !== 'Duration') return undefined;
    return { call: e, unit, via };
  }

  /**
   * `Duration.minutes(20)` as seconds (or milliseconds with `unit: 'ms'`). Fixes keep the unit when the
   * new value divides evenly (`Duration.minutes(15)`), else fall back to seconds (or millis).
   */
  duration(expr: Expr, unit: 's' | 'ms' = 's'): Value<number> {
    const found = this.durationCall(expr);
    if (!found) return unknown('not a Duration this file determines', expr.span);
    const { call, via } = found;
    const argument = firstArgument(call, 'amount');
    const amount = argument && this.number(argument);
    if (!amount) return unknown('Duration amount not determined by this file', expr.span);
    const unitMs = DURATION_MS[found.unit];
    const toValue = (ms: number) => (unit === 's' ? ms / 1000 : ms);
    const value = toValue(amount.value * unitMs);
    const text = this.source(call.span);
    if (amount.derived) {
      // The amount is a constant: fix it where it is written, in the Duration's unit.
      return known(value, amount.span, {
        derived: amount.derived,
        text,
        replace: (v) => {
          const n = (unit === 's' ? v * 1000 : v) / unitMs;
          return Number.isInteger(n) ? amount.replace(n) : undefined;
        },
      });
    }
    const receiver = call.callee.k === 'member' ? this.source(call.callee.object.span) : 'Duration';
    return known(value, call.span, {
      derived: via && this.derivedName(via),
      text,
      replace: (v) => renderDuration(receiver, found.unit, unit === 's' ? v * 1000 : v),
    });
  }

  /** `Size.gibibytes(20)` as MB. Fixes render `Size.mebibytes(n)`. */
  size(expr: Expr): Value<number> {
    const { expr: e, via } = this.deref(expr);
    if (e.k !== 'call' || e.callee.k !== 'member' || SIZE_BYTES[e.callee.name] === undefined || this.symbol(e.callee.object) !== 'Size') {
      return unknown('not a Size this file determines', expr.span);
    }
    const argument = firstArgument(e, 'amount');
    const amount = argument && this.number(argument);
    if (!amount) return unknown('Size amount not determined by this file', expr.span);
    const bytesPerUnit = SIZE_BYTES[e.callee.name];
    const value = (amount.value * bytesPerUnit) / MIB;
    const text = this.source(e.span);
    if (amount.derived && e.callee.name === 'mebibytes') {
      return known(value, amount.span, { derived: amount.derived, text, replace: amount.replace });
    }
    const receiver = this.source(e.callee.object.span);
    return known(value, e.span, {
      derived: via ? this.derivedName(via) : amount.derived,
      text,
      replace: (mb) => (Number.isInteger(mb) ? `${receiver}.mebibytes(${mb})` : undefined),
    });
  }

  /**
   * An enum member (`lambda.Runtime.NODEJS_18_X`) looked up in `members` (member -> model value), for
   * the enum class `enumSymbol` (`aws_lambda.Runtime`). Fixes render the member for the new value.
   */
  enumValue(expr: Expr, enumSymbol: string, members: Readonly<Record<string, string>>): Value<string> {
    const { expr: e, via } = this.deref(expr);
    if (e.k === 'member' && this.symbol(e.object) === enumSymbol) {
      const value = Object.prototype.hasOwnProperty.call(members, e.name) ? members[e.name] : undefined;
      if (value === undefined) return unknown(`${e.name} is not a known member`, expr.span);
      const receiver = this.source(e.object.span);
      return known(value, e.span, {
        derived: via && this.derivedName(via),
        text: this.source(e.span),
        replace: (v) => {
          const member = Object.keys(members).find((m) => members[m] === v);
          return member ? `${receiver}.${member}` : undefined;
        },
      });
    }
    return unknown('not a member this file determines', expr.span);
  }

  /** The entries of an object literal / dict (following spreads of constants); `partial` when some are unknown. */
  objectEntries(expr: Expr, depth = 0): { entries: ObjectEntry[]; partial: boolean } | undefined {
    if (depth > MAX_DEPTH || !spendActive(1, 'CDK evaluation')) return undefined;
    // Memoised by what the name stands for: each `...e7` is a node of its own, the object it names is one.
    const { expr: e } = this.deref(expr);
    if (this.objects.has(e)) return this.objects.get(e);
    const result = this.evaluateObject(e, depth);
    this.objects.set(e, result);
    return result;
  }

  private evaluateObject(e: Expr, depth: number): { entries: ObjectEntry[]; partial: boolean } | undefined {
    if (e.k === 'object') {
      const entries: ObjectEntry[] = [];
      let partial = false;
      for (const entry of e.entries) {
        if (isSpread(entry)) {
          const inner = this.objectEntries(entry.spread, depth + 1);
          if (inner) partial = collect(entries, inner.entries) || partial || inner.partial;
          else partial = true;
        } else if (entry.key === undefined) partial = true;
        else entries.push({ name: entry.key, nameSpan: entry.keySpan, value: entry.value });
      }
      return { entries, partial };
    }
    // Python `dict(KEY="value", **other)`, and CDK structs written as calls (`dynamodb.Attribute(name=…)`).
    const pythonMapping = e.k === 'call' && this.ir.language === 'python' && ((e.callee.k === 'name' && e.callee.name === 'dict') || this.symbol(e.callee) !== undefined);
    if (e.k === 'call' && pythonMapping) {
      const entries: ObjectEntry[] = [];
      let partial = e.args.length > 0;
      for (const kw of e.keywords) {
        if (kw.key === undefined) {
          const inner = this.objectEntries(kw.value, depth + 1);
          if (inner) partial = collect(entries, inner.entries) || partial || inner.partial;
          else partial = true;
        } else entries.push({ name: kw.key, nameSpan: kw.keySpan, value: kw.value });
      }
      return { entries, partial };
    }
    return undefined;
  }

  /** The items of an array literal / list (following spreads of constants); undefined when not determined. */
  arrayItems(expr: Expr, depth = 0): Expr[] | undefined {
    if (depth > MAX_DEPTH || !spendActive(1, 'CDK evaluation')) return undefined;
    const { expr: e } = this.deref(expr);
    if (this.arrays.has(e)) return this.arrays.get(e);
    const result = this.evaluateArray(e, depth);
    this.arrays.set(e, result);
    return result;
  }

  private evaluateArray(e: Expr, depth: number): Expr[] | undefined {
    if (e.k !== 'array') return undefined;
    const items: Expr[] = [];
    for (const item of e.items) {
      if (isSpread(item)) {
        const inner = this.arrayItems(item.spread, depth + 1);
        // A list longer than the cap is not determined: a partial list could hide what the rest says.
        if (!inner || collect(items, inner)) return undefined;
      } else if (collect(items, [item])) return undefined;
    }
    return items;
  }
}

/**
 * Appends `more` to `into` one by one (a spread of a huge list into `push(...)` overflows the stack), each
 * spent; true when the cap or the budget cut it short.
 */
function collect<T>(into: T[], more: readonly T[]): boolean {
  for (const item of more) {
    if (into.length >= MAX_COLLECTED_ITEMS || !spendActive(1, 'CDK evaluation')) return true;
    into.push(item);
  }
  return false;
}

function spendBytes(length: number): boolean {
  return spendActive(Math.ceil(length / BYTES_PER_STEP), 'CDK evaluation');
}

function lengthOf(s: StringResult): number {
  return s.known ? s.value.length : s.minLength;
}

function renderNumber(n: number): string {
  return String(n);
}

function arithmetic(op: string, a: number, b: number): number | undefined {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? undefined : a / b;
    case '//':
      return b === 0 ? undefined : Math.floor(a / b);
    case '%':
      return b === 0 ? undefined : a % b;
  }
  return undefined;
}

/** Keeps the unit the author chose when the new value divides evenly, else the largest unit that does. */
function renderDuration(receiver: string, unit: string, ms: number): string | undefined {
  if (!Number.isInteger(ms)) return undefined;
  if (ms % DURATION_MS[unit] === 0) return `${receiver}.${unit}(${ms / DURATION_MS[unit]})`;
  const fallback = ms % 1000 === 0 ? 'seconds' : 'millis';
  return `${receiver}.${fallback}(${ms / DURATION_MS[fallback]})`;
}

/** The first positional argument, or the keyword argument `name` (Python `Duration.seconds(amount=30)`). */
export function firstArgument(call: CallExpr, name?: string): Expr | undefined {
  const first = call.args[0];
  if (first && !isSpread(first)) return first;
  return name ? call.keywords.find((k) => k.key === name)?.value : undefined;
}

/** The n-th positional argument when it is not a spread. */
export function argument(call: CallExpr, index: number): Expr | undefined {
  for (let i = 0; i <= index && i < call.args.length; i++) if (isSpread(call.args[i])) return undefined;
  const a = call.args[index];
  return a && !isSpread(a) ? a : undefined;
}
