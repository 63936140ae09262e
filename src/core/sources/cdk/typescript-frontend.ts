/**
 * TypeScript/JavaScript CDK front end: the TypeScript compiler's syntax tree (no type checking, no
 * program, nothing executed) -> the neutral form in `ir.ts`. The compiler is injected, never imported,
 * so the core stays free of it until a CDK file is opened.
 */
import type * as TS from 'typescript';
import type { Span } from '../../text/line-index';
import type { Binding, CallExpr, CdkFileIr, Entry, Expr, Prop, Spread } from './ir';
import { mayHaveDirectives } from './comments';
import { cdkModulePathTs } from './modules';
import { typeScriptComments } from './typescript-comments';

/** The `typescript` module, as the faces load it. */
export type TypeScriptModule = typeof TS;

/** Builds the neutral form of a file, or undefined when it imports nothing from the CDK. */
export function typeScriptIr(ts: TypeScriptModule, fileName: string, text: string): CdkFileIr | undefined {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, scriptKindOf(ts, fileName));
  const imports = readImports(ts, sf);
  if (imports.size === 0) return undefined;
  const comments = mayHaveDirectives(text) ? typeScriptComments(ts, sf) : [];
  return { ...new Converter(ts, sf, imports).run(), comments };
}

function scriptKindOf(ts: TypeScriptModule, fileName: string): TS.ScriptKind {
  const name = fileName.toLowerCase();
  if (name.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (name.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (name.endsWith('.js') || name.endsWith('.mjs') || name.endsWith('.cjs')) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** `import … from 'aws-cdk-lib/…'`, `import x = require(…)` and top-level `const x = require(…)`. */
function readImports(ts: TypeScriptModule, sf: TS.SourceFile): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const addBindings = (name: TS.BindingName | undefined, path: string[]) => {
    if (!name) return;
    if (ts.isIdentifier(name)) imports.set(name.text, path);
    else if (ts.isObjectBindingPattern(name)) {
      for (const element of name.elements) {
        const imported = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : undefined;
        if (imported && ts.isIdentifier(element.name)) imports.set(element.name.text, [...path, imported]);
      }
    }
  };
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const path = cdkModulePathTs(statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!path || !clause || clause.isTypeOnly) continue;
      if (clause.name) imports.set(clause.name.text, path);
      const named = clause.namedBindings;
      if (named && ts.isNamespaceImport(named)) imports.set(named.name.text, path);
      else if (named) for (const element of named.elements) imports.set(element.name.text, [...path, (element.propertyName ?? element.name).text]);
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const spec = statement.moduleReference.expression;
      const path = ts.isStringLiteral(spec) ? cdkModulePathTs(spec.text) : undefined;
      if (path) imports.set(statement.name.text, path);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require' && init.arguments.length === 1 && ts.isStringLiteral(init.arguments[0])) {
          const path = cdkModulePathTs(init.arguments[0].text);
          if (path) addBindings(declaration.name, path);
        }
      }
    }
  }
  return imports;
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);

class Converter {
  private readonly memo = new Map<TS.Node, Expr>();
  private readonly calls: CallExpr[] = [];
  private readonly versionRefs: Expr[] = [];
  /** Every binding occurrence by name; only names bound exactly once, by `const`, are constants. */
  private readonly occurrences = new Map<string, Array<Binding | undefined>>();

  constructor(
    private readonly ts: TypeScriptModule,
    private readonly sf: TS.SourceFile,
    private readonly imports: Map<string, string[]>,
  ) {}

  run(): Omit<CdkFileIr, 'comments'> {
    this.visit(this.sf);
    const bindings = new Map<string, Binding | undefined>();
    for (const [name, list] of this.occurrences) bindings.set(name, list.length === 1 ? list[0] : undefined);
    this.calls.sort((a, b) => a.span.start - b.span.start);
    return { language: 'typescript', imports: this.imports, bindings, calls: this.calls, versionRefs: this.versionRefs };
  }

  private span(node: TS.Node): Span {
    return { start: node.getStart(this.sf), end: node.getEnd() };
  }

  private bind(name: string, nameNode: TS.Node, value: Expr | undefined, constant: boolean): void {
    const list = this.occurrences.get(name) ?? [];
    list.push(constant && value ? { name, nameSpan: this.span(nameNode), value } : undefined);
    this.occurrences.set(name, list);
    if (value?.k === 'call') value.boundTo ??= { name, span: this.span(nameNode) };
  }

