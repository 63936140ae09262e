/**
 * Findings mark the key or the value that has to change, never a block (issue 11): over every file of
 * the real-world corpus (../shared/corpus, every format, every rule on) no finding spans more than two
 * lines; focused fixtures check what is marked for a VpcConfig block, a large Variables map and a CDK Table.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { findFiles } from '../../src/cli/find-files';
import { RULES, type Analysis, type Finding, type Rule } from '../../src/core';
import { cdkService, readerErrors } from './cdk-helpers';
import { CORPUS, FIXTURES, service } from './support/service';

const ALL_RULES = Object.fromEntries(RULES.map((r) => [r.meta.id, 'on' as const]));

/** Every file of the corpus the CLI would read, CDK sources included (the walker of corpus.test.ts). */
function corpusFiles(): string[] {
  return findFiles([CORPUS], { includeSource: true, includeCdkOut: true }).sort();
}

function spansBlock(f: Finding): boolean {
  return f.range.end.line - f.range.start.line > 1;
}

describe('finding ranges over the corpus', { skip: existsSync(CORPUS) ? false : 'corpus not present (../shared/corpus)' }, () => {
  it('no finding spans more than two lines (every format, every rule on)', async () => {
    const files = corpusFiles();
    assert.ok(files.length > 2000, `${files.length} files`);
    const offenders: string[] = [];
    let findings = 0;
    for (const file of files) {
      const analysis = await cdkService.analyze({ fileName: file, text: readFileSync(file, 'utf8') }, { rules: ALL_RULES });
      findings += analysis.findings.length;
      for (const f of analysis.findings) {
        if (spansBlock(f)) offenders.push(`${relative(CORPUS, file)}:${f.range.start.line + 1}-${f.range.end.line + 1} ${f.ruleId}`);
      }
    }
    assert.deepEqual(readerErrors, []);
    assert.ok(findings > 1000, `${findings} findings`);
    assert.deepEqual(offenders, [], `${offenders.length} of ${findings} findings span more than two lines`);
  });
});

const TEMPLATES = join(FIXTURES, 'ranges');

async function analyzeFile(name: string): Promise<Analysis & { text: string }> {
  const fileName = join(TEMPLATES, name);
  const text = readFileSync(fileName, 'utf8');
  const ls = name.endsWith('.ts') || name.endsWith('.py') ? cdkService : service();
  return { ...(await ls.analyze({ fileName, text }, { rules: ALL_RULES })), text };
}

function only(analysis: Analysis, ruleId: string): Finding {
  const found = analysis.findings.filter((f) => f.ruleId === ruleId);
  assert.equal(found.length, 1, `${ruleId}: ${JSON.stringify(analysis.findings.map((f) => [f.ruleId, f.range.start.line]))}`);
  return found[0];
}

function marked(text: string, f: Finding): string {
  return text.slice(f.span.start, f.span.end);
}

describe('what a finding marks', () => {
  it('an incomplete VpcConfig block: the VpcConfig key, on one line', async () => {
    const analysis = await analyzeFile('vpc-config.yaml');
    for (const id of ['vpc-config-incomplete', 'vpc-internet-access']) {
      const f = only(analysis, id);
      assert.equal(marked(analysis.text, f), 'VpcConfig', id);
      assert.equal(f.range.start.line, f.range.end.line, id);
    }
  });

  it('a 4 KB+ Variables map: the Variables key, the total in the message', async () => {
    const analysis = await analyzeFile('big-environment.yaml');
    const f = only(analysis, 'lambda-environment-size');
    assert.equal(marked(analysis.text, f), 'Variables');
    assert.match(f.message, /take 4,241 bytes \(40 variables/);
  });

  it('five layers and more in a list: the Layers key with the count', async () => {
    const analysis = await analyzeFile('many-layers.yaml');
    const f = only(analysis, 'lambda-layers');
    assert.equal(marked(analysis.text, f), 'Layers');
    assert.match(f.message, /^6 layers/);
  });

  it('a hover on the marked key still shows the finding', async () => {
    const analysis = await analyzeFile('vpc-config.yaml');
    const at = analysis.text.indexOf('VpcConfig') + 3;
    const hover = service().hover(analysis, at);
    assert.ok(hover?.markdown.includes('vpc-config-incomplete'), hover?.markdown);
  });

  it('a CDK Table without point-in-time recovery: the `new dynamodb.Table` head, not the call', async () => {
    const analysis = await analyzeFile('table-stack.ts');
    const f = only(analysis, 'dynamodb-point-in-time-recovery');
    assert.equal(marked(analysis.text, f), 'new dynamodb.Table');
    assert.equal(f.range.start.line, f.range.end.line);
  });

  it('a CDK environment over 4 KB: the `environment` prop key, the total in the message', async () => {
    const analysis = await analyzeFile('environment-stack.ts');
    const f = only(analysis, 'lambda-environment-size');
    assert.equal(marked(analysis.text, f), 'environment');
    assert.match(f.message, /take 4,241 bytes \(40 variables/);
  });

  it('a block no key introduces (the whole document) is marked on its first line only', async () => {
    const rule: Rule = {
      meta: { id: 'whole-document', title: 't', description: 'd', severity: 'warning', topic: 'lambda-limits', limits: [], fixable: false },
      check: (context) => context.report({ at: { span: { start: 0, end: text.length } }, message: 'm' }),
    };
    const text = readFileSync(join(TEMPLATES, 'vpc-config.yaml'), 'utf8');
    const [f] = (await service({ ruleList: [rule] }).analyze({ fileName: 'vpc-config.yaml', text })).findings;
    assert.equal(marked(text, f), "AWSTemplateFormatVersion: '2010-09-09'");
  });

  it('a quick fix still replaces the value itself, not the marked key', async () => {
    const analysis = await analyzeFile('vpc-config.yaml');
    const f = only(analysis, 'lambda-timeout');
    assert.equal(marked(analysis.text, f), '1200');
    assert.deepEqual(f.fix?.edits.map((e) => [analysis.text.slice(e.span.start, e.span.end), e.newText]), [['1200', '900']]);
  });
});
