/** Every construct the CDK readers map, in both languages (the two fixtures declare the same stack). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownValue, type LambdaFunction } from '../../src/core/model';
import { analyzeFixture, readerErrors, spanText } from './cdk-helpers';

function summary(fn: LambdaFunction) {
  return {
    id: fn.id,
    resourceType: fn.resourceType,
    runtime: knownValue(fn.runtime),
    packageType: knownValue(fn.packageType),
    snapStart: knownValue(fn.snapStart),
    architectures: knownValue(fn.architectures),
    reservedConcurrency: knownValue(fn.reservedConcurrency),
    provisionedConcurrency: knownValue(fn.provisionedConcurrency),
    vpc: fn.vpc !== undefined,
    publishesVersions: fn.publishesVersions ?? false,
    edge: fn.edge ?? false,
    events: fn.events.map((e) => ({ kind: e.kind, targetId: e.targetId, timeoutMs: knownValue(e.integrationTimeoutMs), edgeEventType: knownValue(e.edgeEventType) })),
  };
}

// A function that sets no architecture deploys Lambda's x86_64 (the CDK writes no Architectures).
const base = { packageType: undefined, snapStart: undefined, architectures: ['x86_64'], reservedConcurrency: undefined, provisionedConcurrency: undefined, vpc: false, publishesVersions: false, edge: false, events: [] };
const ev = (kind: string, targetId?: string, timeoutMs?: number, edgeEventType?: string) => ({ kind, targetId, timeoutMs, edgeEventType });

for (const [language, path, py] of [
  ['TypeScript', ['ts', 'constructs.ts'], false],
  ['Python', ['py', 'constructs.py'], true],
] as const) {
  test(`${language}: Lambda function constructs, followed through import aliases`, async () => {
    const { source } = await analyzeFixture(...path);
    assert.ok(source);
    const fns = source.model.functions.map(summary);
    assert.deepEqual(fns, [
      {
        ...base,
        id: 'worker',
        resourceType: 'AWS::Lambda::Function',
        runtime: 'java21',
        snapStart: 'PublishedVersions',
        architectures: ['arm64'],
        reservedConcurrency: 10,
        provisionedConcurrency: 2,
        vpc: true,
        publishesVersions: true,
        events: [ev('sqs', 'jobs'), ev('dynamodb-stream', 'table')],
      },
      { ...base, id: 'api', resourceType: 'AWS::Lambda::Function', runtime: 'provided.al2023', events: [ev('rest-api', 'rest', 29000)] },
      ...(py ? [] : [{ ...base, id: 'nodeFn', resourceType: 'AWS::Lambda::Function', runtime: 'nodejs20.x', events: [ev('rest-api', 'proxy')] }]),
      { ...base, id: py ? 'py_fn' : 'pyFn', resourceType: 'AWS::Lambda::Function', runtime: 'python3.12', events: [ev('http-api', 'http')] },
      { ...base, id: 'image', resourceType: 'AWS::Lambda::Function', runtime: undefined, packageType: 'Image' },
      { ...base, id: 'dotnet', resourceType: 'AWS::Lambda::Function', runtime: 'dotnet8', events: py ? [ev('rest-api', 'proxy')] : [] },
      { ...base, id: 'edge', resourceType: 'AWS::Lambda::Function', runtime: 'nodejs20.x', publishesVersions: true, edge: true, events: [ev('cloudfront', undefined, undefined, 'viewer-request')] },
    ]);
    assert.deepEqual(readerErrors, []);
  });

  test(`${language}: queues, tables, APIs, state machines, Cognito, CloudFront and RDS proxy`, async () => {
    const { source, text } = await analyzeFixture(...path);
    const m = source!.model;
    assert.deepEqual(m.queues.map((q) => [q.id, q.resourceType, knownValue(q.visibilityTimeout), spanText(text, q.visibilityTimeout?.span)]), [['jobs', 'AWS::SQS::Queue', 300, 'Duration.minutes(5)']]);
    assert.deepEqual(
      m.tables.map((t) => [t.id, t.resourceType, knownValue(t.billingMode), knownValue(t.tableClass), knownValue(t.streamViewType), knownValue(t.ttlAttribute), t.replicaCount, t.keyAttributes?.map((k) => [k.name, k.type])]),
      [
        ['table', 'AWS::DynamoDB::Table', 'PAY_PER_REQUEST', 'STANDARD_INFREQUENT_ACCESS', 'NEW_AND_OLD_IMAGES', 'expiresAt', undefined, [['pk', 'S']]],
        [py ? 'global_table' : 'global', 'AWS::DynamoDB::GlobalTable', 'PAY_PER_REQUEST', undefined, 'NEW_AND_OLD_IMAGES', undefined, 3, [['id', 'N']]],
      ],
    );
    assert.deepEqual(m.apis.map((a) => [a.id, a.resourceType, a.protocol, knownValue(a.endpointType)]), [
      ['rest', 'AWS::ApiGateway::RestApi', 'REST', 'REGIONAL'],
      // LambdaRestApi without endpointTypes: API Gateway's EDGE, named in the hover only (see read-resources.ts).
      ['proxy', 'AWS::ApiGateway::RestApi', 'REST', undefined],
      ['http', 'AWS::ApiGatewayV2::Api', 'HTTP', undefined],
    ]);
    assert.deepEqual(m.stateMachines.map((s) => [s.id, knownValue(s.type), s.durations.map((d) => [d.what, knownValue(d.seconds)])]), [['machine', 'EXPRESS', [['timeout', 600]]]]);
    assert.deepEqual(m.userPools.map((p) => [p.id, knownValue(p.mfa), p.mfaMethodConfigured]), [['users', 'ON', true]]);
    assert.deepEqual(m.identityPools.map((p) => [p.id, knownValue(p.allowUnauthenticated)]), [['identities', true]]);
    assert.deepEqual(m.cloudFrontFunctions.map((f) => [f.id, knownValue(f.runtime), knownValue(f.code)]), [['rewrite', 'cloudfront-js-2.0', 'function handler(event) { return event.request; }']]);
    assert.deepEqual(m.facts, { dbProxies: 1 });
  });

  test(`${language}: findings of other rules reach CDK code through the model`, async () => {
    const analysis = await analyzeFixture(...path);
    const express = analysis.findings.find((f) => f.ruleId === 'stepfunctions-express-duration');
    assert.ok(express, 'the Express workflow timeout of 600 s is reported');
    assert.equal(spanText(analysis.text, express.span), 'Duration.minutes(10)');
    // TableV2 with replicas: the CDK enables NEW_AND_OLD_IMAGES itself, so no global-table stream finding.
    assert.equal(analysis.findings.filter((f) => f.ruleId === 'dynamodb-global-table-stream').length, 0);
  });
}
