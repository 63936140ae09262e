/**
 * CDK reader benchmarks: analysis of a generated 1,000-line stack in TypeScript and in Python (median),
 * and what loading each parser costs (measured in a fresh Node process, where nothing is cached).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService } from '../src/core';
import { cdkReaders } from '../src/node/cdk-parsers';

const ROOT = join(__dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A TypeScript stack of about `lines` lines: functions with props, queues and event sources. */
export function cdkTypeScriptStack(lines = 1000): string {
  const out = [
    "import * as cdk from 'aws-cdk-lib';",
    "import { Duration, Size } from 'aws-cdk-lib';",
    "import * as lambda from 'aws-cdk-lib/aws-lambda';",
    "import * as sqs from 'aws-cdk-lib/aws-sqs';",
    "import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';",
    '',
    "const SHARED = { STAGE: 'prod', SERVICE: 'orders' };",
    'export class GeneratedStack extends cdk.Stack {',
    '  constructor(scope: cdk.App, id: string) {',
    '    super(scope, id);',
  ];
  for (let i = 0; out.length < lines - 3; i++) {
    out.push(
      `    const queue${i} = new sqs.Queue(this, 'Queue${i}', { visibilityTimeout: Duration.minutes(${(i % 30) + 1}) });`,
      `    const fn${i} = new lambda.Function(this, 'Fn${i}', {`,
      '      runtime: lambda.Runtime.NODEJS_22_X,',
      `      handler: 'index.handler${i}',`,
      "      code: lambda.Code.fromAsset('src'),",
      `      timeout: Duration.seconds(${(i % 900) + 1}),`,
      `      memorySize: ${128 * ((i % 8) + 1)},`,
      '      ephemeralStorageSize: Size.mebibytes(1024),',
      `      environment: { ...SHARED, QUEUE: \`queue-\${id}-${i}\` },`,
      '    });',
      `    fn${i}.addEventSource(new SqsEventSource(queue${i}));`,
    );
  }
  out.push('  }', '}', '');
  return out.join('\n');
}

/** The same stack in Python. */
export function cdkPythonStack(lines = 1000): string {
  const out = [
    'from aws_cdk import Duration, Size, Stack',
    'from aws_cdk import aws_lambda as _lambda, aws_sqs as sqs',
    'from aws_cdk.aws_lambda_event_sources import SqsEventSource',
    '',
    'SHARED = {"STAGE": "prod", "SERVICE": "orders"}',
    '',
    'class GeneratedStack(Stack):',
    '    def __init__(self, scope, construct_id):',
    '        super().__init__(scope, construct_id)',
  ];
  for (let i = 0; out.length < lines - 1; i++) {
    out.push(
      `        queue${i} = sqs.Queue(self, "Queue${i}", visibility_timeout=Duration.minutes(${(i % 30) + 1}))`,
      `        fn${i} = _lambda.Function(`,
      `            self, "Fn${i}",`,
      '            runtime=_lambda.Runtime.PYTHON_3_13,',
      `            handler="index.handler${i}",`,
      '            code=_lambda.Code.from_asset("src"),',
      `            timeout=Duration.seconds(${(i % 900) + 1}),`,
      `            memory_size=${128 * ((i % 8) + 1)},`,
      `            environment={**SHARED, "QUEUE": f"queue-{construct_id}-${i}"},`,
      '        )',
      `        fn${i}.add_event_source(SqsEventSource(queue${i}))`,
    );
  }
  out.push('');
  return out.join('\n');
}

/** Milliseconds a fresh Node process takes to run `script` (the parser load), measured inside it. */
function freshProcessMs(script: string): number {
  const out = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  return Number(out.trim());
}

const TS_LOAD = `const t=performance.now();const fs=require('fs');const c=require('path').join(process.cwd(),'dist','cdk-typescript.js');const ts=fs.existsSync(c)?require(c):require('typescript');ts.createSourceFile('a.ts','x',ts.ScriptTarget.Latest);console.log(performance.now()-t)`;
const PY_LOAD = `(async()=>{const t=performance.now();const {Parser,Language}=require('web-tree-sitter');await Parser.init();const l=await Language.load(require('path').join(require.resolve('tree-sitter-python/package.json'),'..','tree-sitter-python.wasm'));const p=new Parser();p.setLanguage(l);p.parse('x=1').delete();console.log(performance.now()-t)})()`;

export async function benchCdk(): Promise<Array<{ name: string; ms: number; note?: string }>> {
  const service = createLanguageService({ notes: [], externalReaders: cdkReaders() });
  const rows: Array<{ name: string; ms: number; note?: string }> = [];
  for (const [language, fileName, text] of [
    ['TypeScript', 'stack.ts', cdkTypeScriptStack()],
    ['Python', 'stack.py', cdkPythonStack()],
  ] as const) {
    const first = await service.analyze({ fileName, text }); // loads the parser, warms up
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await service.analyze({ fileName, text });
      times.push(performance.now() - start);
    }
    const lines = text.split('\n').length;
    rows.push({ name: `CDK ${language}: analyse a ${lines}-line stack (median of 15)`, ms: median(times), note: `${first.source?.model.functions.length ?? 0} functions, ${first.findings.length} findings` });
  }
  const tsLoads = [0, 1, 2].map(() => freshProcessMs(TS_LOAD));
  const chunk = existsSync(join(ROOT, 'dist', 'cdk-typescript.js'));
  rows.push({ name: 'CDK TypeScript: load the compiler in a fresh process (median of 3)', ms: median(tsLoads), note: chunk ? 'dist/cdk-typescript.js' : 'node_modules/typescript' });
  const pyLoads = [0, 1, 2].map(() => freshProcessMs(PY_LOAD));
  rows.push({ name: 'CDK Python: init web-tree-sitter + Python grammar in a fresh process (median of 3)', ms: median(pyLoads), note: 'tree-sitter.wasm + tree-sitter-python.wasm' });
  return rows;
}

if (require.main === module) {
  void benchCdk().then((rows) => {
    for (const r of rows) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.name}${r.note ? `  (${r.note})` : ''}`);
  });
}
