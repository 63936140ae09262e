/**
 * The invocation graph and the path rules over generated templates: random functions, queues and APIs
 * linked by API events, queue event source mappings (SAM events or raw AWS::Lambda::EventSourceMapping)
 * and "sends to" environment references, cycles included. The expected findings are computed from the
 * generated data, not from our code.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { invocationGraph } from '../../src/core/graph/invocation-graph';
import { chainLine } from '../../src/core/graph/describe-chain';
import { service } from './support/service';

interface FnSpec {
  timeout: number;
  api?: 'Api' | 'HttpApi';
  consumes?: number;
  sendsTo?: number;
}
interface Spec {
  fns: FnSpec[];
  visibilities: number[];
  rawMappings: boolean;
}

const specArb = (maxFns: number): fc.Arbitrary<Spec> =>
  fc.integer({ min: 1, max: 6 }).chain((queues) =>
    fc.record({
      visibilities: fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: queues, maxLength: queues }),
      fns: fc.array(
        fc.record({
          timeout: fc.integer({ min: 1, max: 900 }),
          api: fc.option(fc.constantFrom<'Api' | 'HttpApi'>('Api', 'HttpApi'), { nil: undefined }),
          consumes: fc.option(fc.nat(queues - 1), { nil: undefined }),
          sendsTo: fc.option(fc.nat(queues - 1), { nil: undefined }),
        }),
        { minLength: 1, maxLength: maxFns },
      ),
      rawMappings: fc.boolean(),
    }),
  );

function render(spec: Spec): string {
  const lines = ["AWSTemplateFormatVersion: '2010-09-09'", 'Transform: AWS::Serverless-2016-10-31', 'Resources:'];
  spec.visibilities.forEach((v, i) => lines.push(`  Queue${i}:`, '    Type: AWS::SQS::Queue', '    Properties:', `      VisibilityTimeout: ${v}`));
  spec.fns.forEach((fn, i) => {
    lines.push(`  Fn${i}:`, '    Type: AWS::Serverless::Function', '    Properties:', '      Runtime: python3.13', '      Handler: app.handler', '      CodeUri: src/', `      Timeout: ${fn.timeout}`);
    if (fn.sendsTo !== undefined) lines.push('      Environment:', '        Variables:', `          QUEUE_URL: !Ref Queue${fn.sendsTo}`);
    const events: string[] = [];
    if (fn.api) events.push('        Web:', `          Type: ${fn.api}`, '          Properties:', '            Path: /x', '            Method: get');
    if (fn.consumes !== undefined && !spec.rawMappings) events.push('        Jobs:', '          Type: SQS', '          Properties:', `            Queue: !GetAtt Queue${fn.consumes}.Arn`);
    if (events.length) lines.push('      Events:', ...events);
    if (fn.consumes !== undefined && spec.rawMappings) {
      lines.push(`  Mapping${i}:`, '    Type: AWS::Lambda::EventSourceMapping', '    Properties:', `      FunctionName: !Ref Fn${i}`, `      EventSourceArn: !GetAtt Queue${fn.consumes}.Arn`);
    }
  });
  return lines.join('\n') + '\n';
}

const RUNS = { seed: 22, numRuns: 60 };

describe('invocation graph over generated templates', () => {
  for (const size of [2, 6, 14]) {
    it(`finds exactly the API and queue problems, each once with its chain as related locations (up to ${size} functions)`, async () => {
      const analyzer = service();
      await fc.assert(
        fc.asyncProperty(specArb(size), async (spec) => {
          const text = render(spec);
          const analysis = await analyzer.analyze({ fileName: 'template.yaml', text }, { rules: { 'sqs-visibility-recommended': 'off' } });
          assert.ok(!analysis.findings.some((f) => f.ruleId === 'internal-error' || f.ruleId === 'analysis-stopped'), JSON.stringify(analysis.findings));
          const api = analysis.findings.filter((f) => f.ruleId === 'apigw-lambda-timeout');
          const expectedApi = spec.fns.filter((fn) => fn.api && fn.timeout > (fn.api === 'Api' ? 29 : 30)).length;
          assert.equal(api.length, expectedApi, text);
          const sqs = analysis.findings.filter((f) => f.ruleId === 'sqs-visibility-timeout');
          const expectedSqs = spec.fns.filter((fn) => fn.consumes !== undefined && spec.visibilities[fn.consumes] < fn.timeout).length;
          assert.equal(sqs.length, expectedSqs, text);
          const lines = text.split('\n');
          for (const finding of [...api, ...sqs]) {
            for (const related of finding.related ?? []) {
              const line = lines[related.range.start.line];
              assert.match(line, /^ {2}\w+:$|Timeout: \d+$|Web:$/, `related ${related.message} points at "${line}"`);
            }
          }
          // The consumer of a queue with a visibility problem is always a related location of that finding.
          for (const finding of sqs) assert.ok(finding.related?.some((r) => /^Function Fn\d+ may run/.test(r.message)));
        }),
        RUNS,
      );
    });
  }

  it('walks cycles (a function sending to the queue it consumes) to finite chains covering every link', async () => {
    const analyzer = service();
    await fc.assert(
      fc.asyncProperty(specArb(10), async (spec) => {
        const analysis = await analyzer.analyze({ fileName: 'template.yaml', text: render(spec) });
        const model = analysis.source!.model;
        const graph = invocationGraph(model);
        for (const link of graph.links) assert.ok(graph.chains.some((c) => c.includes(link)), 'every link is on a chain');
        for (const chain of graph.chains) {
          const seen = new Set(chain.map((l) => l.to));
          assert.equal(seen.size, chain.length, 'no entity twice on a chain');
          assert.ok(chainLine(chain, model).length > 0);
        }
      }),
      { seed: 23, numRuns: 60 },
    );
  });
});

describe('chain line', () => {
  it('reads client → function → queue → consumer with the visibility ratio', async () => {
    const text = render({ fns: [{ timeout: 60, api: 'Api', sendsTo: 0 }, { timeout: 60, consumes: 0 }], visibilities: [360], rawMappings: false });
    const analysis = await service().analyze({ fileName: 'template.yaml', text });
    const model = analysis.source!.model;
    const lines = invocationGraph(model).chains.map((c) => chainLine(c, model));
    assert.deepEqual(lines, ['client 29 s (REST) → Fn0 60 s → Queue0 visibility 360 s = 6 × → Fn1 60 s']);
  });
});
