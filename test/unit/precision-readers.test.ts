/** Issue 22's reader fixes (false alarms and misses seen on real projects): each test failed before its fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, service } from './support/service';

const analyze = (text: string, fileName = 'template.yaml') => service().analyze({ fileName, text });

describe('SAM without its Transform', () => {
  it('does not apply Globals, and says so once', async () => {
    const text = fixture('rules', 'sam-transform-missing', 'bad.yaml');
    const analysis = await analyze(text);
    assert.deepEqual(analysis.findings.map((f) => f.ruleId).filter((id) => id === 'sam-transform-missing' || id === 'apigw-lambda-timeout'), ['sam-transform-missing']);
    assert.equal(analysis.source?.model.functions[0].timeout, undefined);
  });
  it('applies them with the Transform', async () => {
    const text = fixture('rules', 'sam-transform-missing', 'bad.yaml').replace("AWSTemplateFormatVersion: '2010-09-09'", "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31");
    const analysis = await analyze(text);
    assert.ok(analysis.findings.some((f) => f.ruleId === 'apigw-lambda-timeout'));
    assert.ok(!analysis.findings.some((f) => f.ruleId === 'sam-transform-missing'));
  });
});
