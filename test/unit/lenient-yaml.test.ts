/**
 * YAML that CloudFormation's reader (PyYAML) accepts is read, with true ranges (issue 11): under-indented
 * continuation and closing lines of multi-line quoted strings and of `[{ … }]` flow collections.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findFiles } from '../../src/cli/find-files';
import { parseYamlTree } from '../../src/core/sources/yaml-tree';
import { CORPUS, FIXTURES, NO_CORPUS, service } from './support/service';

const sn = service();
const HEAD = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: provided.al2023023\n";
const CASES: Record<string, string> = {
  'a single-quoted string closing at column 0': "      Description: 'a multi-line\n      string that closes\n'\n",
  'a double-quoted string closing at column 0': '      Description: "a multi-line\n      string that closes\n"\n',
  'a single-quoted JSON policy at column 0': "      Policy: '{\n  \"Version\": \"2012-10-17\"\n}'\n",
  '[{ … }] closing at the key’s indentation': '      Tags: [{\n        Key: a, Value: b\n      }]\n',
  '[{ … }] closing at column 0': '      Tags: [{\n        Key: a, Value: b\n}]\n',
  '[{ … }] in a block sequence item closing at the dash': '      Layers:\n        - [{\n          a: 1\n        }]\n',
};

describe('YAML as CloudFormation reads it', () => {
  for (const [name, body] of Object.entries(CASES)) {
    it(`${name}: no syntax error, the typo'd runtime and the timeout after it are found, at their own ranges`, async () => {
      const text = `${HEAD}${body}      Timeout: 1000\n`;
      const findings = (await sn.analyze({ fileName: 'sample.yaml', text })).findings;
      assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['lambda-timeout', 'runtime-unknown']);
      const timeout = findings.find((f) => f.ruleId === 'lambda-timeout')!;
      assert.equal(text.slice(timeout.span.start, timeout.span.end), '1000');
      const runtime = findings.find((f) => f.ruleId === 'runtime-unknown')!;
      assert.equal(text.slice(runtime.span.start, runtime.span.end), 'provided.al2023023');
    });
  }

  it('a strict error that remains is reported once, the rest analysed, and no duplicate-key is invented after it', async () => {
    const text = `${HEAD}      Timeout: 1000\n  Q: {a: 1\n  R:\n    Type: AWS::SQS::Queue\n  R:\n    Type: AWS::SQS::Queue\n`;
    const findings = (await sn.analyze({ fileName: 'template.yaml', text })).findings;
    assert.equal(findings.filter((f) => f.ruleId === 'syntax-error').length, 1);
    assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'));
    assert.deepEqual(findings.filter((f) => f.ruleId === 'duplicate-key'), []);
  });

  it('a syntax error appears only on corpus files PyYAML also rejects (test/fixtures/pyyaml-rejects.json)', { skip: NO_CORPUS }, () => {
    const rejects = new Set<string>(JSON.parse(readFileSync(join(FIXTURES, 'pyyaml-rejects.json'), 'utf8')).rejects);
    const wrong: string[] = [];
    let files = 0;
    for (const file of findFiles([CORPUS], { includeSource: false, includeCdkOut: true })) {
      if (!/\.(ya?ml|template)$/i.test(file)) continue;
      files++;
      const relative = file.slice(CORPUS.length + 1);
      const tree = parseYamlTree(readFileSync(file, 'utf8'));
      if (tree.problems.some((p) => p.kind === 'syntax') && !rejects.has(relative)) wrong.push(relative);
    }
    assert.ok(files > 1000, `${files} YAML files`);
    assert.deepEqual(wrong, []);
  });
});

describe('YAML that PyYAML rejects although it is valid YAML 1.2', () => {
  it('a mapping used as a key ({{cookiecutter.runtime}}: …) is one syntax error, and the rest is analysed', async () => {
    const text = `${HEAD}      Timeout: 1000\n      Environment:\n        {{cookiecutter.name}}: x\n`;
    const findings = (await sn.analyze({ fileName: 'sample.yaml', text })).findings;
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['lambda-timeout', 'runtime-unknown', 'syntax-error']);
    const syntax = findings.find((f) => f.ruleId === 'syntax-error')!;
    assert.equal(text.slice(syntax.span.start, syntax.span.end), '{{cookiecutter.name}}');
    assert.match(syntax.message, /unhashable/);
  });
});
