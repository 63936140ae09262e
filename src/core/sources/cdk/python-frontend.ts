/**
 * Python CDK front end: a tree-sitter syntax tree -> the neutral form in `ir.ts`. The parser is
 * injected (web-tree-sitter with the Python grammar, loaded by the faces); nothing is executed.
 */
import type { WorkBudget } from '../../budget';
import type { Span } from '../../text/line-index';
import type { Binding, CallExpr, CdkFileIr, Entry, Expr, Prop, Spread } from './ir';
import { cdkModulePathPy } from './modules';
import { DepthLimit, fieldChild, forEachNode, MAX_EXPRESSION_DEPTH, span, textAt, typedChildren, type SyntaxNode, type TreeSitterParser } from './syntax-tree';
import { withCdkTree } from './syntax-tree';

/** A tree-sitter parser set to the Python grammar. */
export type PythonParser = TreeSitterParser;

/** Builds the neutral form of a file, or undefined when it imports nothing from the CDK. */
export function pythonIr(parser: PythonParser, text: string, budget?: WorkBudget): CdkFileIr | undefined {
  return withCdkTree(parser, text, readImports, (root, imports) => new Converter(imports, text).run(root, budget));
}

function readImports(root: SyntaxNode): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  // Imports anywhere in the file: top level, `try:` blocks, and inside `__init__` or a function (seen in
  // real stacks). A local import binds its name in that scope only; file-wide is close enough for CDK aliases.
  const statements = root.descendantsOfType(['import_statement', 'import_from_statement']);
  for (const statement of statements) {
    if (!statement) continue;
    if (statement.type === 'import_statement') {
      for (const name of statement.childrenForFieldName('name')) {
        if (!name) continue;
        if (name.type === 'aliased_import') {
          const path = cdkModulePathPy(name.childForFieldName('name')?.text ?? '');
          const alias = name.childForFieldName('alias')?.text;
          if (path && alias) imports.set(alias, path);
        } else if (cdkModulePathPy(name.text)) {
          // `import aws_cdk.aws_lambda` binds `aws_cdk`; the rest is reached by attribute access.
          imports.set('aws_cdk', []);
        }
      }
    } else if (statement.type === 'import_from_statement') {
      const base = cdkModulePathPy(statement.childForFieldName('module_name')?.text ?? '');
      if (!base) continue;
      if (statement.namedChildren.some((c) => c?.type === 'wildcard_import')) imports.set('*', base);
      for (const name of statement.childrenForFieldName('name')) {
        if (!name) continue;
        const imported = name.type === 'aliased_import' ? name.childForFieldName('name')?.text : name.text;
        const local = name.type === 'aliased_import' ? name.childForFieldName('alias')?.text : name.text;
        if (imported && local) imports.set(local, [...base, ...imported.split('.')]);
      }
    }
  }
  return imports;
}

const BINARY_OPERATORS = new Set(['+', '-', '*', '/', '//', '%']);

/** The node types the walk stops at (`attribute` only when the text names `current_version`). */
const VISITED = ['assignment', 'augmented_assignment', 'for_statement', 'parameters', 'call'];

/** The expressions the walk stops at too: converted once, by node id. */
const MEMOISED = new Set(['call', 'attribute']);

class Converter {
  private readonly memo = new Map<number, Expr>();
  private readonly calls: CallExpr[] = [];
  private readonly versionRefs: Expr[] = [];
  private readonly occurrences = new Map<string, Array<Binding | undefined>>();
  private readonly depth = new DepthLimit();

  constructor(
    private readonly imports: Map<string, string[]>,
    private readonly text: string,
  ) {}

  run(root: SyntaxNode, budget: WorkBudget | undefined): Omit<CdkFileIr, 'comments'> {
    forEachNode(root, this.text.includes('current_version') ? [...VISITED, 'attribute'] : VISITED, (node) => this.visit(node), budget);
    const bindings = new Map<string, Binding | undefined>();
    for (const [name, list] of this.occurrences) bindings.set(name, list.length === 1 ? list[0] : undefined);
    this.calls.sort((a, b) => a.span.start - b.span.start);
    return { language: 'python', imports: this.imports, bindings, calls: this.calls, versionRefs: this.versionRefs, problems: this.depth.problems() };
  }

