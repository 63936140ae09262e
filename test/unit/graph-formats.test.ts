/** The same chain written in each format gives the same links and the same path findings. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainLine } from '../../src/core/graph/describe-chain';
import { invocationGraph } from '../../src/core/graph/invocation-graph';
import { fixture, service } from './support/service';

async function chainsOf(file: string) {
  const text = fixture('chains', file);
  const analysis = await service().analyze({ fileName: file, text });
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
