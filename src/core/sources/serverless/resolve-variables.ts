/**
 * Resolves Serverless Framework variables as far as the project itself determines them:
 * `${self:...}` paths, `${sls:stage}` and `${opt:...}` defaults (as deployed without CLI options),
 * `${file(...)}` through the injected FileAccess, nested variables and interpolation. `${env:}`,
 * `${ssm:}`, `${cf:}`, `${aws:}`, `${param:}` and any other source are known only at deploy time:
 * unknown, so they never produce a finding.
 */
import type { Span } from '../../text/line-index';
import { parseJsonTree } from '../json-tree';
import type { FileAccess, FileRead } from '../source';
import { get, isMap, isScalar, isSeq, type MapNode, type ReadProblem, type ScalarNode, type ScalarValue, type TreeNode } from '../tree';
import { parseYamlTree } from '../yaml-tree';
import { mayHaveVariables, parseCandidates, splitVariables, type Candidate } from './variable-syntax';
import { unlimitedBudget, type WorkBudget } from '../../budget';
import { mdCode, mdText } from '../../text/markdown';

/** A node of the configuration with where it counts in the analysed document. */
export interface Located {
  readonly node: TreeNode;
  /** The node's span, or for a node from another file, where that file is referenced in this document. */
  readonly span: Span;
  /** False for nodes read from another file (`${file(...)}`): their own spans belong to that file. */
  readonly inDocument: boolean;
  /** False for values the resolver made up (interpolated strings, fallbacks): nothing to rewrite in place. */
  readonly written: boolean;
  /** Where the value comes from when it is not written at its point of use (`custom.timeout`). */
  readonly derived?: string;
}

/** A variable's result: a node, or unknown with the least length its known parts have. */
export type Resolution = { readonly ok: true; readonly located: Located } | { readonly ok: false; readonly reason: string; readonly minLength: number; readonly span: Span };

type Lookup = Resolution | { readonly ok: 'missing' };

/** Variables nested deeper than this (a chain of references) are left unknown. */
const MAX_DEPTH = 24;

const TOO_DEEP = 'variables nested too deeply';
const STOPPED = 'not resolved: the analysis stopped (work budget spent)';

/** Resolved strings longer than this are unknown (a 2 KB file of doubling variables reaches 2^30 characters). */
export const MAX_RESOLVED_LENGTH = 100_000;
/** `${file()}` refusals listed one by one; the rest are one problem. */
export const MAX_LISTED_REFUSALS = 10;

/** Stage and region the Framework uses when neither the CLI nor `provider` sets them. */
export const FRAMEWORK_DEFAULTS = { stage: 'dev', region: 'us-east-1' } as const;

/** Sources whose values only exist at deploy time. */
const DEPLOY_TIME_SOURCES: Record<string, string> = {
  env: 'an environment variable, read at deploy time',
  ssm: 'an SSM parameter, read at deploy time',
  cf: 'a CloudFormation stack output, read at deploy time',
  aws: 'an AWS account value, read at deploy time',
  param: 'a Serverless parameter, set per stage outside this file',
  s3: 'an S3 object, read at deploy time',
  secrets: 'a secret, read at deploy time',
  construct: 'a plugin construct, known only after deployment',
};

export function inDocument(node: TreeNode): Located {
  return { node, span: node.span, inDocument: true, written: true };
}

/** An included file: its parsed content, absent (the Framework takes the fallback), or refused with why. */
type Included = { readonly content: TreeNode | string } | { readonly refused: string } | undefined;

/** All files one configuration includes through `${file()}` together: more is not read. */
export const MAX_INCLUDED_TOTAL_BYTES = 4 * 1024 * 1024;

export class VariableResolver {
  /** By the path as written; `byKey` by the file itself (its real path), so spellings share one parse. */
  private readonly files = new Map<string, Included>();
  private readonly byKey = new Map<string, Included>();
  private includedBytes = 0;
  private readonly refusals = new Map<string, ReadProblem>();
  /**
   * Resolutions by value: the node and where it counts (span, provenance). A node's answer does not
   * depend on who asks (a cycle makes every node on it unknown, whoever enters it first), so each node is
   * resolved once per document: `y0: ${self:custom.y1}${self:custom.y1}` … 30 levels was 2^30 lookups.
   * An answer cut by the depth bound is kept too (unknown is safe; not keeping it was exponential again);
   * one cut by the work budget is not.
   */
  private readonly resolved = new Map<TreeNode, Map<string, Resolution>>();
  /** Memo keys being resolved now: meeting one again is a cycle. */
  private readonly inProgress = new Set<string>();
  private nextNodeId = 0;
  private readonly nodeIds = new WeakMap<TreeNode, number>();

