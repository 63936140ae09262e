/** The same chain written in each format gives the same links and the same path findings. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainLine } from '../../src/core/graph/describe-chain';
import { invocationGraph } from '../../src/core/graph/invocation-graph';
import { fixture, service } from './support/service';
import { cdkService } from './cdk-helpers';

async function chainsOf(file: string) {
  const text = fixture('chains', file);
  const analysis = await (file.endsWith('.ts') || file.endsWith('.py') ? cdkService : service()).analyze({ fileName: file, text });
  const model = analysis.source!.model;
  return { analysis, lines: invocationGraph(model).chains.map((c) => chainLine(c, model)) };
}

describe('the chain API → function → queue → function in every format', () => {
  it('serverless.yml: http event, provider environment, sqs event with a batching window', async () => {
    const { analysis, lines } = await chainsOf('api-queue.serverless.yml');
    // The worker inherits QUEUE_URL from the provider: it sends to the queue it consumes (a cycle, cut).
    assert.deepEqual(lines, ['client 29 s (REST) → api 60 s → OrdersQueue visibility 360 s = 6 × → worker 60 s', 'worker 60 s → OrdersQueue visibility 360 s']);
    const sqs = analysis.findings.find((f) => f.ruleId === 'sqs-visibility-recommended');
    assert.match(sqs!.message, /380 s: 6× function worker's timeout of 60 s plus the batching window of 20 s/);
    assert.ok(sqs!.related?.some((r) => r.message === 'Function api may run 60 s'));
  });
});

describe('CDK: integrations, grants, event sources with props, LambdaInvoke tasks', () => {
  it('TypeScript', async () => {
    const { analysis, lines } = await chainsOf('chain-stack.ts');
    assert.deepEqual(lines, ['client 29 s (REST) via Api → ordersFn 60 s → queue visibility 360 s = 6 × → worker 60 s', 'Machine (standard) task Charge 30 s → worker 60 s']);
    const ids = analysis.findings.map((f) => f.ruleId).sort();
    assert.deepEqual(ids.filter((id) => ['apigw-lambda-timeout', 'sqs-visibility-recommended', 'stepfunctions-task-timeout'].includes(id)), ['apigw-lambda-timeout', 'sqs-visibility-recommended', 'stepfunctions-task-timeout']);
  });
  it('Python', async () => {
    const { analysis, lines } = await chainsOf('chain_stack.py');
    assert.deepEqual(lines, ['client 29 s (REST) via Api → orders_fn 60 s → queue visibility 360 s = 6 × → worker 60 s', 'Machine (standard) task Charge 30 s → worker 60 s']);
    const ids = analysis.findings.map((f) => f.ruleId).sort();
    assert.deepEqual(ids.filter((id) => ['apigw-lambda-timeout', 'sqs-visibility-recommended', 'stepfunctions-task-timeout'].includes(id)), ['apigw-lambda-timeout', 'sqs-visibility-recommended', 'stepfunctions-task-timeout']);
  });
});
