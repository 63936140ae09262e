/** Issue 22's message fixes: each test failed before its fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { service } from './support/service';

const analyze = (text: string, fileName = 'template.yaml') => service().analyze({ fileName, text });

describe('duplicate-key names the key and its first line', () => {
  it('YAML', async () => {
    const text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 30\n      DelaySeconds: 0\n      VisibilityTimeout: 60\n";
    const finding = (await analyze(text)).findings.find((f) => f.ruleId === 'duplicate-key');
    assert.equal(finding?.message, 'Duplicate key "VisibilityTimeout" (first on line 6): the later value wins.');
  });
  it('JSON', async () => {
    const text = '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Q": { "Type": "AWS::SQS::Queue" },\n    "Q": { "Type": "AWS::SQS::Queue" }\n  }\n}\n';
    const finding = (await analyze(text, 'template.json')).findings.find((f) => f.ruleId === 'duplicate-key');
    assert.equal(finding?.message, 'Duplicate key "Q" (first on line 4): the later value wins.');
  });
});

describe('placeholder runtimes are called placeholders', () => {
  const template = (runtime: string) => `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: '${runtime}'\n      Handler: a.b\n      Role: r\n      Code: { ZipFile: x }\n`;
  for (const runtime of ['JAVA_VERSION', '{{cookiecutter.runtime}}', '<%= runtime %>', '__RUNTIME__', '${RUNTIME}']) {
    it(runtime, async () => {
      const finding = (await analyze(template(runtime))).findings.find((f) => f.ruleId === 'runtime-unknown');
      assert.equal(finding?.severity, 'information');
      assert.match(finding!.message, /is a placeholder, not a Lambda runtime id/);
    });
  }
  it('a typo is still an unknown runtime (error)', async () => {
    const finding = (await analyze(template('python3.1x'))).findings.find((f) => f.ruleId === 'runtime-unknown');
    assert.equal(finding?.severity, 'error');
  });
});

describe('the ignored Runtime says which runtime is deployed instead', () => {
  it('serverless.yml', async () => {
    const text = 'service: x\nprovider:\n  name: aws\n  runtime: python3.13\nfunctions:\n  api:\n    handler: h.main\n    Runtime: java21\n';
    const finding = (await analyze(text, 'serverless.yml')).findings.find((f) => f.ruleId === 'serverless-ignored-key');
    assert.match(finding!.message, /Deployed instead: python3\.13 \(provider\.runtime\)\.$/);
  });
});