  constructor(
    private readonly root: MapNode,
    private readonly fileName: string,
    private readonly fileAccess: FileAccess | undefined,
    /** Every variable looked up spends one step (see budget.ts); once spent, values are unknown. */
    private readonly budget: WorkBudget = unlimitedBudget(),
  ) {}

  /**
   * One information problem per included file that was not read (why, never its contents), for the first
   * {@link MAX_LISTED_REFUSALS} spellings; the rest are counted in one more (20,000 spellings of one
   * refused path are two findings, not 20,000).
   */
  get problems(): ReadProblem[] {
    const all = [...this.refusals.values()];
    if (all.length <= MAX_LISTED_REFUSALS) return all;
    const rest = all.slice(MAX_LISTED_REFUSALS);
    return [...all.slice(0, MAX_LISTED_REFUSALS), { kind: 'not-followed', message: `${rest.length.toLocaleString('en-US')} more \${file()} paths were not read, for the same kinds of reasons; the values they give are unknown.`, span: rest[0].span }];
  }

  /** Follows the variables of one node (not of its children). Never throws. */
  resolve(located: Located): Resolution {
    return this.resolveLocated(located, 0, []);
  }

  /** The value at `key` of a (resolved) map, not itself resolved. */
  child(parent: Located | undefined, key: string): Located | undefined {
    if (!parent) return undefined;
    const resolved = this.resolve(parent);
    if (!resolved.ok) return undefined;
    return childOf(resolved.located, key);
  }

  /** `child` then `resolve`; undefined when the key is absent. */
  value(parent: Located | undefined, key: string): Resolution | undefined {
    const located = this.child(parent, key);
    return located && this.resolve(located);
  }

  /** What each variable in a string scalar resolves to, for hovers. */
  explain(node: ScalarNode): string[] {
    if (typeof node.value !== 'string' || !mayHaveVariables(node.value)) return [];
    const lines: string[] = [];
    const located = inDocument(node);
    for (const part of splitVariables(node.value)) {
      if (part.kind !== 'variable') continue;
      const result = this.resolveVariable(part.body, part.raw, located, 0, []);
      lines.push(`${mdCode(part.raw)} → ${describe(result)}`);
    }
    return lines;
  }

  private resolveLocated(located: Located, depth: number, stack: readonly string[]): Resolution {
    const node = located.node;
    if (!isScalar(node) || node.tag || typeof node.value !== 'string' || !mayHaveVariables(node.value)) return { ok: true, located };
    const key = `${located.span.start}:${located.span.end}:${located.inDocument ? 1 : 0}${located.written ? 1 : 0}:${located.derived ?? ''}`;
    let byPlace = this.resolved.get(node);
    const cached = byPlace?.get(key);
    if (cached) return cached;
    const progressKey = `${this.nodeId(node)}@${key}`;
    if (this.inProgress.has(progressKey)) return { ok: false, reason: `${truncate(node.value)} refers to itself`, minLength: 0, span: located.span };
    this.inProgress.add(progressKey);
    let result: Resolution;
    try {
      result = this.resolveString(node.value, located, depth, stack);
    } finally {
      this.inProgress.delete(progressKey);
    }
    if (result.ok || result.reason !== STOPPED) {
      if (!byPlace) this.resolved.set(node, (byPlace = new Map()));
      byPlace.set(key, result);
    }
    return result;
  }

  private nodeId(node: TreeNode): number {
    let id = this.nodeIds.get(node);
    if (id === undefined) this.nodeIds.set(node, (id = this.nextNodeId++));
    return id;
  }

  private resolveString(text: string, located: Located, depth: number, stack: readonly string[]): Resolution {
    const parts = splitVariables(text);
    if (!parts.some((p) => p.kind === 'variable')) return { ok: true, located };
    if (parts.length === 1 && parts[0].kind === 'variable') return this.resolveVariable(parts[0].body, parts[0].raw, located, depth, stack);
    // Interpolation: every part must be a known scalar; otherwise the known parts give a minimum length.
    let out = '';
    let minLength = 0;
    let unknownReason: string | undefined;
    for (const part of parts) {
      if (part.kind === 'text') {
        out += part.text;
        minLength += part.text.length;
        continue;
      }
      const result = this.resolveVariable(part.body, part.raw, located, depth, stack);
      const scalar = result.ok ? scalarText(result.located.node) : undefined;
      if (scalar === undefined) {
        unknownReason ??= result.ok ? `${part.raw} is not a single value` : result.reason;
        if (!result.ok) minLength += result.minLength;
        continue;
      }
      out += scalar;
      minLength += scalar.length;
      // Fan-out doubles a string per level: past the cap it is unknown, at least this long.
      if (out.length > MAX_RESOLVED_LENGTH) return { ok: false, reason: `the resolved text is longer than ${MAX_RESOLVED_LENGTH.toLocaleString('en-US')} characters`, minLength: MAX_RESOLVED_LENGTH, span: located.span };
    }
    // A lower bound stays one when capped (tripling variables would overflow it).
    if (unknownReason !== undefined) return { ok: false, reason: unknownReason, minLength: Math.min(minLength, MAX_RESOLVED_LENGTH), span: located.span };
    return { ok: true, located: synthetic(out, located) };
  }

