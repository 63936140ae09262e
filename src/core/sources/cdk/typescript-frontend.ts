/**
 * TypeScript/JavaScript CDK front end: a tree-sitter syntax tree (tree-sitter-typescript's `typescript`
 * or `tsx` grammar, tree-sitter-javascript for JavaScript) -> the neutral form in `ir.ts`. The parser is
 * injected by the faces; nothing is type-checked or executed.
 */
import type { WorkBudget } from '../../budget';
import type { Binding, CallExpr, CdkFileIr, Entry, Expr, Prop, Spread } from './ir';
import { cdkModulePathTs } from './modules';
import type { Span } from '../../text/line-index';
import { DepthLimit, fieldChild, forEachErrorNode, forEachNode, MAX_EXPRESSION_DEPTH, namedChildren, span, textAt, typedChildren, type SyntaxNode, type TreeSitterParser } from './syntax-tree';
import { withCdkTree } from './syntax-tree';

/**
 * Which grammar a file needs. `.ts` cannot use the TSX grammar: `<T>value` casts parse as JSX there and
 * the whole file becomes an error. JavaScript uses its own grammar: the TypeScript ones read
 * `a < b > (c)` as a generic call.
 */
export type TypeScriptDialect = 'typescript' | 'tsx' | 'javascript';

export function dialectOf(fileName: string): TypeScriptDialect {
  const name = fileName.toLowerCase();
  if (name.endsWith('.tsx')) return 'tsx';
  if (name.endsWith('.ts') || name.endsWith('.mts') || name.endsWith('.cts')) return 'typescript';
  return 'javascript';
}

/** Builds the neutral form of a file, or undefined when it imports nothing from the CDK. */
export function typeScriptIr(parser: TreeSitterParser, text: string, budget?: WorkBudget): CdkFileIr | undefined {
  return withCdkTree(parser, text, readImports, (root, imports) => new Converter(imports, text).run(root, budget));
}

/** `import … from 'aws-cdk-lib/…'`, `import x = require(…)` and top-level `const x = require(…)`. */
function readImports(root: SyntaxNode, text: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  // Anywhere in the file: a `require('aws-cdk-lib/…')` inside a function or constructor binds the module too.
  for (const statement of root.descendantsOfType(['import_statement', 'lexical_declaration', 'variable_declaration'])) {
    if (!statement) continue;
    if (statement.type === 'import_statement') {
      // `import x = require('…')` keeps its source inside the clause.
      const requireClause = namedChildren(statement).find((c) => c.type === 'import_require_clause');
      const source = (requireClause ?? statement).childForFieldName('source');
      const path = source ? cdkModulePathTs(stringValue(source, text)) : undefined;
      // `import type { X }`: the keyword is a direct child of the statement.
      if (!path || statement.children.some((c) => c?.type === 'type')) continue;
      if (requireClause) {
        const name = namedChildren(requireClause).find((c) => c.type === 'identifier');
        if (name) imports.set(name.text, path);
      }
      for (const clause of namedChildren(statement)) {
        if (clause.type !== 'import_clause') continue;
        for (const part of namedChildren(clause)) {
          if (part.type === 'identifier') imports.set(part.text, path);
          else if (part.type === 'namespace_import') {
            const name = namedChildren(part).find((c) => c.type === 'identifier');
            if (name) imports.set(name.text, path);
          } else if (part.type === 'named_imports') {
            for (const specifier of namedChildren(part)) {
              const name = specifier.childForFieldName('name');
              const alias = specifier.childForFieldName('alias') ?? name;
              if (name && alias) imports.set(alias.text, [...path, name.type === 'string' ? stringValue(name, text) : name.text]);
            }
          }
        }
      }
    } else if (statement.type === 'lexical_declaration' || statement.type === 'variable_declaration') {
      for (const declarator of namedChildren(statement)) {
        const path = requiredCdkPath(declarator.childForFieldName('value'), text);
        const name = declarator.childForFieldName('name');
        if (path && name) addRequireBindings(imports, name, path);
      }
    }
  }
  return imports;
}

