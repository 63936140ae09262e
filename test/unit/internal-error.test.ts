/**
 * A failure inside one reader or rule (a bug of ours) becomes one `internal-error` information finding
 * that names it; the other rules still run and nothing is thrown out of analyze or hover (issue 10).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core';
import { RESOURCE_READERS } from '../../src/core/sources/cloudformation/reader';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/rules/rule';
import { service } from './support/service';

const TEMPLATE = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Timeout: 1000\n";
const throwing = (id: string, message = 'boom'): Rule => ({
  meta: { id, title: 'throws', description: 'test', severity: 'error', topic: 'lambda-limits', limits: [], fixable: false },
  check() {
    throw new Error(message);
  },
});

describe('internal-error', () => {
  it('a rule that throws: one internal-error information finding naming it, the other rules still run', async () => {
    const analysis = await analyze({ fileName: 'template.yaml', text: TEMPLATE }, { ruleList: [throwing('test-thrower'), ...RULES] });
    const internal = analysis.findings.filter((f) => f.ruleId === 'internal-error');
    assert.equal(internal.length, 1);
    assert.equal(internal[0].severity, 'information');
    assert.match(internal[0].message, /Rule test-thrower failed: boom/);
    assert.ok(!analysis.findings.some((f) => f.ruleId === 'test-thrower'), 'not reported under the failing rule’s own id');
    assert.ok(analysis.findings.some((f) => f.ruleId === 'lambda-timeout'));
  });

  it('a rule error message is quoted, not echoed whole', async () => {
    const analysis = await analyze({ fileName: 'template.yaml', text: TEMPLATE }, { ruleList: [throwing('test-thrower', 'x'.repeat(200_000))] });
    const [internal] = analysis.findings.filter((f) => f.ruleId === 'internal-error');
    assert.ok(internal.message.length < 200, `${internal.message.length} characters`);
    assert.match(internal.message, /x…/);
  });

  it('a resource reader that throws loses that resource only, named in one finding', async () => {
    RESOURCE_READERS['Test::Throws::Resource'] = () => {
      throw new Error('reader bug');
    };
    try {
      const text = `${TEMPLATE}  Bad:\n    Type: Test::Throws::Resource\n`;
      const findings = (await service().analyze({ fileName: 'template.yaml', text })).findings;
      const internal = findings.filter((f) => f.ruleId === 'internal-error');
      assert.equal(internal.length, 1, JSON.stringify(findings));
      assert.match(internal[0].message, /Test::Throws::Resource reader \(resource Bad\): reader bug/);
      assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'), 'the function is still checked');
    } finally {
      delete RESOURCE_READERS['Test::Throws::Resource'];
    }
  });

  it('an external (CDK) reader that throws: analyze answers with one finding naming it', async () => {
    const reader = { accepts: (name: string) => name.endsWith('.ts'), read: () => Promise.reject(new Error('parser crashed')) };
    const analysis = await analyze({ fileName: 'stack.ts', text: 'new lambda.Function(this, "F", {});' }, { externalReaders: [reader] });
    assert.deepEqual(analysis.findings.map((f) => [f.ruleId, f.severity]), [['internal-error', 'information']]);
    assert.match(analysis.findings[0].message, /CDK TypeScript\/JavaScript reader: parser crashed/);
  });

  it('the serverless.yml reader failing is visible (it used to give silence)', async () => {
    const text = 'service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  f:\n    handler: h.main\n    timeout: 1000\n';
    // A document whose name cannot be read from inside the serverless reader: a stand-in for a reader bug.
    const doc = {
      text,
      get fileName(): string {
        if (new Error().stack?.includes('serverless/')) throw new Error('reader bug');
        return 'serverless.yml';
      },
    };
    const analysis = await service().analyze(doc);
    const internal = analysis.findings.filter((f) => f.ruleId === 'internal-error');
    assert.equal(internal.length, 1, JSON.stringify(analysis.findings));
    assert.match(internal[0].message, /serverless\.yml reader: reader bug/);
  });

  it('a hover whose locate throws answers nothing instead of throwing', async () => {
    const sn = service();
    const analysis = await sn.analyze({ fileName: 'template.yaml', text: TEMPLATE });
    const broken = { ...analysis, source: { ...analysis.source!, locate: () => { throw new Error('locate bug'); } } };
    assert.equal(sn.hover(broken, 10), undefined);
  });
});
