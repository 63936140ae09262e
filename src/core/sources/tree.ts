/**
 * A small, format-neutral tree of a YAML or JSON document: maps, sequences and scalars with their
 * offsets and YAML tags (`!Ref`, `!If`...). Both parsers' ASTs are converted to it once, so the
 * CloudFormation and serverless.yml readers walk one shape.
 */
import type { Span } from '../text/line-index';
import { spendActive } from '../budget';

export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  readonly span: Span;
  /** YAML tag such as `!Ref`; undefined for plain nodes and for JSON. */
  readonly tag?: string;
}

export interface MapEntry {
  readonly key: string;
  readonly keySpan: Span;
  /** Undefined for `Key:` with nothing after it. */
  readonly value: TreeNode | undefined;
}

export interface MapNode extends NodeBase {
  readonly type: 'map';
  readonly entries: readonly MapEntry[];
}

export interface SeqNode extends NodeBase {
  readonly type: 'seq';
  readonly items: readonly TreeNode[];
}

export interface ScalarNode extends NodeBase {
  readonly type: 'scalar';
  readonly value: ScalarValue;
  /** True when the scalar was quoted (a quoted "30" is still a string in YAML). */
  readonly quoted?: boolean;
}

export type TreeNode = MapNode | SeqNode | ScalarNode;

/** A problem found while reading the text (syntax error, duplicate key...). */
export interface ReadProblem {
  /**
   * `not-followed`: something the file refers to was not read (a `${file()}` outside the project);
   * `internal`: a reader failed (a bug of ours, not of the file): reported as `internal-error`;
   * `stopped`: the file exhausted what a reader can hold (the stack, a string's length): `analysis-stopped`.
   */
  readonly kind: 'syntax' | 'duplicate-key' | 'limit' | 'not-followed' | 'internal' | 'stopped';
  readonly message: string;
  readonly span: Span;
}

export interface SourceComment {
  readonly span: Span;
  /** Comment text without the comment marker, trimmed. */
  readonly text: string;
}

export interface ParsedTree {
  readonly root: TreeNode | undefined;
  readonly problems: ReadProblem[];
  readonly comments: SourceComment[];
}

export function isMap(node: TreeNode | undefined): node is MapNode {
  return node?.type === 'map';
}

export function isSeq(node: TreeNode | undefined): node is SeqNode {
  return node?.type === 'seq';
}

export function isScalar(node: TreeNode | undefined): node is ScalarNode {
  return node?.type === 'scalar';
}

/** The value of `key` in a map (the last one when a key is duplicated, as CloudFormation does). */
export function get(node: TreeNode | undefined, key: string): TreeNode | undefined {
  return entry(node, key)?.value;
}

export function entry(node: TreeNode | undefined, key: string): MapEntry | undefined {
  if (node?.type !== 'map') return undefined;
  const entries = node.entries;
  if (entries.length > LARGE_MAP) return largeMapIndex(node).get(key);
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].key === key) return entries[i];
  return undefined;
}

/** Maps with more keys than this get a key index on first lookup (Resources, functions...). */
const LARGE_MAP = 16;
const indexes = new WeakMap<MapNode, Map<string, MapEntry>>();

function largeMapIndex(node: MapNode): Map<string, MapEntry> {
  let index = indexes.get(node);
  if (!index) {
    index = new Map();
    for (const e of node.entries) index.set(e.key, e); // later duplicates win, as in the linear scan
    indexes.set(node, index);
  }
  return index;
}

/** Walks `path` through nested maps. */
export function getPath(node: TreeNode | undefined, ...path: string[]): TreeNode | undefined {
  let current = node;
  for (const key of path) current = get(current, key);
  return current;
}

/** A plain (untagged) scalar's value as a string, else undefined. */
export function plainString(node: TreeNode | undefined): string | undefined {
  if (node?.type !== 'scalar' || node.tag) return undefined;
  return node.value === null ? undefined : String(node.value);
}

/** The innermost node whose span contains `offset`, with the map keys and indexes leading to it. */
export interface TreeHit {
  readonly path: ReadonlyArray<string | number>;
  /** The node hit; undefined when the offset is on a key. */
  readonly node: TreeNode | undefined;
  /** Set when the offset is on a map key. */
  readonly key?: MapEntry;
  /** The entry whose value (or key) was hit last on the way down. */
  readonly lastEntry?: MapEntry;
}

export function nodeAt(root: TreeNode | undefined, offset: number): TreeHit | undefined {
  if (!root || !contains(root.span, offset)) return undefined;
  const path: Array<string | number> = [];
  let node: TreeNode = root;
  let lastEntry: MapEntry | undefined;
  for (let depth = 0; depth < 200; depth++) {
    if (node.type === 'map') {
      const hit = node.entries.find((e) => contains(e.keySpan, offset) || (e.value && contains(e.value.span, offset)));
      if (!hit) break;
      path.push(hit.key);
      lastEntry = hit;
      if (contains(hit.keySpan, offset)) return { path, node: undefined, key: hit, lastEntry };
      node = hit.value!;
    } else if (node.type === 'seq') {
      const index = node.items.findIndex((item) => contains(item.span, offset));
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return { path, node, lastEntry };
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/**
 * The key of the innermost map entry whose value holds `span` (`VpcConfig` for the VpcConfig block, `Layers`
 * for one of its items): what a finding marks when the value itself covers several lines.
 */
export function enclosingKeySpan(root: TreeNode | undefined, span: Span): Span | undefined {
  let node = root;
  let key: Span | undefined;
  for (let depth = 0; node && depth < 200; depth++) {
    if (node.type === 'map') {
      const hit = node.entries.find((e) => e.value !== undefined && holds(e.value.span, span));
      if (!hit) break;
      key = hit.keySpan;
      node = hit.value;
    } else if (node.type === 'seq') {
      node = node.items.find((item) => holds(item.span, span));
    } else break;
  }
  return key;
}

function holds(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** How deep {@link forEachReachable} goes below its root (a template nests far less; aliases can chain far more). */
export const MAX_WALK_DEPTH = 64;

/**
 * Calls `visit` on `root` and every node below it, each node once even when aliases share it (the tree
 * is a DAG: a node reached again is skipped, so 60 levels of `[*a, *a]` cost 60 visits, not 2^60), down to
 * `maxDepth` levels, parents before children in document order. Iterative (no stack a file can
 * overflow); each visit spends one step from the running budget (budget.ts) and the walk stops when it
 * is spent or `visit` returns false.
 */
export function forEachReachable(root: TreeNode | undefined, visit: (node: TreeNode) => boolean | void, maxDepth = MAX_WALK_DEPTH): void {
  if (!root) return;
  const seen = new Set<TreeNode>();
  const stack: Array<{ node: TreeNode; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (!spendActive(1, 'walking values') || visit(node) === false) return;
    if (depth >= maxDepth) continue;
    if (node.type === 'map') {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const value = node.entries[i].value;
        if (value) stack.push({ node: value, depth: depth + 1 });
      }
    } else if (node.type === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], depth: depth + 1 });
    }
  }
}