/** The CDK path of `require('aws-cdk-lib/…')`, else undefined. */
function requiredCdkPath(value: SyntaxNode | null, text: string): string[] | undefined {
  if (value?.type !== 'call_expression' || value.childForFieldName('function')?.text !== 'require') return undefined;
  const args = value.childForFieldName('arguments');
  const list = args?.type === 'arguments' ? namedChildren(args) : [];
  return list.length === 1 && list[0].type === 'string' ? cdkModulePathTs(stringValue(list[0], text)) : undefined;
}

function addRequireBindings(imports: Map<string, string[]>, name: SyntaxNode, path: string[]): void {
  if (name.type === 'identifier') imports.set(name.text, path);
  else if (name.type === 'object_pattern') {
    for (const element of namedChildren(name)) {
      if (element.type === 'shorthand_property_identifier_pattern') imports.set(element.text, [...path, element.text]);
      else if (element.type === 'pair_pattern') {
        const key = element.childForFieldName('key');
        const value = element.childForFieldName('value');
        if (key?.type === 'property_identifier' && value?.type === 'identifier') imports.set(value.text, [...path, key.text]);
      }
    }
  }
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);

/** The node types the walk stops at (`member_expression` only when the text names `currentVersion`). */
const VISITED = [
  'lexical_declaration',
  'variable_declaration',
  'for_in_statement',
  'public_field_definition',
  'field_definition',
  'assignment_expression',
  'formal_parameters',
  'arrow_function',
  'call_expression',
  'new_expression',
];

/** What can be called in a broken call's tokens. */
const CALLEES = new Set(['identifier', 'member_expression']);

/** Type-level wrappers around a value: `x as T`, `x satisfies T`, `x!`, `(x)` (and `<T>x`, type first). */
const TRANSPARENT = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression']);

/** The expressions the walk stops at too: converted once, by node id. */
const MEMOISED = new Set(['call_expression', 'new_expression', 'member_expression']);

class Converter {
  private readonly memo = new Map<number, Expr>();
  private readonly calls: CallExpr[] = [];
  private readonly versionRefs: Expr[] = [];
  /** Every binding occurrence by name; only names bound exactly once, by `const`, are constants. */
  private readonly occurrences = new Map<string, Array<Binding | undefined>>();
  private readonly depth = new DepthLimit();

  constructor(
    private readonly imports: Map<string, string[]>,
    private readonly text: string,
  ) {}

  run(root: SyntaxNode, budget: WorkBudget | undefined): Omit<CdkFileIr, 'comments'> {
    forEachNode(root, this.text.includes('currentVersion') ? [...VISITED, 'member_expression'] : VISITED, (node) => this.visit(node), budget);
    forEachErrorNode(root, (node) => this.recoverCalls(node), budget);
    const bindings = new Map<string, Binding | undefined>();
    for (const [name, list] of this.occurrences) bindings.set(name, list.length === 1 ? list[0] : undefined);
    this.calls.sort((a, b) => a.span.start - b.span.start);
    return { language: 'typescript', imports: this.imports, bindings, calls: this.calls, versionRefs: this.versionRefs, problems: this.depth.problems() };
  }

  private bind(name: string, nameNode: SyntaxNode, value: Expr | undefined, constant: boolean): void {
    const list = this.occurrences.get(name) ?? [];
    list.push(constant && value ? { name, nameSpan: span(nameNode), value } : undefined);
    this.occurrences.set(name, list);
    if (value?.k === 'call') value.boundTo ??= { name, span: span(nameNode) };
  }

  private bindUnknown(name: SyntaxNode | null): void {
    if (name?.type === 'identifier') this.bind(name.text, name, undefined, false);
  }

