/**
 * The comments of a TypeScript/JavaScript file, found the way the compiler finds them: every token of
 * the syntax tree, with the comment ranges of the trivia before it (`forEachLeadingCommentRange`) and
 * after it on the same line (`forEachTrailingCommentRange`). Slashes in strings, templates and regular
 * expressions are tokens, never comments.
 */
import type * as TS from 'typescript';
import type { SourceComment } from '../tree';
import { sourceComment } from './comments';
import type { TypeScriptModule } from './typescript-frontend';

/** Every `//` and `/* *\/` comment of the file, in source order. */
export function typeScriptComments(ts: TypeScriptModule, sf: TS.SourceFile): SourceComment[] {
  const text = sf.text;
  const comments: SourceComment[] = [];
  const seen = new Set<number>();
  const add = (pos: number, end: number, kind: TS.CommentKind) => {
    if (seen.has(pos)) return;
    seen.add(pos);
    comments.push(kind === ts.SyntaxKind.SingleLineCommentTrivia ? sourceComment(text, pos, end, '//') : sourceComment(text, pos, end, '/*', '*/'));
  };
  const shebang = ts.getShebang(text)?.length ?? 0;
  const jsx = sf.languageVariant === ts.LanguageVariant.JSX;
  const visit = (node: TS.Node, ancestors: TS.Node[]): void => {
    // JSDoc nodes lie inside a comment: their "tokens" are comment text.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(sf);
    if (children.length > 0) {
      // Ancestors as `.parent` would give them: a SyntaxList is a NodeArray, not a node.
      const list = node.kind === ts.SyntaxKind.SyntaxList;
      if (!list) ancestors.push(node);
      for (const child of children) visit(child, ancestors);
      if (!list) ancestors.pop();
      return;
    }
    // A token (or the end of the file): the trivia around it. JSX text holds no comments of its own.
    if (node.kind === ts.SyntaxKind.JsxText) return;
    ts.forEachLeadingCommentRange(text, node.pos === 0 ? shebang : node.pos, add);
    if (!jsx || canHaveTrailingTrivia(ts, node, ancestors)) ts.forEachTrailingCommentRange(text, node.end, add);
  };
  visit(sf, []);
  return comments.sort((a, b) => a.span.start - b.span.start);
}

/** False for a JSX token followed by JSX text (`<p>// text</p>`), where `//` is text, not a comment. */
function canHaveTrailingTrivia(ts: TypeScriptModule, token: TS.Node, ancestors: readonly TS.Node[]): boolean {
  const at = (up: number): TS.Node | undefined => ancestors[ancestors.length - up];
  const isElement = (n: TS.Node | undefined) => !!n && (n.kind === ts.SyntaxKind.JsxElement || n.kind === ts.SyntaxKind.JsxFragment);
  const parent = at(1);
  if (!parent) return true;
  if (token.kind === ts.SyntaxKind.CloseBraceToken) return parent.kind !== ts.SyntaxKind.JsxExpression || !isElement(at(2));
  if (token.kind !== ts.SyntaxKind.GreaterThanToken) return true;
  switch (parent.kind) {
    case ts.SyntaxKind.JsxOpeningElement:
      return token.end !== parent.end;
    case ts.SyntaxKind.JsxOpeningFragment:
      return false;
    case ts.SyntaxKind.JsxSelfClosingElement:
      return token.end !== parent.end || !isElement(at(2));
    case ts.SyntaxKind.JsxClosingElement:
    case ts.SyntaxKind.JsxClosingFragment:
      return !isElement(at(3));
    default:
      return true;
  }
}
