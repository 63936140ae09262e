import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/core';
import type { FileAccess } from '../../src/core/sources/source';
import { FIXTURES, fixture, service } from './support/service';

const DIR = join(FIXTURES, 'serverless');
const FILE_NAME = join(DIR, 'serverless.yml');
const files: FileAccess = {
  readFile(from, relative) {
    try {
      return readFileSync(join(dirname(from), relative), 'utf8');
    } catch {
      return undefined;
    }
  },
};

async function analyzeFixture(name: string, withFiles = true) {
  const text = fixture('serverless', name);
  const analysis = await service(withFiles ? { files } : {}).analyze({ fileName: FILE_NAME, text });
  return { text, analysis };
}

const byRule = (findings: readonly Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('serverless.yml reader: provider defaults', () => {
  it('reports a provider timeout once, on the provider line, naming the functions that inherit it', async () => {
    const { text, analysis } = await analyzeFixture('provider-timeout.serverless.yml');
    assert.equal(analysis.format, 'serverless');
    const timeouts = byRule(analysis.findings, 'lambda-timeout');
    assert.equal(timeouts.length, 1);
    const [finding] = timeouts;
    assert.deepEqual(finding.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 15 } });
    assert.equal(
      finding.message,
      "Timeout 1,200 s (20 min) exceeds Lambda's maximum of 900 s (15 min). Set in provider.timeout; affects 3 functions: create, list, report.",
    );
    assert.deepEqual(finding.affects, ['create', 'list', 'report']);
    assert.deepEqual(finding.fix?.edits, [{ span: { start: text.indexOf('1200'), end: text.indexOf('1200') + 4 }, newText: '900' }]);
  });

  it('lets a function override the provider value (fast sets 30 s and is not named)', async () => {
    const { analysis } = await analyzeFixture('provider-timeout.serverless.yml');
    const fast = analysis.source!.model.functions.find((f) => f.id === 'fast')!;
    assert.deepEqual(fast.timeout && fast.timeout.known === true && [fast.timeout.value, fast.timeout.derived], [30, undefined]);
    assert.ok(analysis.findings.every((f) => f.range.start.line !== 13));
    const create = analysis.source!.model.functions.find((f) => f.id === 'create')!;
    assert.equal(create.timeout?.known === true && create.timeout.derived, 'provider.timeout');
    assert.equal(create.runtime?.known === true && create.runtime.value, 'python3.12');
    assert.equal(create.resourceType, 'AWS::Lambda::Function');
  });

  it('measures the merged environment: only the function whose own map adds to the provider one breaks 4 KB', async () => {
    const { analysis } = await analyzeFixture('environment-merge.serverless.yml');
    const sizes = byRule(analysis.findings, 'lambda-environment-size');
    assert.equal(sizes.length, 1);
    // The function's own `environment` key (the map that breaks the limit), not the map's first variable.
    assert.deepEqual(sizes[0].range, { start: { line: 12, character: 4 }, end: { line: 12, character: 15 } });
    assert.equal(
      sizes[0].message,
      "Environment variables take 4,451 bytes (4 variables, measured as Lambda does: compact JSON, UTF-8), over Lambda's 4 KB limit of 4,096 bytes by 355. Set in provider.environment merged with functions.big.environment; affects function big.",
    );
    const override = analysis.source!.model.functions.find((f) => f.id === 'override')!;
    const shared = override.environment!.variables.find((v) => v.name === 'SHARED_A')!;
    assert.equal(shared.value.known === true && shared.value.value, 'short');
    assert.equal(override.environment!.variables.length, 2);
    const small = analysis.source!.model.functions.find((f) => f.id === 'small')!;
    assert.equal(small.environment!.derived, 'provider.environment');
  });
});