  private visit = (node: TS.Node): void => {
    const ts = this.ts;
    if (ts.isVariableDeclarationList(node)) {
      const constant = (node.flags & ts.NodeFlags.Const) !== 0;
      for (const d of node.declarations) {
        if (ts.isIdentifier(d.name)) this.bind(d.name.text, d.name, d.initializer && this.convert(d.initializer), constant);
      }
    } else if (ts.isPropertyDeclaration(node) && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name)) && node.initializer) {
      this.bind(`this.${node.name.text}`, node.name, this.convert(node.initializer), true);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = this.convert(node.left);
      if (target.k === 'name') this.bind(target.name, node.left, this.convert(node.right), false);
    } else if (ts.isParameter(node) && ts.isIdentifier(node.name)) {
      this.bind(node.name.text, node.name, undefined, false);
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      this.convert(node);
    } else if (ts.isPropertyAccessExpression(node) && node.name.text === 'currentVersion') {
      this.versionRefs.push(this.convert(node));
    }
    ts.forEachChild(node, this.visit);
  };

  private convert(node: TS.Node): Expr {
    const done = this.memo.get(node);
    if (done) return done;
    const expr = this.build(node);
    this.memo.set(node, expr);
    return expr;
  }

  private build(node: TS.Node): Expr {
    const ts = this.ts;
    const span = this.span(node);
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)) {
      return this.convert(node.expression);
    }
    if (ts.isNumericLiteral(node)) return { k: 'num', value: Number(node.text), span };
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { k: 'str', value: node.text, span };
    if (ts.isTemplateExpression(node)) {
      const parts: Array<string | Expr> = [node.head.text];
      for (const s of node.templateSpans) parts.push(this.convert(s.expression), s.literal.text);
      return { k: 'tpl', parts, span };
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return { k: 'bool', value: node.kind === ts.SyntaxKind.TrueKeyword, span };
    if (node.kind === ts.SyntaxKind.NullKeyword) return { k: 'null', span };
    if (ts.isIdentifier(node)) return node.text === 'undefined' ? { k: 'null', span } : { k: 'name', name: node.text, span };
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (node.expression.kind === ts.SyntaxKind.ThisKeyword) return { k: 'name', name: `this.${name}`, span };
      return { k: 'member', object: this.convert(node.expression), name, nameSpan: this.span(node.name), span };
    }
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      return { k: 'member', object: this.convert(node.expression), name: node.argumentExpression.text, nameSpan: this.span(node.argumentExpression), span };
    }
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const call: CallExpr = { k: 'call', callee: this.convert(node.expression), args: (node.arguments ?? []).map((a) => this.item(a)), keywords: [], span };
      this.calls.push(call);
      return call;
    }
    if (ts.isObjectLiteralExpression(node)) return { k: 'object', entries: node.properties.map((p) => this.entry(p)), span };
    if (ts.isArrayLiteralExpression(node)) return { k: 'array', items: node.elements.map((e) => this.item(e)), span };
    if (ts.isBinaryExpression(node)) {
      const op = ts.tokenToString(node.operatorToken.kind) ?? '';
      if (ARITHMETIC.has(op)) return { k: 'binary', op, left: this.convert(node.left), right: this.convert(node.right), span };
    }
    if (ts.isPrefixUnaryExpression(node) && (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)) {
      return { k: 'unary', op: node.operator === ts.SyntaxKind.MinusToken ? '-' : '+', operand: this.convert(node.operand), span };
    }
    return { k: 'other', span };
  }

  private item(node: TS.Expression): Expr | Spread {
    if (this.ts.isSpreadElement(node)) return { spread: this.convert(node.expression), span: this.span(node) };
    return this.convert(node);
  }

  private entry(p: TS.ObjectLiteralElementLike): Entry {
    const ts = this.ts;
    if (ts.isSpreadAssignment(p)) return { spread: this.convert(p.expression), span: this.span(p) };
    if (ts.isShorthandPropertyAssignment(p)) return { key: p.name.text, keySpan: this.span(p.name), value: this.convert(p.name) };
    const name = p.name;
    let key: string | undefined;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))) key = name.text;
    else if (name && ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) key = name.expression.text;
    const value: Expr = ts.isPropertyAssignment(p) ? this.convert(p.initializer) : { k: 'other', span: this.span(p) };
    const prop: Prop = { key, keySpan: name ? this.span(name) : this.span(p), value };
    return prop;
  }
}
