/**
 * YAML comments with their offsets, from the `yaml` package's own lexer (never a regular expression
 * over the text: a `#` inside a quoted or block scalar is not a comment, and only the lexer knows).
 */
import { CST, Lexer } from 'yaml';
import type { SourceComment } from './tree';

/**
 * Every comment in a YAML text, in order, with the `#` removed and the text trimmed. The span
 * covers the whole comment, `#` included.
 *
 * The lexer yields the source split into tokens; three of them are zero-width markers (start of a
 * document, unexpected end of flow, "a scalar follows"), the rest are slices of the text, so the
 * offset is the running sum of their lengths (as `yaml`'s own Parser counts it).
 */
export function collectYamlComments(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  let offset = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (scalarNext) {
      // The token after the SCALAR marker is scalar content (a block scalar line may start with `#`).
      scalarNext = false;
      offset += token.length;
      continue;
    }
    const type = CST.tokenType(token);
    if (type === 'scalar') {
      scalarNext = true;
      continue;
    }
    if (type === 'doc-mode' || type === 'flow-error-end') continue;
    if (type === 'comment') comments.push({ span: { start: offset, end: offset + token.length }, text: token.slice(1).trim() });
    offset += token.length;
  }
  return comments;
}
