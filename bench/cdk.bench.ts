/**
 * CDK reader benchmarks: parsing (tree-sitter + the neutral IR) and full analysis of a generated
 * 1,000-line stack in TypeScript and in Python (medians), and what the first CDK file costs a CLI
 * process over a YAML template (`node dist/cli.js check <file>`, wall time of whole processes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService } from '../src/core';
import * as fromSource from '../src/node/cdk-parsers';

type CdkParsers = typeof fromSource;

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

/** Wall-clock milliseconds of one `node dist/cli.js check <file>` process. */
function cliProcessMs(file: string): number {
  const start = performance.now();
  spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', file, '--no-fail'], { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - start;
}

/** Median of `runs` interleaved CLI processes per file (interleaving spreads the shared machine's noise). */
function cliMedians(files: readonly string[], runs: number): number[] {
  const times = files.map(() => [] as number[]);
  for (const f of files) cliProcessMs(f); // warm the disk cache
  for (let i = 0; i < runs; i++) files.forEach((f, k) => times[k].push(cliProcessMs(f)));
  return times.map(median);
}

function timeMedian(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The CDK chunk as it ships (dist/cdk-readers.js, minified by `npm run bench`'s production build), else
 * the source through tsx, whose helpers (function names kept at run time) cost the IR step ≈ 15 %.
 */
function cdkParsers(): { parsers: CdkParsers; from: string } {
  const chunk = join(ROOT, 'dist', 'cdk-readers.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (existsSync(chunk)) return { parsers: require(chunk) as CdkParsers, from: 'dist/cdk-readers.js' };
  return { parsers: fromSource, from: 'source via tsx; build for the shipped bundle' };
}

export async function benchCdk(): Promise<Array<{ name: string; ms: number; note?: string }>> {
  const { parsers, from } = cdkParsers();
  const { typeScriptIr, pythonIr } = parsers;
  const service = createLanguageService({ notes: [], externalReaders: parsers.cdkReaders() });
  const rows: Array<{ name: string; ms: number; note?: string }> = [];
  const ts = await parsers.loadTypeScriptParser('typescript');
  const py = await parsers.loadPythonParser();
  for (const [language, fileName, text, parse] of [
    ['TypeScript', 'stack.ts', cdkTypeScriptStack(), (t: string) => typeScriptIr(ts, t)],
    ['Python', 'stack.py', cdkPythonStack(), (t: string) => pythonIr(py, t)],
  ] as const) {
    const lines = text.split('\n').length;
    parse(text); // JIT warm-up
    rows.push({ name: `CDK ${language}: parse a ${lines}-line stack into the IR (tree-sitter, median of 25)`, ms: timeMedian(25, () => parse(text)), note: `${from}; target ≤ 20 ms` });
    const first = await service.analyze({ fileName, text }); // warms up
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await service.analyze({ fileName, text });
      times.push(performance.now() - start);
    }
    rows.push({ name: `CDK ${language}: analyse a ${lines}-line stack (median of 15)`, ms: median(times), note: `${first.source?.model.functions.length ?? 0} functions, ${first.findings.length} findings` });
  }
  if (existsSync(join(ROOT, 'dist', 'cli.js'))) {
    const files = ['examples/sam-app.yaml', 'examples/cdk-stack.ts', 'examples/cdk_stack.py'];
    const [yaml, tsFile, pyFile] = cliMedians(files, 11);
    rows.push({ name: 'CLI process: check examples/sam-app.yaml (median of 11)', ms: yaml, note: 'the YAML baseline' });
    rows.push({ name: 'CLI process: first CDK file over YAML, TypeScript (examples/cdk-stack.ts)', ms: tsFile - yaml, note: `${tsFile.toFixed(0)} ms in all; target ≤ 100 ms over YAML` });
    rows.push({ name: 'CLI process: first CDK file over YAML, Python (examples/cdk_stack.py)', ms: pyFile - yaml, note: `${pyFile.toFixed(0)} ms in all; target ≤ 100 ms over YAML` });
  } else rows.push({ name: 'CLI process: first CDK file over YAML', ms: Number.NaN, note: 'build first (npm run bench does)' });
  const vsix = join(ROOT, 'dist', 'serverless-notes.vsix');
  if (existsSync(vsix)) rows.push({ name: 'package: dist/serverless-notes.vsix (from the last npm run package)', ms: Number.NaN, note: `${(statSync(vsix).size / 1e6).toFixed(2)} MB; target ≤ 1.0 MB` });
  return rows;
}
if (require.main === module) {
  void benchCdk().then((rows) => {
    for (const r of rows) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.name}${r.note ? `  (${r.note})` : ''}`);
  });
}