describe('serverless.yml reader: variables', () => {
  it('resolves self, sls, opt defaults, nested and file variables; a self value gets a fix where it is written', async () => {
    const { text, analysis } = await analyzeFixture('variables.serverless.yml');
    const timeouts = byRule(analysis.findings, 'lambda-timeout');
    assert.equal(timeouts.length, 1, 'worker (${env:}) and looped (a cycle) give no timeout finding');
    assert.deepEqual(timeouts[0].range, { start: { line: 16, character: 11 }, end: { line: 16, character: 15 } });
    assert.equal(timeouts[0].message, "Timeout 1,000 s (16.67 min) exceeds Lambda's maximum of 900 s (15 min). Set in custom.timeout; affects function api.");
    assert.deepEqual(timeouts[0].fix?.edits, [{ span: { start: text.indexOf('1000'), end: text.indexOf('1000') + 4 }, newText: '900' }]);

    const memory = byRule(analysis.findings, 'lambda-memory');
    assert.equal(memory.length, 1);
    assert.equal(memory[0].range.start.line, 5);
    assert.equal(memory[0].message, "MemorySize 20,480 MB exceeds Lambda's maximum of 10,240 MB. Set in provider.memorySize ← file(./files/config.yml):memory; affects 2 functions: api, looped.");
    assert.equal(memory[0].fix, undefined, 'a value read from another file is not rewritten here');

    const env = new Map(analysis.source!.model.functions[0].environment!.variables.map((v) => [v.name, v]));
    const value = (name: string) => {
      const v = env.get(name)!.value;
      return v.known === true ? v.value : undefined;
    };
    assert.equal(value('STAGE'), 'staging');
    assert.equal(value('TABLE'), 'vars-staging-orders');
    assert.equal(value('REGION'), 'us-east-1');
    assert.equal(value('NESTED'), 'staging-name');
    assert.equal(value('FROM_FILE'), 'from-json-file');
    assert.equal(value('MISSING_FILE'), 'fallback');
    assert.equal(env.get('FROM_ENV')!.value.known, false);
    assert.equal(env.get('SECRET')!.value.known, false);
    assert.equal(env.get('SECRET')!.minLength, 'prefix-'.length);
  });

  it('leaves file variables unknown when no file access is given: no finding from them', async () => {
    const { analysis } = await analyzeFixture('variables.serverless.yml', false);
    assert.equal(byRule(analysis.findings, 'lambda-memory').length, 0);
    const api = analysis.source!.model.functions[0];
    assert.equal(api.memorySize?.known, false);
  });
});

describe('serverless.yml reader: events, resources and function settings', () => {
  it('maps events and links sqs/stream events to resources declared under resources:', async () => {
    const { analysis } = await analyzeFixture('events.serverless.yml');
    const model = analysis.source!.model;
    const fn = (id: string) => model.functions.find((f) => f.id === id)!;
    assert.deepEqual(fn('consumer').events.map((e) => [e.kind, e.targetId]), [
      ['sqs', 'JobsQueue'],
      ['sqs', 'OtherQueue'],
      ['dynamodb-stream', 'OrdersTable'],
    ]);
    assert.deepEqual(fn('web').events.map((e) => e.kind), ['rest-api', 'http-api', 'websocket', 'schedule', 's3']);
    const edge = fn('edge');
    assert.equal(edge.edge, true);
    assert.equal(edge.events[0].kind, 'cloudfront');
    assert.equal(edge.events[0].edgeEventType?.known === true && edge.events[0].edgeEventType.value, 'viewer-request');
    assert.equal(fn('web').edge, undefined);
    assert.deepEqual(model.queues.map((q) => q.id), ['JobsQueue', 'OtherQueue']);
    assert.deepEqual(model.tables.map((t) => t.id), ['OrdersTable']);
    const sqs = byRule(analysis.findings, 'sqs-visibility-timeout');
    assert.deepEqual(sqs.map((f) => f.range.start.line), [48, 49]);
  });

  it('reads snapStart, layers, reserved concurrency, /tmp and provider.versionFunctions', async () => {
    const { analysis } = await analyzeFixture('events.serverless.yml');
    const java = analysis.source!.model.functions.find((f) => f.id === 'java')!;
    assert.equal(java.snapStart?.known === true && java.snapStart.value, 'PublishedVersions');
    assert.equal(java.layers?.known === true && java.layers.value, 2);
    assert.equal(java.runtime?.known === true && java.runtime.value, 'java21');
    assert.equal(java.publishesVersions, false);
    const storage = byRule(analysis.findings, 'lambda-ephemeral-storage');
    assert.equal(storage.length, 1);
    assert.deepEqual(storage[0].range, { start: { line: 42, character: 26 }, end: { line: 42, character: 31 } });
    assert.equal(storage[0].fix?.edits[0].newText, '10240');
    assert.equal(byRule(analysis.findings, 'lambda-reserved-concurrency')[0]?.range.start.line, 41);
  });

  it('publishes versions by default (versionFunctions defaults to true)', async () => {
    const { analysis } = await analyzeFixture('provider-timeout.serverless.yml');
    assert.ok(analysis.source!.model.functions.every((f) => f.publishesVersions === true));
  });
});

