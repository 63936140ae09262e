/**
 * The `yaml` package's lexer tokens with their offsets, for the passes that read YAML without building a
 * document (pre-scan bounds, CloudFormation re-indentation, comments).
 *
 * The lexer yields the source split into tokens; three of them are zero-width markers (start of a document,
 * unexpected end of flow, "a scalar follows"), the rest are slices of the text, so the offset is the running
 * sum of their lengths (as `yaml`'s own Parser counts it). The token after the "scalar follows" marker is
 * scalar content whatever its first character (a block scalar line may start with `#` or `[`).
 */
import { CST, Lexer } from 'yaml';

export interface YamlToken {
  /** The lexer's string (for a marker, its control character, which is not in the text). */
  readonly source: string;
  /**
   * `CST.tokenType` of the token, or 'scalar-content' after a 'scalar' marker; markers are 'doc-mode',
   * 'flow-error-end' and 'scalar', and take no room in the text (start === end).
   */
  readonly type: CST.TokenType | 'scalar-content' | null;
  readonly start: number;
  readonly end: number;
}

/** Every lexer token of `text`, markers included, in order, with its offsets; lazily (callers may stop early). */
export function* yamlTokens(text: string): Generator<YamlToken> {
  let offset = 0;
  let scalarContentNext = false;
  for (const source of new Lexer().lex(text)) {
    const type: YamlToken['type'] = scalarContentNext ? 'scalar-content' : CST.tokenType(source);
    scalarContentNext = type === 'scalar';
    const start = offset;
    if (type !== 'doc-mode' && type !== 'flow-error-end' && type !== 'scalar') offset += source.length;
    yield { source, type, start, end: offset };
  }
}

/** A zero-width marker the lexer inserts (not part of the source). */
export function isLexerMarker(type: YamlToken['type']): boolean {
  return type === 'doc-mode' || type === 'flow-error-end' || type === 'scalar';
}