  private resolveVariable(body: string, raw: string, at: Located, depth: number, stack: readonly string[]): Resolution {
    if (depth > MAX_DEPTH) return { ok: false, reason: TOO_DEEP, minLength: 0, span: at.span };
    if (!this.budget.spend(1, 'variable resolution')) return { ok: false, reason: STOPPED, minLength: 0, span: at.span };
    let text = body;
    if (mayHaveVariables(body)) {
      // Inner variables first, as the Framework does (`${file(./${opt:stage}.yml):key}`).
      const inner = this.resolveString(body, { ...at, node: { type: 'scalar', value: body, span: at.span } }, depth + 1, stack);
      const innerText = inner.ok ? scalarText(inner.located.node) : undefined;
      if (innerText === undefined) return { ok: false, reason: inner.ok ? `${raw} is not resolved` : inner.reason, minLength: 0, span: at.span };
      text = innerText;
    }
    const candidates = parseCandidates(text);
    for (const candidate of candidates) {
      if (candidate.kind === 'literal') {
        const first = candidates[0];
        const of = first.kind === 'reference' ? `\${${first.raw}}` : raw;
        return { ok: true, located: { ...synthetic(candidate.value, at), derived: `default of ${of}` } };
      }
      const found = this.lookup(candidate, at, depth, stack);
      if (found.ok === 'missing') continue;
      return found;
    }
    return { ok: false, reason: `${raw} is not resolved`, minLength: 0, span: at.span };
  }

  private lookup(candidate: Extract<Candidate, { kind: 'reference' }>, at: Located, depth: number, stack: readonly string[]): Lookup {
    const { source, address } = candidate;
    if (source === 'self') return this.lookupSelf(address, at, depth, stack);
    if (source === 'opt') return { ok: 'missing' }; // analysed as deployed without CLI options
    if (source === 'sls') {
      if (address === 'stage') return this.lookupSelf('provider.stage', at, depth, stack);
      return { ok: false, reason: `\${sls:${address}} is known only at deploy time`, minLength: 0, span: at.span };
    }
    if (source === 'file') return this.lookupFile(candidate.param ?? '', address, at, depth, stack);
    const what = DEPLOY_TIME_SOURCES[source] ?? `a \`${source}\` variable, not resolved here`;
    return { ok: false, reason: `\${${candidate.raw}} is ${what}`, minLength: 0, span: at.span };
  }

  private lookupSelf(address: string, at: Located, depth: number, stack: readonly string[]): Lookup {
    const key = `self:${address}`;
    if (stack.includes(key)) return { ok: false, reason: `\${${key}} refers to itself`, minLength: 0, span: at.span };
    const path = address === '' ? [] : address.split('.');
    const found = this.walk(inDocument(this.root), path, depth, [...stack, key]);
    if (found.ok === 'missing') {
      const fallback = address === 'provider.stage' ? FRAMEWORK_DEFAULTS.stage : address === 'provider.region' ? FRAMEWORK_DEFAULTS.region : undefined;
      if (fallback === undefined) return found;
      return { ok: true, located: { ...synthetic(fallback, at), derived: `the Framework's default ${path[1]}` } };
    }
    if (!found.ok) return found;
    const resolved = this.resolveLocated(found.located, depth + 1, [...stack, key]);
    if (!resolved.ok) return resolved;
    return { ok: true, located: { ...resolved.located, derived: chain(address, resolved.located.derived) } };
  }

