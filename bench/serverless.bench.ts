/**
 * serverless.yml bench: a generated file with 500 functions (provider defaults, variables, events and a
 * `resources:` section), analysed by the core, next to the bare `yaml` parse of the same text.
 */
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { analyze } from '../src/core/analyze';

const FUNCTIONS = 500;
const RUNS = 7;

/** A serverless.yml with `count` functions, half inheriting the provider's settings. */
export function generateServerlessYaml(count: number): string {
  const lines = [
    'service: bench',
    'provider:',
    '  name: aws',
    '  runtime: nodejs22.x',
    "  stage: ${opt:stage, 'dev'}",
    '  timeout: 20',
    '  memorySize: 512',
    '  environment:',
    '    STAGE: ${sls:stage}',
    '    TABLE: ${self:service}-${sls:stage}-table',
    '    SECRET: ${ssm:/bench/secret}',
    'custom:',
    '  longTimeout: 120',
    'functions:',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(`  fn${i}:`, `    handler: src/fn${i}.handler`);
    if (i % 2 === 0) lines.push('    timeout: ${self:custom.longTimeout}', '    memorySize: 1024', '    environment:', `      OWN_${i}: value-\${sls:stage}-${i}`);
    lines.push('    events:');
    if (i % 3 === 0) lines.push('      - http:', `          path: /items/${i}`, '          method: get');
    else if (i % 3 === 1) lines.push('      - sqs:', '          arn: !GetAtt Queue.Arn');
    else lines.push(`      - httpApi: 'GET /api/${i}'`);
  }
  lines.push('resources:', '  Resources:', '    Queue:', '      Type: AWS::SQS::Queue', '      Properties:', '        VisibilityTimeout: 900', '');
  return lines.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(run: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Median times (ms) of the full analysis and of the `yaml` parse alone, on the same text. */
export async function benchServerless(): Promise<Array<{ name: string; ms: number; note?: string }>> {
  const text = generateServerlessYaml(FUNCTIONS);
  const doc = { fileName: 'serverless.yml', text };
  await analyze(doc); // warm-up: module init and JIT
  const analysis = await analyze(doc);
  const parse = median(await time(() => parseDocument(text, { strict: false })));
  const full = median(await time(() => analyze(doc)));
  const kb = (text.length / 1024).toFixed(0);
  return [
    { name: `serverless.yml ${FUNCTIONS} functions: yaml parse`, ms: parse, note: `${kb} KB, median of ${RUNS}` },
    {
      name: `serverless.yml ${FUNCTIONS} functions: analyze`,
      ms: full,
      note: `${(full / parse).toFixed(1)}× the parse; ${analysis.source?.model.functions.length ?? 0} functions, ${analysis.findings.length} findings`,
    },
  ];
}