describe("serverless.yml reader: the Framework's defaults", () => {
  const valueOf = (v: { known: unknown; value?: unknown; toolDefault?: string; derived?: string } | undefined) => v && v.known === true ? [v.value, v.toolDefault ?? v.derived] : v;

  it('deploys 6 s / 1,024 MB when neither the function nor the provider sets them (not Lambda\'s 3 s / 128 MB)', async () => {
    const { text, analysis } = await analyzeFixture('no-provider-values.serverless.yml');
    const bare = analysis.source!.model.functions[0];
    assert.deepEqual(valueOf(bare.timeout as never), [6, "the Serverless Framework's default"]);
    assert.deepEqual(valueOf(bare.memorySize as never), [1024, "the Serverless Framework's default"]);
    // The default sits on the function's key: one line.
    assert.equal(text.slice(bare.timeout!.span!.start, bare.timeout!.span!.end), 'bare');
  });

  it("keeps the provider's and the function's own values; a cloudFront function gets 5 s / 128 MB, not the provider's", async () => {
    const { analysis } = await analyzeFixture('framework-defaults.serverless.yml');
    const fns = Object.fromEntries(analysis.source!.model.functions.map((f) => [f.id, f]));
    assert.deepEqual(valueOf(fns.plain.timeout as never), [20, 'provider.timeout']);
    assert.deepEqual(valueOf(fns.plain.memorySize as never), [1024, "the Serverless Framework's default"]);
    assert.deepEqual(valueOf(fns.sized.memorySize as never), [2048, undefined]);
    assert.deepEqual(valueOf(fns.edge.timeout as never), [5, "the Serverless Framework's default for Lambda@Edge"]);
    assert.deepEqual(valueOf(fns.edge.memorySize as never), [128, "the Serverless Framework's default for Lambda@Edge"]);
    // 20 s from the provider would break the 5 s viewer limit; the Framework does not deploy it there.
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'edge-quotas'), []);
  });
});

describe('serverless.yml reader: silence and bad input', () => {
  it('gives other clouds silence', async () => {
    const { analysis } = await analyzeFixture('google.serverless.yml');
    assert.equal(analysis.source, undefined);
    assert.deepEqual(analysis.findings, []);
  });

  it('reads a malformed file without crashing and reports only its YAML problems', async () => {
    const { analysis } = await analyzeFixture('malformed.serverless.yml');
    assert.ok(analysis.findings.length > 0);
    assert.ok(analysis.findings.every((f) => f.ruleId === 'syntax-error'), analysis.findings.map((f) => f.ruleId).join());
  });

  it('survives odd shapes: functions as a list, null bodies, scalars where maps belong', async () => {
    const text = ['service: odd', 'provider: { name: aws, timeout: 2000, environment: 12 }', 'functions:', '  - one: { handler: h }', '  - two: ~', '  - 3', 'resources: 7', ''].join('\n');
    const analysis = await service().analyze({ fileName: 'serverless.yml', text });
    assert.deepEqual(analysis.source!.model.functions.map((f) => f.id), ['one']);
    assert.deepEqual(byRule(analysis.findings, 'lambda-timeout').map((f) => f.range.start.line), [1]);
  });
});

