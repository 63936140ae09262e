/**
 * YAML comments with their offsets, from the `yaml` package's own lexer (never a regular expression
 * over the text: a `#` inside a quoted or block scalar is not a comment, and only the lexer knows).
 */
import type { SourceComment } from './tree';
import { yamlTokens } from './yaml-tokens';

/**
 * Every comment in a YAML text, in order, with the `#` removed and the text trimmed. The span
 * covers the whole comment, `#` included (offsets from yaml-tokens.ts; a `#` line of a block scalar is
 * scalar content there, not a comment).
 */
export function collectYamlComments(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  for (const { source, type, start, end } of yamlTokens(text)) {
    if (type === 'comment') comments.push({ span: { start, end }, text: source.slice(1).trim() });
  }
  return comments;
}
