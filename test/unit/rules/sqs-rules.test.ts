import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sqsVisibilityRecommended } from '../../../src/core/rules/sqs-visibility-recommended';
import { sqsVisibilityTimeout } from '../../../src/core/rules/sqs-visibility-timeout';
import { applyFixes } from '../support/expectations';
import { checkFixture, lineOf, messageAt } from '../support/rule-fixtures';
import { fixture } from '../support/service';

describe('sqs-visibility-timeout', () => {
  it('compares with defaults and names the function', async () => {
    const analysis = await checkFixture(sqsVisibilityTimeout, 'bad.yaml');
    const text = fixture('rules', 'sqs-visibility-timeout', 'bad.yaml');
    assert.equal(
      messageAt(analysis, lineOf(text, 'VisibilityTimeout: 30')),
      "VisibilityTimeout 30 s of queue Jobs is shorter than function Worker's timeout of 60 s: Lambda rejects the event source mapping. AWS recommends at least 6× the function timeout (360 s).",
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
    assert.equal(messageAt(analysis, lineOf(text, 'VisibilityTimeout: 100')), "VisibilityTimeout 100 s of queue Jobs is below 6× function Worker's timeout of 60 s (360 s), as AWS recommends.");
    assert.match(messageAt(analysis, lineOf(text, 'Defaults:')), /^The default visibility timeout of 30 s of queue Defaults is below 6× function TenSeconds's timeout of 10 s \(60 s\)/);
    assert.match(messageAt(analysis, lineOf(text, 'Default: 40')), /queue FromParameter .* Set in parameter Visibility \(Default\); affects function ParamWorker\.$/);
    assert.deepEqual(analysis.findings.filter((f) => f.fix).map((f) => f.fix!.edits[0].newText), ['360']);
    assert.ok(analysis.findings.every((f) => f.severity === 'information'));
  });

  it("uses the Serverless Framework's 6 s default, not Lambda's 3 s, and says so", async () => {
    const analysis = await checkFixture(sqsVisibilityRecommended, 'framework-default.serverless.yml');
    const text = fixture('rules', 'sqs-visibility-recommended', 'framework-default.serverless.yml');
    assert.equal(
      messageAt(analysis, lineOf(text, 'VisibilityTimeout: 30')),
      "VisibilityTimeout 30 s of queue Jobs is below 6× function worker's timeout of 6 s (not set: the Serverless Framework's default) (36 s), as AWS recommends.",
    );
  });
});
