import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inDocument, VariableResolver } from '../../src/core/sources/serverless/resolve-variables';
import { parseCandidates, splitVariables } from '../../src/core/sources/serverless/variable-syntax';
import { getPath, type MapNode } from '../../src/core/sources/tree';
import { parseYamlTree } from '../../src/core/sources/yaml-tree';

function resolverFor(yaml: string, files: Record<string, string> = {}) {
  const root = parseYamlTree(yaml).root as MapNode;
  const resolver = new VariableResolver(root, '/project/serverless.yml', { readFile: (_from, path) => files[path] });
  const at = (...path: string[]) => {
    const r = resolver.resolve(inDocument(getPath(root, ...path)!));
    return r.ok ? r.located.node.type === 'scalar' ? r.located.node.value : r.located.node.type : `unknown: ${r.reason}`;
  };
  return { resolver, at };
}

describe('variable syntax', () => {
  it('splits text and variables, nested ones included', () => {
    assert.deepEqual(splitVariables('a-${self:x}-${file(./${opt:stage}.yml):k}'), [
      { kind: 'text', text: 'a-' },
      { kind: 'variable', body: 'self:x', raw: '${self:x}' },
      { kind: 'text', text: '-' },
      { kind: 'variable', body: 'file(./${opt:stage}.yml):k', raw: '${file(./${opt:stage}.yml):k}' },
    ]);
  });

  it('leaves CloudFormation substitutions and unclosed braces as text', () => {
    assert.deepEqual(splitVariables('arn:${AWS::Partition}:s3:::${Bucket}/${self'), [{ kind: 'text', text: 'arn:${AWS::Partition}:s3:::${Bucket}/${self' }]);
  });

  it('parses fallbacks: quoted strings, numbers, booleans and other references', () => {
    assert.deepEqual(parseCandidates("opt:stage, self:provider.stage, 'a,b', 42, true"), [
      { kind: 'reference', source: 'opt', param: undefined, address: 'stage', raw: 'opt:stage' },
      { kind: 'reference', source: 'self', param: undefined, address: 'provider.stage', raw: 'self:provider.stage' },
      { kind: 'literal', value: 'a,b' },
      { kind: 'literal', value: 42 },
      { kind: 'literal', value: true },
    ]);
    assert.deepEqual(parseCandidates('file(./a.yml)'), [{ kind: 'reference', source: 'file', param: './a.yml', address: '', raw: 'file(./a.yml)' }]);
  });
});

describe('variable resolution', () => {
  it('resolves self paths keeping the type, and interpolates strings', () => {
    const { at } = resolverFor('service: s\ncustom: { n: 30, list: [a, b] }\nx: ${self:custom.n}\ny: pre-${self:service}-${self:custom.n}\nz: ${self:custom.list.1}\n');
    assert.equal(at('x'), 30);
    assert.equal(at('y'), 'pre-s-30');
    assert.equal(at('z'), 'b');
  });

  it('uses stage and region defaults unless provider sets them', () => {
    assert.equal(resolverFor('provider: { name: aws }\nx: ${sls:stage}-${self:provider.region}\n').at('x'), 'dev-us-east-1');
    assert.equal(resolverFor("provider: { name: aws, stage: prod, region: eu-west-1 }\nx: ${sls:stage}-${opt:region, self:provider.region}\n").at('x'), 'prod-eu-west-1');
    assert.equal(resolverFor("provider: { stage: \"${opt:stage, 'qa'}\" }\nx: ${sls:stage}\n").at('x'), 'qa');
  });

  it('treats deploy-time sources as unknown, even with a fallback after them', () => {
    const { at } = resolverFor("a: ${env:X}\nb: ${ssm:/p}\nc: ${cf:stack.out}\nd: ${aws:region}\ne: ${param:x}\nf: ${env:X, 'd'}\ng: ${self:nope}\n");
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) assert.match(String(at(key)), /^unknown: /, key);
    assert.equal(at('a'), 'unknown: ${env:X} is an environment variable, read at deploy time');
  });

  it('reads files through FileAccess, with nested paths, JSON and fallbacks for missing files', () => {
    const { at } = resolverFor("provider: { stage: prod }\na: ${file(./c.${sls:stage}.yml):deep.n}\nb: ${file(./c.json):name}\nc: ${file(./none.yml):x, 'fb'}\nd: ${file(./code.js):x}\n", {
      './c.prod.yml': 'deep:\n  n: 7\n',
      './c.json': '{"name": "j"}',
    });
    assert.equal(at('a'), 7);
    assert.equal(at('b'), 'j');
    assert.equal(at('c'), 'fb');
    assert.equal(at('d'), 'unknown: ./code.js is code, run at deploy time');
  });

  it('guards cycles and depth', () => {
    const { at } = resolverFor('a: ${self:b}\nb: ${self:a}\nself: ${self:self}\n');
    assert.equal(at('a'), 'unknown: ${self:b} refers to itself');
    assert.match(String(at('self')), /^unknown: /);
    const chain = Array.from({ length: 40 }, (_, i) => `k${i}: \${self:k${i + 1}}`).join('\n') + '\nk40: end\n';
    assert.equal(resolverFor(chain).at('k39'), 'end');
    assert.equal(resolverFor(chain).at('k0'), 'unknown: variables nested too deeply');
  });

  it('gives an unknown interpolation the length of its known parts', () => {
    const { resolver } = resolverFor('x: abc-${env:A}-de\n');
    const root = parseYamlTree('x: abc-${env:A}-de\n').root as MapNode;
    const r = resolver.resolve(inDocument(getPath(root, 'x')!));
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.minLength, 'abc--de'.length);
  });
});
