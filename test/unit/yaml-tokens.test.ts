// The one walk over the `yaml` lexer's tokens with offsets (yaml-tokens.ts) that the pre-scan, the
// CloudFormation re-indentation and the comment reader share.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLexerMarker, yamlTokens } from '../../src/core/sources/yaml-tokens';

const TEXT = "\uFEFF# head\nA: !Sub 'x\n  y' # c\nB: |\n  # not a comment\n  [x]\nC: [1, {d: 2}\n---\nE: \"q\"\n";

describe('yamlTokens', () => {
  it('tiles the text: each token that is not a marker is its own slice, markers take no room', () => {
    let at = 0;
    for (const token of yamlTokens(TEXT)) {
      assert.equal(token.start, at);
      if (isLexerMarker(token.type)) assert.equal(token.end, token.start);
      else assert.equal(TEXT.slice(token.start, token.end), token.source);
      at = token.end;
    }
    assert.equal(at, TEXT.length);
  });

  it('the token after a scalar marker is scalar content, whatever it starts with', () => {
    const tokens = [...yamlTokens(TEXT)];
    assert.deepEqual(tokens.filter((t) => t.type === 'comment').map((t) => t.source), ['# head', '# c']);
    const block = tokens.find((t) => t.source.includes('# not a comment'));
    assert.equal(block?.type, 'scalar-content');
    assert.ok(tokens.some((t) => t.type === 'flow-error-end'), 'the unclosed flow list is marked');
  });
});