  private bind(name: string, nameNode: SyntaxNode, value: Expr | undefined): void {
    const list = this.occurrences.get(name) ?? [];
    list.push(value ? { name, nameSpan: span(nameNode), value } : undefined);
    this.occurrences.set(name, list);
    if (value?.k === 'call') value.boundTo ??= { name, span: span(nameNode) };
  }

  /** Marks every identifier in a target (tuple unpacking, loop variables, parameters) as not constant. */
  private bindUnknown(target: SyntaxNode | null): void {
    const stack = target ? [target] : [];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'identifier') this.bind(node.text, node, undefined);
      else {
        for (const child of node.namedChildren) {
          if (!child || child.type === 'type') continue;
          const name = child.type === 'default_parameter' || child.type === 'typed_default_parameter' ? child.childForFieldName('name') : child;
          if (name) stack.push(name);
        }
      }
    }
  }

  /** One node of the walk (which goes on into its children by itself). */
  private visit(node: SyntaxNode): void {
    switch (node.type) {
      case 'assignment': {
        const left = fieldChild(node, 'left');
        const right = fieldChild(node, 'right');
        const leftType = left?.type;
        const target = left && (leftType === 'identifier' || leftType === 'attribute') ? this.convert(left, 0, leftType) : undefined;
        if (left && right && target?.k === 'name') this.bind(target.name, left, this.convert(right));
        else if (left && right && leftType !== 'attribute' && leftType !== 'subscript') this.bindUnknown(left);
        break;
      }
      case 'augmented_assignment':
        this.bindUnknown(node.childForFieldName('left'));
        break;
      case 'for_statement':
        this.bindUnknown(node.childForFieldName('left'));
        break;
      case 'parameters':
        this.bindUnknown(node);
        break;
      case 'call':
        this.convert(node);
        break;
      case 'attribute':
        if (node.childForFieldName('attribute')?.text === 'current_version') this.versionRefs.push(this.convert(node));
        break;
    }
  }

  /**
   * The expression at `node`; deeper than {@link MAX_EXPRESSION_DEPTH} levels it is unknown (and
   * recorded). `type` is the node's type when the caller has read it already.
   */
  private convert(node: SyntaxNode, depth = 0, type = node.type): Expr {
    // The walk comes back to the nodes it stops at (a call inside an assignment's value): one Expr, one call.
    const memoised = MEMOISED.has(type);
    const done = memoised ? this.memo.get(node.id) : undefined;
    if (done) return done;
    if (depth > MAX_EXPRESSION_DEPTH) {
      // Not memoised: the walk still reaches the calls inside and converts them from depth 0.
      this.depth.skipped(span(node));
      return { k: 'other', span: span(node) };
    }
    const expr = this.build(node, type, depth + 1);
    if (memoised) this.memo.set(node.id, expr);
    return expr;
  }

  private build(node: SyntaxNode, type: string, d: number): Expr {
    const s = span(node);
    const field = (name: string) => fieldChild(node, name);
    switch (type) {
      case 'parenthesized_expression': {
        const inner = typedChildren(node)[0];
        return inner ? this.convert(inner.node, d, inner.type) : { k: 'other', span: s };
      }
      case 'integer':
      case 'float': {
        const value = Number(textAt(this.text, s).split('_').join(''));
        return Number.isFinite(value) ? { k: 'num', value, span: s } : { k: 'other', span: s };
      }
      case 'string':
        return stringExpr(this.stringParts(node, d), s);
      case 'concatenated_string':
        return stringExpr(typedChildren(node).flatMap((c) => (c.type === 'string' ? this.stringParts(c.node, d) : [])), s);
      case 'true':
      case 'false':
        return { k: 'bool', value: type === 'true', span: s };
      case 'none':
        return { k: 'null', span: s };
      case 'identifier':
        return { k: 'name', name: textAt(this.text, s), span: s };
      case 'attribute': {
        const object = field('object');
        const attribute = field('attribute');
        if (!object || !attribute) return { k: 'other', span: s };
        const nameSpan = span(attribute);
        const name = textAt(this.text, nameSpan);
        const objectType = object.type;
        if (objectType === 'identifier' && object.text === 'self') return { k: 'name', name: `this.${name}`, span: s };
        return { k: 'member', object: this.convert(object, d, objectType), name, nameSpan, span: s };
      }
      case 'call': {
        const fn = field('function');
        const argumentList = field('arguments');
        const args: Array<Expr | Spread> = [];
        const keywords: Prop[] = [];
        if (argumentList?.type === 'argument_list') {
          for (const { node: a, type: t } of typedChildren(argumentList)) {
            if (t === 'keyword_argument') {
              const name = fieldChild(a, 'name');
              const value = fieldChild(a, 'value');
              const keySpan = name && span(name);
              if (keySpan && value) keywords.push({ key: textAt(this.text, keySpan), keySpan, value: this.convert(value, d) });
            } else if (t === 'list_splat') {
              args.push({ spread: this.first(a, d), span: span(a) });
            } else if (t === 'dictionary_splat') {
              // `**kwargs`: some props are not known.
              keywords.push({ key: undefined, keySpan: span(a), value: this.first(a, d) });
            } else args.push(this.convert(a, d, t));
          }
        }
        const call: CallExpr = { k: 'call', callee: fn ? this.convert(fn, d) : { k: 'other', span: s }, args, keywords, span: s };
        this.calls.push(call);
        return call;
      }
      case 'dictionary': {
        const entries: Entry[] = [];
        for (const { node: c, type: t } of typedChildren(node)) {
          if (t === 'pair') {
            const key = fieldChild(c, 'key');
            const value = fieldChild(c, 'value');
            if (!key || !value) continue;
            const k = this.convert(key, d);
            entries.push({ key: k.k === 'str' ? k.value : undefined, keySpan: span(key), value: this.convert(value, d) });
          } else if (t === 'dictionary_splat') entries.push({ spread: this.first(c, d), span: span(c) });
          else entries.push({ key: undefined, keySpan: span(c), value: { k: 'other', span: span(c) } });
        }
        return { k: 'object', entries, span: s };
      }
      case 'list':
      case 'tuple':
        return {
          k: 'array',
          items: typedChildren(node).map((c) => (c.type === 'list_splat' ? { spread: this.first(c.node, d), span: span(c.node) } : this.convert(c.node, d, c.type))),
          span: s,
        };
      case 'binary_operator': {
        const op = field('operator')?.text ?? '';
        const left = field('left');
        const right = field('right');
        if (left && right && BINARY_OPERATORS.has(op)) return { k: 'binary', op, left: this.convert(left, d), right: this.convert(right, d), span: s };
        return { k: 'other', span: s };
      }
      case 'unary_operator': {
        const op = field('operator')?.text ?? '';
        const argument = field('argument');
        if (argument && (op === '-' || op === '+')) return { k: 'unary', op, operand: this.convert(argument, d), span: s };
        return { k: 'other', span: s };
      }
      default:
        return { k: 'other', span: s };
    }
  }

  private first(node: SyntaxNode, d: number): Expr {
    const inner = node.namedChildren.find((c) => !!c);
    return inner ? this.convert(inner, d) : { k: 'other', span: span(node) };
  }

  /** The literal text and `{…}` substitutions of one string node. */
  private stringParts(node: SyntaxNode, d: number): Array<string | Expr> {
    const parts: Array<string | Expr> = [];
    let raw = false;
    for (const child of node.namedChildren) {
      if (!child) continue;
      // One pass: the grammar puts `string_start` (the prefix and quote) before the contents.
      const type = child.type;
      if (type === 'string_start') raw ||= child.text.toLowerCase().includes('r');
      else if (type === 'string_content') {
        const text = textAt(this.text, span(child));
        parts.push(raw ? text : unescapePython(text));
      } else if (type === 'interpolation') {
        const expression = fieldChild(child, 'expression');
        parts.push(expression ? this.convert(expression, d) : { k: 'other', span: span(child) });
      }
    }
    return parts;
  }
}

function stringExpr(parts: Array<string | Expr>, s: Span): Expr {
  if (parts.every((p) => typeof p === 'string')) return { k: 'str', value: parts.join(''), span: s };
  return { k: 'tpl', parts, span: s };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Decodes the common backslash escapes of a Python string literal (character by character). */
function unescapePython(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[++i];
    if (next === '\n') continue;
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLength) {
      const code = Number.parseInt(text.slice(i + 1, i + 1 + hexLength), 16);
      if (Number.isFinite(code) && code <= 0x10ffff) {
        out += String.fromCodePoint(code);
        i += hexLength;
        continue;
      }
    }
    out += SIMPLE_ESCAPES[next] ?? `\\${next}`;
  }
  return out;
}
