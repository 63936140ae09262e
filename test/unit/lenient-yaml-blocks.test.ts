/**
 * Several multi-line quoted `!Sub '{ … }'` policies with under-indented lines, as PyYAML (CloudFormation's
 * reader) accepts them: seen failing on the third block ("643 more syntax errors"). Generated at several
 * sizes and indentations; every resource is read and a finding after the blocks lands on its own line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { service } from './support/service';

const block = (name: string, indent: number, quote: "'" | '"', i: number) => {
  const pad = ' '.repeat(indent);
  const inner = quote === "'" ? `"Resource": "arn:aws:s3:::\${AWS::StackName}-${i}/*"` : `\\"Resource\\": \\"*\\"`;
  return `  ${name}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: !Sub ${quote}{\n${pad}${quote === "'" ? '"Version": "2012-10-17",' : '\\"Version\\": \\"2012-10-17\\",'}\n${pad}${quote === "'" ? '"Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", ' : '\\"Statement\\": [{ \\"Effect\\": \\"Allow\\", '}${inner} }]\n${' '.repeat(Math.max(0, indent - 2))}}${quote}\n`;
};

describe('lenient YAML: many multi-line quoted policies', () => {
  it('seen: three single-quoted !Sub policies at column 2 (the third used to fail)', async () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${[0, 1, 2].map((i) => block(`P${i}`, 2, "'", i)).join('')}  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 5\n  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: a.b\n      CodeUri: s/\n      Timeout: 60\n      Events:\n        Q: { Type: SQS, Properties: { Queue: !GetAtt Jobs.Arn } }\n`.replace("AWSTemplateFormatVersion: '2010-09-09'\n", "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n");
    const analysis = await service().analyze({ fileName: 'template.yaml', text });
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'syntax-error'), []);
    const finding = analysis.findings.find((f) => f.ruleId === 'sqs-visibility-timeout');
    assert.equal(finding?.range.start.line, text.split('\n').findIndex((l) => l.includes('VisibilityTimeout: 5')));
  });

  it('reads every block at any count, indentation and quote style', async () => {
    const analyzer = service();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ indent: fc.integer({ min: 0, max: 8 }), quote: fc.constantFrom<"'" | '"'>("'", '"') }), { minLength: 1, maxLength: 12 }), async (blocks) => {
        const text = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${blocks.map((b, i) => block(`P${i}`, b.indent, b.quote, i)).join('')}  Last:\n    Type: AWS::SQS::Queue\n`;
        const analysis = await analyzer.analyze({ fileName: 'template.yaml', text });
        assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'syntax-error').map((f) => f.message), [], text);
        assert.deepEqual(analysis.source?.model.queues.map((q) => q.id), ['Last'], text);
      }),
      { seed: 22, numRuns: 80 },
    );
  });
});