describe('serverless.yml reader: plugins', () => {
  it('does not take a runtime a plugin rewrites (serverless-rust) for what Lambda receives', async () => {
    const text = ['service: r', 'provider:', '  name: aws', '  runtime: rust', 'plugins:', '  - serverless-rust', 'functions:', '  f: { handler: f }', ''].join('\n');
    const analysis = await service().analyze({ fileName: 'serverless.yml', text });
    assert.equal(analysis.source!.model.functions[0].runtime?.known, false);
    assert.deepEqual(analysis.findings, []);
    const without = await service().analyze({ fileName: 'serverless.yml', text: text.replace('plugins:\n  - serverless-rust\n', '') });
    assert.equal(without.source!.model.functions[0].runtime?.known, true);
  });
});

describe('serverless.yml hovers', () => {
  it('maps provider.timeout to AWS::Lambda::Function Timeout and lists who inherits it', async () => {
    const { text, analysis } = await analyzeFixture('provider-timeout.serverless.yml');
    const target = analysis.source!.locate(text.indexOf('1200') + 1)!;
    assert.equal(target.resourceType, 'AWS::Lambda::Function');
    assert.equal(target.property, 'Timeout');
    assert.equal(target.facet, 'lambda.timeout');
    assert.equal(target.entity?.id, 'create');
    assert.deepEqual(target.details, ['Set in `provider`: applies to 3 functions: `create`, `list`, `report` (every function that does not set its own `timeout`).']);
    const hover = service().hover(analysis, text.indexOf('1200') + 1)!;
    assert.match(hover.markdown, /\*\*1,200 s = 20 min\*\*: above Lambda's maximum/);
  });

  it('maps function keys, events and resources', async () => {
    const { text, analysis } = await analyzeFixture('events.serverless.yml');
    const at = (needle: string) => analysis.source!.locate(text.indexOf(needle) + 1)!;
    const timeout = at('timeout: 60');
    assert.deepEqual([timeout.resourceType, timeout.property, timeout.facet, timeout.entity?.id], ['AWS::Lambda::Function', 'Timeout', 'lambda.timeout', 'consumer']);
    assert.equal(at('ephemeralStorageSize').property, 'EphemeralStorage');
    assert.equal(at('reservedConcurrency').property, 'ReservedConcurrentExecutions');
    assert.equal(at('http:\n').resourceType, 'AWS::ApiGateway::RestApi');
    assert.equal(at('httpApi').resourceType, 'AWS::ApiGatewayV2::Api');
    assert.equal(at('sqs:').resourceType, 'AWS::SQS::Queue');
    assert.equal(at('cloudFront').resourceType, 'AWS::CloudFront::Distribution');
    const visibility = at('VisibilityTimeout');
    assert.deepEqual([visibility.resourceType, visibility.property, visibility.entity?.id], ['AWS::SQS::Queue', 'VisibilityTimeout', 'JobsQueue']);
    assert.equal(at('handler: web').property, 'Handler');
    assert.equal(analysis.source!.locate(text.indexOf('service: events') + 1), undefined);
  });

  it('shows what a variable resolves to', async () => {
    const { text, analysis } = await analyzeFixture('variables.serverless.yml');
    const target = analysis.source!.locate(text.indexOf('${self:service}-') + 2)!;
    assert.deepEqual(target.details, [
      'Set in `provider`: applies to 3 functions: `api`, `worker`, `looped` (every function that does not set its own `environment`).',
      '`${self:service}` → `vars` (from service)', '`${sls:stage}` → `staging` (from provider\\.stage ← default of \\$\\{opt\\:stage\\})']);
    const envTarget = analysis.source!.locate(text.indexOf('${env:HOME}') + 2)!;
    assert.deepEqual(envTarget.details?.slice(1), ['`${env:HOME}` → unknown here: \\$\\{env\\:HOME\\} is an environment variable, read at deploy time']);
    const custom = analysis.source!.locate(text.indexOf('${self:custom.loopB}') + 2)!;
    assert.equal(custom.resourceType, 'Serverless Framework variable');
    assert.match(custom.details![0], /refers to itself/);
  });
});