  /** One node of the walk (which goes on into its children by itself). */
  private visit(node: SyntaxNode): void {
    switch (node.type) {
      case 'lexical_declaration':
      case 'variable_declaration': {
        const constant = node.childForFieldName('kind')?.type === 'const';
        for (const d of namedChildren(node)) {
          const name = d.type === 'variable_declarator' ? d.childForFieldName('name') : null;
          const value = d.childForFieldName('value');
          if (name?.type === 'identifier') this.bind(name.text, name, value ? this.convert(value) : undefined, constant);
        }
        break;
      }
      case 'for_in_statement':
        // `for (const x of xs)`: x takes many values.
        this.bindUnknown(node.childForFieldName('left'));
        break;
      case 'public_field_definition':
      case 'field_definition': {
        const name = node.childForFieldName('name') ?? node.childForFieldName('property');
        const value = node.childForFieldName('value');
        if (name && value && (name.type === 'property_identifier' || name.type === 'private_property_identifier')) this.bind(`this.${name.text}`, name, this.convert(value), true);
        break;
      }
      case 'assignment_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const target = left && this.convert(left);
        if (left && right && target?.k === 'name') this.bind(target.name, left, this.convert(right), false);
        break;
      }
      case 'formal_parameters':
        for (const p of namedChildren(node)) {
          if (p.type === 'identifier') this.bindUnknown(p);
          else if (p.type === 'required_parameter' || p.type === 'optional_parameter') this.bindUnknown(p.childForFieldName('pattern'));
          else if (p.type === 'assignment_pattern') this.bindUnknown(p.childForFieldName('left'));
        }
        break;
      case 'arrow_function':
        this.bindUnknown(node.childForFieldName('parameter'));
        break;
      case 'call_expression':
      case 'new_expression':
        this.convert(node);
        break;
      case 'member_expression':
        if (node.childForFieldName('property')?.text === 'currentVersion') this.versionRefs.push(this.convert(node));
        break;
    }
  }

  /**
   * A call left open where the file ends or breaks (`new lambda.Function(this, 'F', { timeout: … ,`) is
   * an ERROR node whose children are the call's tokens: read the callee, the arguments and one open
   * object literal from them, as far as they are complete. A loose `key: value` counts only when a `,`
   * or `}` ends it (a value cut off by the break is not known).
   */
  private recoverCalls(error: SyntaxNode): void {
    const kids = error.children.filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
    for (let i = 1; i < kids.length; i++) {
      const callee = kids[i - 1];
      if (kids[i].type !== '(' || !CALLEES.has(callee.type)) continue;
      const start = i >= 2 && kids[i - 2].type === 'new' ? kids[i - 2] : callee;
      const args: Array<Expr | Spread> = [];
      let entries: Entry[] | undefined;
      let objectStart = 0;
      let end = kids[i].endIndex;
      const closeObject = (at: number) => {
        if (entries) args.push({ k: 'object', entries, span: { start: objectStart, end: at } });
        entries = undefined;
      };
      let j = i + 1;
      for (; j < kids.length; j++) {
        const t = kids[j];
        if (t.type === ')' && !entries) break;
        if (t.type === '{' && !entries) {
          entries = [];
          objectStart = t.startIndex;
        } else if (t.type === '}' && entries) closeObject(t.endIndex);
        else if (entries && (t.type === 'pair' || t.type === 'shorthand_property_identifier' || t.type === 'spread_element')) entries.push(this.entry(t, t.type, 1));
        else if (entries && t.type === 'property_identifier' && kids[j + 1]?.type === ':' && kids[j + 2]?.isNamed && (kids[j + 3]?.type === ',' || kids[j + 3]?.type === '}')) {
          entries.push({ key: t.text, keySpan: span(t), value: this.convert(kids[j + 2], 1) });
          j += 2;
        } else if (!entries && t.isNamed) args.push(this.item(t, t.type, 1));
        end = kids[j]?.endIndex ?? end;
      }
      closeObject(end);
      this.calls.push({ k: 'call', callee: this.convert(callee, 1), args, keywords: [], span: { start: start.startIndex, end } });
      i = j;
    }
  }

  /**
   * The expression at `node`; deeper than {@link MAX_EXPRESSION_DEPTH} levels it is unknown (and
   * recorded). `type` is the node's type when the caller has read it already.
   */
  private convert(node: SyntaxNode, depth = 0, type = node.type): Expr {
    // The walk comes back to the nodes it stops at (a call inside a declaration's value): one Expr, one call.
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
    if (TRANSPARENT.has(type) || type === 'type_assertion') {
      const parts = typedChildren(node);
      // `<T>x` puts the type first; the others put the value first.
      const inner = type === 'type_assertion' ? parts[parts.length - 1] : parts[0];
      return inner ? this.convert(inner.node, d, inner.type) : { k: 'other', span: s };
    }
    switch (type) {
      case 'number': {
        const value = Number(textAt(this.text, s).split('_').join(''));
        return Number.isFinite(value) ? { k: 'num', value, span: s } : { k: 'other', span: s };
      }
      case 'string':
        return { k: 'str', value: stringValue(node, this.text), span: s };
      case 'template_string': {
        const parts: Array<string | Expr> = [];
        let literal = '';
        for (const c of typedChildren(node)) {
          if (c.type === 'template_substitution') {
            const inner = typedChildren(c.node)[0];
            parts.push(literal, inner ? this.convert(inner.node, d, inner.type) : { k: 'other', span: span(c.node) });
            literal = '';
          } else literal += fragmentText(c, this.text);
        }
        if (parts.length === 0) return { k: 'str', value: literal, span: s };
        parts.push(literal);
        return { k: 'tpl', parts, span: s };
      }
      case 'true':
      case 'false':
        return { k: 'bool', value: type === 'true', span: s };
      case 'null':
      case 'undefined':
        return { k: 'null', span: s };
      case 'identifier': {
        const name = textAt(this.text, s);
        return name === 'undefined' ? { k: 'null', span: s } : { k: 'name', name, span: s };
      }
      case 'member_expression': {
        const object = field('object');
        const property = field('property');
        if (!object || !property) return { k: 'other', span: s };
        const nameSpan = span(property);
        const objectType = object.type;
        if (objectType === 'this') return { k: 'name', name: `this.${textAt(this.text, nameSpan)}`, span: s };
        return { k: 'member', object: this.convert(object, d, objectType), name: textAt(this.text, nameSpan), nameSpan, span: s };
      }
      case 'subscript_expression': {
        const object = field('object');
        const index = field('index');
        const name = index ? constantString(index, this.text) : undefined;
        if (!object || !index || name === undefined) return { k: 'other', span: s };
        return { k: 'member', object: this.convert(object, d), name, nameSpan: span(index), span: s };
      }
      case 'call_expression':
      case 'new_expression': {
        const callee = field(type === 'new_expression' ? 'constructor' : 'function');
        const args = field('arguments');
        // A tagged template (tag`…`) is no call we read.
        if (!callee || (args && args.type !== 'arguments')) return { k: 'other', span: s };
        const call: CallExpr = { k: 'call', callee: this.convert(callee, d), args: args ? typedChildren(args).map((a) => this.item(a.node, a.type, d)) : [], keywords: [], span: s };
        this.calls.push(call);
        return call;
      }
      case 'object':
        return { k: 'object', entries: typedChildren(node).map((p) => this.entry(p.node, p.type, d)), span: s };
      case 'array':
        return { k: 'array', items: typedChildren(node).map((e) => this.item(e.node, e.type, d)), span: s };
      case 'binary_expression': {
        const op = field('operator')?.text ?? '';
        const left = field('left');
        const right = field('right');
        if (left && right && ARITHMETIC.has(op)) return { k: 'binary', op, left: this.convert(left, d), right: this.convert(right, d), span: s };
        return { k: 'other', span: s };
      }
      case 'unary_expression': {
        const op = field('operator')?.text ?? '';
        const argument = field('argument');
        if (argument && (op === '-' || op === '+')) return { k: 'unary', op, operand: this.convert(argument, d), span: s };
        return { k: 'other', span: s };
      }
      default:
        return { k: 'other', span: s };
    }
  }

  private item(node: SyntaxNode, type: string, d: number): Expr | Spread {
    if (type === 'spread_element') return { spread: this.spreadOf(node, d), span: span(node) };
    return this.convert(node, d, type);
  }

  private spreadOf(node: SyntaxNode, d: number): Expr {
    const inner = typedChildren(node)[0];
    return inner ? this.convert(inner.node, d, inner.type) : { k: 'other', span: span(node) };
  }

  private entry(p: SyntaxNode, type: string, d: number): Entry {
    if (type === 'spread_element') return { spread: this.spreadOf(p, d), span: span(p) };
    if (type === 'shorthand_property_identifier') {
      const at = span(p);
      const name = textAt(this.text, at);
      return { key: name, keySpan: at, value: { k: 'name', name, span: { ...at } } };
    }
    const name = fieldChild(p, type === 'pair' ? 'key' : 'name');
    const valueNode = type === 'pair' ? fieldChild(p, 'value') : null;
    const value: Expr = valueNode ? this.convert(valueNode, d) : { k: 'other', span: span(p) };
    const keySpan = name ? span(name) : span(p);
    const prop: Prop = { key: name ? propertyKey(name, keySpan, this.text) : undefined, keySpan, value };
    return prop;
  }
}