  private lookupFile(path: string, address: string, at: Located, depth: number, stack: readonly string[]): Lookup {
    if (!this.fileAccess) return { ok: false, reason: `${path} is not read here`, minLength: 0, span: at.span };
    const lower = path.toLowerCase();
    if (lower.endsWith('.js') || lower.endsWith('.cjs') || lower.endsWith('.mjs') || lower.endsWith('.ts')) {
      return { ok: false, reason: `${path} is code, run at deploy time`, minLength: 0, span: at.span };
    }
    const key = `file(${path}):${address}`;
    if (stack.includes(key)) return { ok: false, reason: `${key} refers to itself`, minLength: 0, span: at.span };
    const included = this.readFile(path);
    if (included === undefined) return { ok: 'missing' };
    if ('refused' in included) {
      const reason = `\${file(${truncate(path)})} is ${included.refused}`;
      if (!this.refusals.has(path)) this.refusals.set(path, { kind: 'not-followed', message: `${reason}; the values it gives are unknown.`, span: at.span });
      return { ok: false, reason, minLength: 0, span: at.span };
    }
    const content = included.content;
    const anchor: Located = { node: at.node, span: at.span, inDocument: false, written: false };
    const root: Located = typeof content === 'string' ? { ...synthetic(content, anchor), inDocument: false } : { ...anchor, node: content };
    const found = this.walk(root, address === '' ? [] : address.split('.'), depth, [...stack, key]);
    if (found.ok === 'missing' || !found.ok) return found;
    const resolved = this.resolveLocated(found.located, depth + 1, [...stack, key]);
    if (!resolved.ok) return resolved;
    return { ok: true, located: { ...resolved.located, derived: chain(key, resolved.located.derived) } };
  }

  private readFile(path: string): Included {
    if (this.files.has(path)) return this.files.get(path);
    const included = this.readUncached(path);
    this.files.set(path, included);
    return included;
  }

  private readUncached(path: string): Included {
    let read: FileRead | string | undefined;
    try {
      read = this.fileAccess?.readFile(this.fileName, path);
    } catch {
      return undefined; // an unreadable file is a missing one, as the Framework treats it
    }
    if (read === undefined) return undefined;
    if (typeof read !== 'string' && 'refused' in read) return { refused: read.refused };
    const text = typeof read === 'string' ? read : read.text;
    const key = typeof read === 'string' ? undefined : read.key;
    if (key !== undefined && this.byKey.has(key)) return this.byKey.get(key);
    let included: Included;
    if (this.includedBytes + text.length > MAX_INCLUDED_TOTAL_BYTES) {
      included = { refused: `not read: the files this configuration includes add up to more than ${MAX_INCLUDED_TOTAL_BYTES / 1024 / 1024} MB` };
    } else {
      this.includedBytes += text.length;
      try {
        const lower = path.toLowerCase();
        const content = lower.endsWith('.json') ? parseJsonTree(text, this.budget).root : lower.endsWith('.yml') || lower.endsWith('.yaml') ? parseYamlTree(text, this.budget).root : text;
        included = content === undefined ? undefined : { content };
      } catch {
        included = undefined; // an unparsable file is a missing one, as the Framework treats it
      }
    }
    if (key !== undefined) this.byKey.set(key, included);
    return included;
  }

  /** Walks a dotted path, resolving variables met on the way (`custom: ${file(./custom.yml)}`). */
  private walk(start: Located, path: readonly string[], depth: number, stack: readonly string[]): Lookup {
    let current = start;
    for (const key of path) {
      const resolved = this.resolveLocated(current, depth + 1, stack);
      if (!resolved.ok) return resolved;
      const next = childOf(resolved.located, key);
      if (!next) return { ok: 'missing' };
      current = next;
    }
    return { ok: true, located: current };
  }
}

/** The child at `key` (a map key, or a list index), carrying where it counts in the document. */
export function childOf(parent: Located, key: string): Located | undefined {
  const node = parent.node;
  let child: TreeNode | undefined;
  if (isMap(node)) child = get(node, key);
  else if (isSeq(node) && key !== '' && Number.isInteger(Number(key))) child = node.items[Number(key)];
  if (!child) return undefined;
  return parent.inDocument ? { node: child, span: child.span, inDocument: true, written: parent.written } : { ...parent, node: child };
}

function synthetic(value: ScalarValue, at: Located): Located {
  return { node: { type: 'scalar', value, span: at.span }, span: at.span, inDocument: at.inDocument, written: false };
}

function scalarText(node: TreeNode): string | undefined {
  if (!isScalar(node) || node.tag || node.value === null) return undefined;
  return String(node.value);
}

function chain(outer: string, inner: string | undefined): string {
  return inner ? `${outer} ← ${inner}` : outer;
}

function describe(result: Resolution): string {
  if (!result.ok) return `unknown here: ${mdText(result.reason)}`;
  const node = result.located.node;
  const from = result.located.derived ? ` (from ${mdText(result.located.derived)})` : '';
  if (isScalar(node) && !node.tag) return `${mdCode(truncate(String(node.value)))}${from}`;
  if (isMap(node)) return `a map of ${node.entries.length} keys${from}`;
  if (isSeq(node)) return `a list of ${node.items.length} items${from}`;
  return `a CloudFormation ${mdCode(node.tag ?? '')} value, evaluated at deploy time${from}`;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
