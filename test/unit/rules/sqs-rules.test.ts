import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sqsVisibilityRecommended } from '../../../src/core/rules/sqs-visibility-recommended';
import { sqsVisibilityTimeout } from '../../../src/core/rules/sqs-visibility-timeout';
import { applyFixes } from '../support/expectations';
import { checkFixture, lineOf, messageAt } from '../support/rule-fixtures';
import { fixture, service } from '../support/service';

describe('sqs-visibility-timeout', () => {
  it('compares with defaults and names the function', async () => {
    const analysis = await checkFixture(sqsVisibilityTimeout, 'bad.yaml');
    const text = fixture('rules', 'sqs-visibility-timeout', 'bad.yaml');
    assert.equal(
      messageAt(analysis, lineOf(text, 'VisibilityTimeout: 30')),
      "VisibilityTimeout 30 s of queue Jobs is shorter than function Worker's timeout of 60 s: Lambda rejects the event source mapping. AWS recommends at least 360 s: 6× the function timeout.",
    );
    const unset = messageAt(analysis, lineOf(text, 'Defaults:'));
    assert.match(unset, /^The default visibility timeout of 30 s of queue Defaults is shorter than function RawWorker's timeout of 45 s/);
    assert.ok(applyFixes(text, analysis).includes('VisibilityTimeout: 360 #'));
    assert.ok(analysis.findings.every((f) => f.severity === 'error'));
  });

  it('keeps JSON valid: the fix on a quoted number writes 720', async () => {
    const analysis = await checkFixture(sqsVisibilityTimeout, 'bad.json');
    assert.equal(analysis.findings[0].fix?.edits[0].newText, '720');
  });
});

describe('sqs-visibility-recommended', () => {
  it('recommends 6× and fixes only literal values on the queue', async () => {
    const analysis = await checkFixture(sqsVisibilityRecommended, 'bad.yaml');
    const text = fixture('rules', 'sqs-visibility-recommended', 'bad.yaml');
    assert.equal(messageAt(analysis, lineOf(text, 'VisibilityTimeout: 100')), "VisibilityTimeout 100 s of queue Jobs is below what AWS recommends, 360 s: 6× function Worker's timeout of 60 s.");
    assert.match(messageAt(analysis, lineOf(text, 'Defaults:')), /^The default visibility timeout of 30 s of queue Defaults is below what AWS recommends, 60 s: 6× function TenSeconds's timeout of 10 s/);
    assert.match(messageAt(analysis, lineOf(text, 'Default: 40')), /queue FromParameter .* Set in parameter Visibility \(Default\); affects function ParamWorker\.$/);
    assert.deepEqual(analysis.findings.filter((f) => f.fix).map((f) => f.fix!.edits[0].newText), ['360']);
    assert.ok(analysis.findings.every((f) => f.severity === 'information'));
  });

  it("uses the Serverless Framework's 6 s default, not Lambda's 3 s, and says so", async () => {
    const analysis = await checkFixture(sqsVisibilityRecommended, 'framework-default.serverless.yml');
    const text = fixture('rules', 'sqs-visibility-recommended', 'framework-default.serverless.yml');
    assert.equal(
      messageAt(analysis, lineOf(text, 'VisibilityTimeout: 30')),
      "VisibilityTimeout 30 s of queue Jobs is below what AWS recommends, 36 s: 6× function worker's timeout of 6 s (not set: the Serverless Framework's default).",
    );
  });
});

describe('the SQS rules as cases of the chain rules', () => {
  const analyze = (text: string, fileName: string, options: { rules?: Record<string, 'on' | 'off'> } = {}) => service().analyze({ fileName, text }, options);
  const template = (visibility: number, window?: number) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: ${visibility}
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Timeout: 60
      Events:
        Jobs:
          Type: SQS
          Properties:
            Queue: !GetAtt Jobs.Arn
${window === undefined ? '' : `            MaximumBatchingWindowInSeconds: ${window}\n`}`;

  it('adds the batching window to 6× the timeout, and the fix writes the sum', async () => {
    const analysis = await analyze(template(360, 20), 'template.yaml', { rules: { 'sqs-visibility-recommended': 'on' } });
    const finding = analysis.findings.find((f) => f.ruleId === 'sqs-visibility-recommended');
    assert.ok(finding, 'a visibility of 6× the timeout is short by the batching window');
    assert.match(finding.message, /380 s: 6× function Worker's timeout of 60 s plus the batching window of 20 s\.$/);
    assert.equal(finding.fix?.edits[0].newText, '380');
    const fixed = await analyze(template(380, 20), 'template.yaml');
    assert.ok(!fixed.findings.some((f) => f.ruleId.startsWith('sqs-visibility')));
  });

  it('carries the consuming function as a related location', async () => {
    const text = template(30);
    const analysis = await analyze(text, 'template.yaml');
    const finding = analysis.findings.find((f) => f.ruleId === 'sqs-visibility-timeout');
    assert.ok(finding);
    assert.deepEqual(finding.related?.map((r) => r.message), ['Function Worker may run 60 s']);
    assert.equal(finding.related?.[0].range.start.line, text.split('\n').findIndex((l) => l.includes('Timeout: 60')));
  });
});
