/** issue 12 seen: `RecoveryPeriodInDays: 40` had no finding and no budget line (PITR keeps 1–35 days). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFixture, cdkService } from '../cdk-helpers';
import { caret } from '../support/expectations';
import { service } from '../support/service';

const sn = service();
const table = (spec: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - { AttributeName: pk, KeyType: HASH }
${spec}`;

describe('PITR recovery period 1–35 days', () => {
  it('seen: RecoveryPeriodInDays: 40 is an error with a fix, and its hover leads with it and has a budget line', async () => {
    const { text, offset } = caret(table('      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n        RecoveryPeriodInDays: 4|0\n'));
    const analysis = await sn.analyze({ fileName: 't.yaml', text });
    const finding = analysis.findings.find((f) => f.ruleId === 'dynamodb-pitr-recovery-period');
    assert.equal(finding?.severity, 'error');
    assert.match(finding!.message, /RecoveryPeriodInDays 40 is outside point-in-time recovery's 1–35 days/);
    assert.equal(finding!.fix?.edits[0].newText, '35');
    const hover = sn.hover(analysis, offset)!;
    assert.match(hover.markdown.split('\n')[0], /^\*\*Error\*\* `dynamodb-pitr-recovery-period`/);
    assert.match(hover.markdown, /\*\*RecoveryPeriodInDays 40\*\*: PITR keeps 1–35 days\./);
  });
  it('the budget line on the key: the period against 1–35 days, or the 35-day default', async () => {
    const { text, offset } = caret(table('      PointInTimeRecovery|Specification:\n        PointInTimeRecoveryEnabled: true\n        RecoveryPeriodInDays: 7\n'));
    const hover = sn.hover(await sn.analyze({ fileName: 't.yaml', text }), offset)!;
    assert.equal(hover.markdown.split('\n')[0], 'RecoveryPeriodInDays 7 of 1–35 days: restore to any second of the last 7 days.');
    const unset = caret(table('      PointInTimeRecovery|Specification:\n        PointInTimeRecoveryEnabled: true\n'));
    const h2 = sn.hover(await sn.analyze({ fileName: 't.yaml', text: unset.text }), unset.offset)!;
    assert.match(h2.markdown.split('\n')[0], /^Recovery period not set: PITR keeps the maximum, \*\*35 days\*\*/);
  });
  it('CDK: pointInTimeRecoverySpecification.recoveryPeriodInDays', async () => {
    const analysis = await analyzeFixture('ts', 'pitr-recovery-period.ts');
    const findings = analysis.findings.filter((f) => f.ruleId === 'dynamodb-pitr-recovery-period');
    assert.deepEqual(findings.map((f) => f.range.start.line + 1), [analysis.text.split('\n').findIndex((l) => l.includes('recoveryPeriodInDays')) + 1]);
    assert.equal(findings[0].fix?.edits[0].newText, '35');
    void cdkService;
  });
  it('serverless.yml resources are read as CloudFormation', async () => {
    const text = `service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\nresources:\n  Resources:\n    T:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        BillingMode: PAY_PER_REQUEST\n        KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n        PointInTimeRecoverySpecification:\n          PointInTimeRecoveryEnabled: true\n          RecoveryPeriodInDays: 36\n`;
    const analysis = await sn.analyze({ fileName: 'serverless.yml', text });
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'dynamodb-pitr-recovery-period').map((f) => f.range.start.line + 1), [14]);
  });
});
