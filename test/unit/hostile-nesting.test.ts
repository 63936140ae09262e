/**
 * Deep and huge YAML/JSON (issue 10): no stack overflow reported as a syntax error, no silence, the rest
 * of the file still analysed, one information finding saying what was skipped. Inputs are generated.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findFiles } from '../../src/cli/find-files';
import { prescanYaml } from '../../src/core/sources/yaml-prescan';
import { prescanJson } from '../../src/core/sources/json-prescan';
import { MAX_TOKENS } from '../../src/core/sources/prescan-bounds';
import { CORPUS, NO_CORPUS, service } from './support/service';

const sn = service();
const HEAD = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1000\n";

async function findingsOf(fileName: string, text: string) {
  const analysis = await sn.analyze({ fileName, text });
  return analysis.findings;
}

function assertReadTheRest(findings: Awaited<ReturnType<typeof findingsOf>>, skipped: RegExp) {
  assert.deepEqual(findings.filter((f) => f.ruleId === 'syntax-error').map((f) => f.message), []);
  assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'), 'the Timeout beside the deep part is still checked');
  const info = findings.filter((f) => f.severity === 'information' && skipped.test(f.message));
  assert.equal(info.length, 1, findings.map((f) => f.message).join('\n'));
}

describe('deep nesting', () => {
  it('1,000-deep YAML flow sequences: no syntax error, the rest analysed', async () => {
    const findings = await findingsOf('t.yaml', `${HEAD}      X: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
    assertReadTheRest(findings, /nested deeper than 256 levels/);
  });

  it('1,000-deep YAML flow maps and tagged !If chains: no syntax error, the rest analysed', async () => {
    assertReadTheRest(await findingsOf('t.yaml', `${HEAD}      X: ${'{a: '.repeat(1000)}1${'}'.repeat(1000)}\n`), /nested deeper than 256 levels/);
    assertReadTheRest(await findingsOf('t.yaml', `${HEAD}      X: ${'!If [c, '.repeat(3000)}1${', 2]'.repeat(3000)}\n`), /nested deeper than 256 levels/);
  });

  it('2,000-deep YAML block maps and sequences: no syntax error, the rest analysed', async () => {
    let maps = '';
    for (let i = 0; i < 2000; i++) maps += `${' '.repeat(8 + i)}k:\n`;
    assertReadTheRest(await findingsOf('t.yaml', `${HEAD}      Deep:\n${maps}      MemorySize: 20000\n`), /nested deeper than 256 levels/);
    let seqs = '';
    for (let i = 0; i < 2000; i++) seqs += `${' '.repeat(8 + 2 * i)}- \n`;
    const findings = await findingsOf('t.yaml', `${HEAD}      Deep:\n${seqs}      MemorySize: 20000\n`);
    assertReadTheRest(findings, /nested deeper than 256 levels/);
    assert.ok(findings.some((f) => f.ruleId === 'lambda-memory'), 'a key after the deep part is read too');
  });

  it('a 5,000-deep JSON array: the template is still analysed (the Timeout beside it is found)', async () => {
    const text = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"F": {"Type": "AWS::Lambda::Function", "Properties": {"X": ${'['.repeat(5000)}${']'.repeat(5000)}, "Timeout": 1000}}}}`;
    assertReadTheRest(await findingsOf('t.json', text), /nested deeper than 256 levels/);
  });

  it('hovers over the deep part answer without a throw', async () => {
    const text = `${HEAD}      X: ${'['.repeat(1000)}${']'.repeat(1000)}\n`;
    const analysis = await sn.analyze({ fileName: 't.yaml', text });
    for (const offset of [text.indexOf('X:') + 600, text.length - 3]) sn.hover(analysis, offset);
  });
});

describe('pre-scan of big YAML and JSON', () => {
  it('a 5 MB one-line flow list of 1.7 M numbers is refused with one information finding, not parsed', async () => {
    const numbers = new Array<string>(1_700_000).fill('7').join(', ');
    const findings = await findingsOf('template.yaml', `${HEAD}      X: [${numbers}]\n`);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['file-too-large', 'information']]);
    assert.match(findings[0].message, /more than 500,000 tokens/);
  });

  it('a refused file that is not named like a template but says AWS:: still gets its information finding (never silence)', async () => {
    const findings = await findingsOf('t.yaml', `${HEAD}      X:\n${'        - 7\n'.repeat(120_000)}`);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['file-too-large', 'information']]);
  });

  it('stops lexing at the token bound', () => {
    const result = prescanYaml(`x: [${new Array<string>(400_000).fill('1').join(',')}]`);
    assert.equal(result.text, undefined);
    assert.equal(result.tokens, MAX_TOKENS + 1);
  });

  it('a JSON template over the token bound (15 arrays of 20,000 items: 600,000 tokens) is refused with one information finding, as YAML is', async () => {
    const arrays = new Array<string>(15).fill(`[${new Array<string>(20_000).fill('1').join(',')}]`).join(',');
    const text = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"F": {"Type": "AWS::Lambda::Function", "Properties": {"X": [${arrays}], "Timeout": 1000}}}}`;
    for (const fileName of ['template.json', 't.json']) {
      const findings = await findingsOf(fileName, text);
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['file-too-large', 'information']], fileName);
      assert.equal(findings[0].message, 'This JSON has more than 500,000 tokens, more than a CloudFormation template can hold (1 MB): not analysed.');
    }
  });

  it('stops scanning JSON at the token bound, with the YAML wording', () => {
    const result = prescanJson(`[${new Array<string>(400_000).fill('1').join(',')}]`);
    assert.equal(result.text, undefined);
    assert.equal(result.tokens, MAX_TOKENS + 1);
    const yaml = prescanYaml(`x: [${new Array<string>(400_000).fill('1').join(',')}]`);
    assert.deepEqual(result.problems.map((p) => p.message.replace('JSON', 'YAML')), yaml.problems.map((p) => p.message));
  });

  it('one flow list of 30,000 items is skipped and the rest of the template analysed', async () => {
    const findings = await findingsOf('t.yaml', `${HEAD}      X: [${new Array<string>(30_000).fill('1').join(', ')}]\n`);
    assertReadTheRest(findings, /with more than 20,000 items/);
  });

  it('a JSON array of 30,000 items is skipped and the rest analysed', async () => {
    const text = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"F": {"Type": "AWS::Lambda::Function", "Properties": {"X": [${new Array<string>(30_000).fill('1').join(',')}], "Timeout": 1000}}}}`;
    assertReadTheRest(await findingsOf('t.json', text), /with more than 20,000 items/);
  });

  it('blanking keeps every offset: the text keeps its length, lines and the bytes around the skipped part', () => {
    const text = `a: 1\nb: ${'['.repeat(300)}\n  x\n${']'.repeat(300)}\nc: 2\n`;
    const out = prescanYaml(text).text!;
    assert.equal(out.length, text.length);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.equal(out.slice(0, text.indexOf('[')), text.slice(0, text.indexOf('[')));
    assert.ok(out.endsWith('\nc: 2\n'));
    assert.equal(prescanYaml(out).problems.length, 0, 'what is left is within bounds');
  });

  it('changes no file of the corpus', { skip: NO_CORPUS }, () => {
    const changed: string[] = [];
    for (const file of findFiles([CORPUS], { includeSource: false, includeCdkOut: true })) {
      const text = readFileSync(file, 'utf8');
      const result = file.endsWith('.json') ? prescanJson(text) : prescanYaml(text);
      if (result.text !== text || result.problems.length) changed.push(file);
    }
    assert.deepEqual(changed, []);
  });
});
