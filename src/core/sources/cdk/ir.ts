/**
 * The language-neutral form both CDK front ends (TypeScript, Python) produce: just the expressions a
 * CDK stack is made of (calls, member access, literals, objects, arrays), with source spans. The
 * mapping to the serverless model is written once over this form.
 */
import type { Span } from '../../text/line-index';
import type { ReadProblem, SourceComment } from '../tree';

/** One `key: value` of an object literal / dict, or one keyword argument. */
export interface Prop {
  /** The key as written, or `undefined` for a computed/non-literal key. */
  readonly key: string | undefined;
  readonly keySpan: Span;
  readonly value: Expr;
}

export interface Spread {
  /** `...x` in TypeScript, `**x` in Python. */
  readonly spread: Expr;
  readonly span: Span;
}

export type Entry = Prop | Spread;

export type Expr =
  | { readonly k: 'num'; readonly value: number; readonly span: Span }
  | { readonly k: 'str'; readonly value: string; readonly span: Span }
  /** Template string / f-string: literal parts as strings, substitutions as expressions. */
  | { readonly k: 'tpl'; readonly parts: ReadonlyArray<string | Expr>; readonly span: Span }
  | { readonly k: 'bool'; readonly value: boolean; readonly span: Span }
  | { readonly k: 'null'; readonly span: Span }
  /** An identifier, or `this.x` / `self.x` (named `this.x`, one namespace for both languages). */
  | { readonly k: 'name'; readonly name: string; readonly span: Span }
  | { readonly k: 'member'; readonly object: Expr; readonly name: string; readonly nameSpan: Span; readonly span: Span }
  | CallExpr
  | { readonly k: 'object'; readonly entries: readonly Entry[]; readonly span: Span }
  | { readonly k: 'array'; readonly items: ReadonlyArray<Expr | Spread>; readonly span: Span }
  | { readonly k: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr; readonly span: Span }
  | { readonly k: 'unary'; readonly op: string; readonly operand: Expr; readonly span: Span }
  /** Anything else (functions, conditionals, comprehensions…): unknown. */
  | { readonly k: 'other'; readonly span: Span };

/** `new X(a, b, {…})` / `f(a)` in TypeScript, `X(a, b, key=value)` in Python. */
export interface CallExpr {
  readonly k: 'call';
  readonly callee: Expr;
  readonly args: ReadonlyArray<Expr | Spread>;
  /** Python keyword arguments (TypeScript passes props as an object argument instead). */
  readonly keywords: readonly Prop[];
  readonly span: Span;
  /** The variable or attribute the result is assigned to (`const fn = new …`, `self.fn = …`). */
  boundTo?: { readonly name: string; readonly span: Span };
}

/** A name bound to a value once (`const X = …`, a Python name assigned once). */
export interface Binding {
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: Expr;
}

export type CdkLanguage = 'typescript' | 'python';

/** What a front end hands to the mapper. */
export interface CdkFileIr {
  readonly language: CdkLanguage;
  /** Local name -> canonical CDK symbol path (`[]` is `aws-cdk-lib` itself, `['aws_lambda']` a module…). */
  readonly imports: ReadonlyMap<string, readonly string[]>;
  /**
   * Constant bindings by name. A name bound more than once in the file (a `let` reassigned, the same
   * name in two scopes) maps to `undefined`: its value is not determined.
   */
  readonly bindings: ReadonlyMap<string, Binding | undefined>;
  /** Every call / `new` expression, in source order (nested ones included). */
  readonly calls: readonly CallExpr[];
  /** Member expressions naming `currentVersion` / `current_version` (a function publishes versions). */
  readonly versionRefs: readonly Expr[];
  /** The file's comments, for suppression directives; empty when the text holds no directive. */
  readonly comments: readonly SourceComment[];
  /** What the front end could not read (expressions nested too deep), reported as information findings. */
  readonly problems: readonly ReadProblem[];
}

export function isSpread(e: Entry | Expr | Spread): e is Spread {
  return (e as Spread).spread !== undefined;
}
