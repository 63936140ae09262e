/** Issue 22's reader fixes (false alarms and misses seen on real projects): each test failed before its fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, service } from './support/service';
import { cdkService } from './cdk-helpers';

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

describe('CDK imports anywhere in the file', () => {
  it('Python: aws_lambda/aws_apigateway imported inside __init__', async () => {
    const text = fixture('chains', 'inner_imports_stack.py');
    const analysis = await cdkService.analyze({ fileName: 'inner_imports_stack.py', text });
    assert.equal(analysis.format, 'cdk');
    assert.ok(analysis.findings.some((f) => f.ruleId === 'apigw-lambda-timeout'));
  });
  it("TypeScript: require('aws-cdk-lib/aws-lambda') inside the constructor", async () => {
    const text = `import { Stack, Duration } from 'aws-cdk-lib';
export class S extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const lambda = require('aws-cdk-lib/aws-lambda');
    const apigw = require('aws-cdk-lib/aws-apigateway');
    const fn = new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromAsset('x'), timeout: Duration.seconds(60) });
    new apigw.LambdaRestApi(this, 'Api', { handler: fn });
  }
}
`;
    const analysis = await cdkService.analyze({ fileName: 'stack.ts', text });
    assert.ok(analysis.findings.some((f) => f.ruleId === 'apigw-lambda-timeout'));
  });
});

describe('CDK: a streamed REST integration is not bound by 29 s', () => {
  const stack = (options: string) => `import { Duration, Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const fn = new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromAsset('x'), timeout: Duration.minutes(5) });
    const api = new apigw.RestApi(this, 'Api');
    api.root.addMethod('GET', new apigw.LambdaIntegration(fn${options}));
  }
}
`;
  it('STREAM: no finding; BUFFERED and unset: the 29 s finding', async () => {
    const ids = async (options: string) => (await cdkService.analyze({ fileName: 'stack.ts', text: stack(options) })).findings.map((f) => f.ruleId);
    assert.ok(!(await ids(', { responseTransferMode: apigw.ResponseTransferMode.STREAM }')).includes('apigw-lambda-timeout'));
    assert.ok((await ids(', { responseTransferMode: apigw.ResponseTransferMode.BUFFERED }')).includes('apigw-lambda-timeout'));
    assert.ok((await ids('')).includes('apigw-lambda-timeout'));
  });
});