/** The key of an object property as written (`a`, `'a'`, `1`, `['a']`), undefined when computed. */
function propertyKey(name: SyntaxNode, at: Span, text: string): string | undefined {
  switch (name.type) {
    case 'property_identifier':
    case 'private_property_identifier':
      return textAt(text, at);
    case 'string':
      return stringValue(name, text);
    case 'number': {
      const n = Number(textAt(text, at).split('_').join(''));
      return Number.isFinite(n) ? String(n) : undefined;
    }
    case 'computed_property_name': {
      const inner = namedChildren(name)[0];
      return inner ? constantString(inner, text) : undefined;
    }
    default:
      return undefined;
  }
}

/** A string literal or a template without substitutions, else undefined. */
function constantString(node: SyntaxNode, text: string): string | undefined {
  const type = node.type;
  if (type === 'string') return stringValue(node, text);
  if (type === 'template_string') {
    const parts = typedChildren(node);
    if (parts.some((c) => c.type === 'template_substitution')) return undefined;
    return parts.map((c) => fragmentText(c, text)).join('');
  }
  return undefined;
}

/** A literal part of a template string, escape sequences decoded. */
function fragmentText(part: { readonly node: SyntaxNode; readonly type: string }, text: string): string {
  const raw = textAt(text, span(part.node));
  return part.type === 'escape_sequence' ? unescapeJs(raw) : raw;
}

/** The value of a string literal node: its fragments, with escape sequences decoded. */
function stringValue(node: SyntaxNode, text: string): string {
  let out = '';
  for (const c of node.namedChildren) {
    if (!c) continue;
    // Comments are no part of a string: only these two types matter, so no type is read twice.
    const type = c.type;
    if (type === 'escape_sequence') out += unescapeJs(textAt(text, span(c)));
    else if (type === 'string_fragment') out += textAt(text, span(c));
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** One JavaScript escape sequence (`\n`, `\x41`, `\u0041`, `\u{1F600}`, a line continuation…). */
function unescapeJs(escape: string): string {
  const body = escape.slice(1);
  if (body.startsWith('\r\n') || body.startsWith('\n') || body.startsWith('\r') || body === '\u2028' || body === '\u2029') return '';
  const hex = body.startsWith('u{') ? body.slice(2, -1) : body.startsWith('u') || body.startsWith('x') ? body.slice(1) : undefined;
  if (hex !== undefined) {
    const code = Number.parseInt(hex, 16);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : body;
  }
  return SIMPLE_ESCAPES[body] ?? body;
}
