/**
 * What both CDK front ends (TypeScript/JavaScript and Python) share over a tree-sitter syntax tree: the
 * parser interface the faces inject, an iterative walk (a file's nesting never becomes our call
 * stack's), comments from `comment` nodes, and the bound on how deep an expression is converted.
 */
import type { Node as SyntaxNode } from 'web-tree-sitter';
import type { WorkBudget } from '../../budget';
import type { Span } from '../../text/line-index';
import type { ReadProblem, SourceComment } from '../tree';
import { mayHaveDirectives, sourceComment } from './comments';

/** What the readers need of a web-tree-sitter parser already set to its grammar. */
export interface TreeSitterParser {
  parse(text: string): { readonly rootNode: SyntaxNode; delete(): void } | null;
}

export type { SyntaxNode };

/**
 * Expressions nested deeper than this are not converted (their value is unknown); calls inside them are
 * still found by the walk. Real stacks nest a few dozen levels at most (Step Functions JSON included).
 */
export const MAX_EXPRESSION_DEPTH = 100;

export function span(node: SyntaxNode): Span {
  // web-tree-sitter parses JavaScript strings as UTF-16, so indices are string offsets.
  return { start: node.startIndex, end: node.endIndex };
}

/**
 * Calls `visit` for every node whose type is in `types`, in source order (pre-order). tree-sitter walks
 * the tree in its own code with a cursor (`descendantsOfType`): no recursion on the file's nesting,
 * and one call into WebAssembly instead of several per node. Each visit spends one budget step; the
 * walk stops when the budget is spent.
 */
export function forEachNode(root: SyntaxNode, types: readonly string[], visit: (node: SyntaxNode) => void, budget?: WorkBudget): void {
  // ('ERROR' in the list makes web-tree-sitter 0.25.10 return nothing: error nodes have forEachErrorNode.)
  for (const node of root.descendantsOfType([...types])) {
    if (budget && !budget.spend(1, 'CDK reading')) return;
    if (node) visit(node);
  }
}

/** Calls `visit` for every ERROR node (a tree cursor walk, only when the tree has errors). */
export function forEachErrorNode(root: SyntaxNode, visit: (node: SyntaxNode) => void, budget?: WorkBudget): void {
  if (!root.hasError) return;
  const cursor = root.walk();
  try {
    for (;;) {
      if (budget && !budget.spend(1, 'CDK reading')) return;
      if (cursor.nodeType === 'ERROR') visit(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return;
    }
  } finally {
    cursor.delete();
  }
}

/** The named children of a node, comments left out (tree-sitter puts comments anywhere). */
export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
}

/**
 * The named children of a node with their types, comments left out. Every `type` is a call into
 * WebAssembly: the converters read each node's type once, here, and pass it on.
 */
export function typedChildren(node: SyntaxNode): Array<{ readonly node: SyntaxNode; readonly type: string }> {
  const out: Array<{ node: SyntaxNode; type: string }> = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    const type = child.type;
    if (type !== 'comment') out.push({ node: child, type });
  }
  return out;
}

/** Field ids by name, per grammar. */
const fieldIds = new WeakMap<object, Map<string, number>>();

/**
 * `node.childForFieldName(name)` without its linear search of the grammar's field names (a few dozen
 * string comparisons on each of the thousands of calls a stack makes).
 */
export function fieldChild(node: SyntaxNode, name: string): SyntaxNode | null {
  const language = node.tree.language;
  let ids = fieldIds.get(language);
  if (!ids) {
    ids = new Map();
    language.fields.forEach((field, id) => field && !ids!.has(field) && ids!.set(field, id));
    fieldIds.set(language, ids);
  }
  const id = ids.get(name);
  return id === undefined ? null : node.childForFieldId(id);
}

/** The source text of a node whose span is known (`node.text` reads the end again, in WebAssembly). */
export function textAt(text: string, at: Span): string {
  return text.slice(at.start, at.end);
}

/** Every comment of the file, in source order: `//` and `/* *\/` in TypeScript/JavaScript, `#` in Python. */
export function treeComments(root: SyntaxNode, text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  for (const node of root.descendantsOfType('comment')) {
    if (!node) continue;
    const { start, end } = span(node);
    if (text.startsWith('/*', start)) comments.push(sourceComment(text, start, end, '/*', '*/'));
    else if (text.startsWith('//', start)) comments.push(sourceComment(text, start, end, '//'));
    else if (text.startsWith('#', start)) comments.push(sourceComment(text, start, end, '#'));
  }
  return comments;
}

/** Records where expressions were too deep to convert, for one information finding per file. */
export class DepthLimit {
  /** Outermost places where conversion stopped (a place inside one already recorded is the same expression). */
  private readonly places: Span[] = [];

  /** Called where conversion stopped. */
  skipped(at: Span): void {
    if (this.places.some((p) => p.start <= at.start && at.end <= p.end)) return;
    this.places.push(at);
  }

  problems(): ReadProblem[] {
    if (this.places.length === 0) return [];
    const count = this.places.length;
    const first = this.places.reduce((a, b) => (b.start < a.start ? b : a));
    const where = count === 1 ? 'One expression' : `${count.toLocaleString('en-US')} expressions`;
    return [
      {
        kind: 'limit',
        message: `${where} nested deeper than ${MAX_EXPRESSION_DEPTH} levels ${count === 1 ? 'was' : 'were'} not read: values inside ${count === 1 ? 'it' : 'them'} are unknown; the rest of the file is analysed.`,
        span: { start: first.start, end: first.start + 1 },
      },
    ];
  }
}

/**
 * Parses a file, reads its CDK imports and converts it to the neutral form, or undefined when it imports
 * nothing from the CDK: the shape both language frontends share. Frees the tree, which lives in
 * WebAssembly memory (or every analysis leaks a tree).
 */
export function withCdkTree<Imports extends { readonly size: number }, Ir>(
  parser: TreeSitterParser,
  text: string,
  readImports: (root: SyntaxNode, text: string) => Imports,
  convert: (root: SyntaxNode, imports: Imports) => Ir,
): (Ir & { comments: SourceComment[] }) | undefined {
  const tree = parser.parse(text);
  if (!tree) return undefined;
  try {
    const root = tree.rootNode;
    const imports = readImports(root, text);
    if (imports.size === 0) return undefined;
    const comments = mayHaveDirectives(text) ? treeComments(root, text) : [];
    return { ...convert(root, imports), comments };
  } finally {
    tree.delete();
  }
}
