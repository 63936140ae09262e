/**
 * Issue 18 #2-#4, #7, #8: values are DAGs, strings fan out, work is linear, readers never fail silently.
 * Each case the issue saw is analysed at its seen size and must finish within the default step budget
 * (before the fix each ran for minutes or gigabytes: the `timeout` is only a guard against that hang);
 * then for each class a generator at n, 2n and 4n must grow the meter's count (never the clock) at most
 * ~2.2x per doubling; then random DAG shapes (fast-check, fixed seed, bounded runs) must finish within
 * the budget and give the same findings twice.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, type AnalyzeOptions } from '../../src/core/analyze';
import { DEFAULT_MAX_STEPS } from '../../src/core/budget';
import { parseConfig } from '../../src/core/config';
import { jsonUtf8Length } from '../../src/core/lambda/environment-size';
import type { ExternalReader } from '../../src/core/sources/read-document';
import { cdkReaders } from '../../src/node/cdk-parsers';
import {
  cdkFStringPython,
  cdkSpreadPython,
  cdkSpreadTs,
  cdkTemplateLiteralTs,
  cdkUnknownPartTs,
  globalsMergeTemplate,
  ifChainTemplate,
  integrationUriTemplate,
  joinDagTemplate,
  sameNameAnchorsTemplate,
  serverlessJoinDag,
  unknownSuppressionIdsTemplate,
} from './support/hostile-dag';

const readers = cdkReaders();
const OPTIONS: AnalyzeOptions = { today: new Date('2026-12-01'), externalReaders: readers };
/** A hang guard, not a speed target (bench/hostile-dag.bench.ts times these as CLI processes). */
const GUARD = { timeout: 120_000 };

async function run(fileName: string, text: string, options: AnalyzeOptions = {}) {
  return analyze({ fileName, text }, { ...OPTIONS, ...options });
}

function ruleIds(analysis: { findings: ReadonlyArray<{ ruleId: string }> }): string[] {
  return analysis.findings.map((f) => f.ruleId);
}

/** Finished within the default budget: no part stopped, no reader failed. */
function assertWithinBudget(analysis: Awaited<ReturnType<typeof run>>): void {
  assert.ok((analysis.steps ?? 0) < DEFAULT_MAX_STEPS, `${analysis.steps} steps`);
  assert.deepEqual(ruleIds(analysis).filter((id) => id === 'analysis-stopped' || id === 'internal-error'), []);
}

describe('hostile DAGs: each case the issue saw, at its size', () => {
  it('a !Join built through 60 levels of anchors is measured once per node: environment too large', GUARD, async () => {
    const analysis = await run('template.yaml', joinDagTemplate(60));
    assertWithinBudget(analysis);
    assert.ok(ruleIds(analysis).includes('lambda-environment-size'));
  });

  it('an integration Uri of 4 levels x 100 aliases', GUARD, async () => {
    const analysis = await run('template.yaml', integrationUriTemplate(4, 100));
    assertWithinBudget(analysis);
    assert.ok(ruleIds(analysis).includes('apigw-lambda-timeout'));
  });

  it('an !If chain in one anchored Properties shared by 2,000 functions: one choice of two values', GUARD, async () => {
    const analysis = await run('template.yaml', ifChainTemplate(2000, 40));
    assertWithinBudget(analysis);
    const timeout = analysis.findings.filter((f) => f.ruleId === 'lambda-timeout');
    assert.equal(timeout.length, 1, 'one finding on the shared value, naming the functions');
    assert.match(timeout[0].message, /2000 functions|2,000 functions/);
  });

  it('the same !Join DAG in a serverless.yml custom:', GUARD, async () => {
    const analysis = await run('serverless.yml', serverlessJoinDag(60));
    assertWithinBudget(analysis);
    assert.ok(ruleIds(analysis).includes('lambda-environment-size'));
  });

  it('CDK TypeScript template literals of 100 copies x 4 levels: "at least N bytes", no giant string', GUARD, async () => {
    const analysis = await run('stack.ts', cdkTemplateLiteralTs(4, 100));
    assertWithinBudget(analysis);
    assert.match(analysis.findings.find((f) => f.ruleId === 'lambda-environment-size')?.message ?? '', /at least 3,600,000,\d{3} bytes/);
  });

  it('the Python f-string twin', GUARD, async () => {
    const analysis = await run('stack.py', cdkFStringPython(4, 100));
    assertWithinBudget(analysis);
    assert.match(analysis.findings.find((f) => f.ruleId === 'lambda-environment-size')?.message ?? '', /at least 3,600,000,\d{3} bytes/);
  });

  it('an unknown-length part fanned out is a lower bound, not "Invalid string length"', GUARD, async () => {
    const analysis = await run('stack.ts', cdkUnknownPartTs(4, 100));
    assertWithinBudget(analysis);
    assert.match(analysis.findings.find((f) => f.ruleId === 'lambda-environment-size')?.message ?? '', /at least 2,000,000,\d{3} bytes/);
  });

  it('spread fan-out {...e7 x10} 8 levels deep (TypeScript and Python): no stack overflow, no silence', GUARD, async () => {
    for (const [fileName, text] of [
      ['stack.ts', cdkSpreadTs(8, 10)],
      ['stack.py', cdkSpreadPython(8, 10)],
    ] as const) {
      const analysis = await run(fileName, text);
      assertWithinBudget(analysis);
      assert.equal(analysis.format, 'cdk');
    }
  });

  it('40,000 anchors with one name: each alias finds its anchor by binary search', GUARD, async () => {
    const analysis = await run('template.yaml', sameNameAnchorsTemplate(40_000));
    assert.ok((analysis.steps ?? 0) < DEFAULT_MAX_STEPS);
    assert.ok(ruleIds(analysis).includes('lambda-timeout'), 'the rest of the file is analysed');
  });

  it('a suppression comment naming 20,000 unknown rule ids: 20 warnings and one that counts the rest', GUARD, async () => {
    const analysis = await run('template.yaml', unknownSuppressionIdsTemplate(20_000));
    const unknown = analysis.findings.filter((f) => f.ruleId === 'unknown-rule-in-suppression');
    assert.equal(unknown.length, 21);
    assert.match(unknown[20].message, /19,980 more unknown rule ids/);
  });

  it('a config with 10,000 unknown rule ids: 20 problems and one that counts the rest', GUARD, () => {
    const rules = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`no-such-rule-${i}`, 'off']));
    const config = parseConfig(JSON.stringify({ rules }));
    assert.equal(config.problems.length, 21);
    assert.match(config.problems[20].message, /9,980 more unknown keys and rule ids/);
  });

  it('SAM Globals with 30k environment keys merged into 50 functions sharing Properties by alias', GUARD, async () => {
    const analysis = await run('template.yaml', globalsMergeTemplate(30_000, 50));
    assertWithinBudget(analysis);
    assert.ok(ruleIds(analysis).includes('lambda-environment-size'));
  });
});

describe('environment size counted without building the JSON', () => {
  it('equals the UTF-8 length of JSON.stringify for any string (escapes, surrogates, controls)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => jsonUtf8Length(text) === encoder.encode(JSON.stringify(text)).length),
      { seed: 20261208, numRuns: 5000 },
    );
  });
});

describe('no silence from CDK readers', () => {
  const throwing = (error: Error): ExternalReader => ({ accepts: () => true, read: () => Promise.reject(error) });

  for (const message of ['Maximum call stack size exceeded', 'Invalid string length']) {
    it(`a reader that runs out (${message}) gives one information finding`, async () => {
      const analysis = await analyze({ fileName: 'stack.ts', text: "import * as cdk from 'aws-cdk-lib';\n" }, { externalReaders: [throwing(new RangeError(message))] });
      assert.deepEqual(
        analysis.findings.map((f) => [f.ruleId, f.severity]),
        [['analysis-stopped', 'information']],
      );
      assert.match(analysis.findings[0].message, new RegExp(message));
    });
  }

  it('a 6 MB CDK stack gets the "too large" note', async () => {
    const text = cdkTemplateLiteralTs(1, 2) + `// ${'x'.repeat(6 * 1024 * 1024)}\n`;
    const analysis = await run('stack.ts', text);
    assert.deepEqual(ruleIds(analysis), ['file-too-large']);
  });
});

/** Steps at n, 2n and 4n: each doubling may cost at most ~2.2x (linear, with slack for fixed costs). */
async function assertLinear(sizes: readonly [number, number, number], make: (n: number) => [string, string]): Promise<void> {
  const steps: number[] = [];
  for (const n of sizes) {
    const [fileName, text] = make(n);
    const analysis = await run(fileName, text, { maxSteps: 50_000_000 });
    assert.deepEqual(ruleIds(analysis).filter((id) => id === 'analysis-stopped' || id === 'internal-error'), [], `size ${n}`);
    steps.push(analysis.steps ?? 0);
  }
  assert.ok(steps[0] > 0);
  for (let i = 1; i < steps.length; i++) assert.ok(steps[i] <= steps[i - 1] * 2.2, `steps ${steps.join(' -> ')} at sizes ${sizes.join(', ')}`);
}

describe('linear growth of the meter per class (n, 2n, 4n)', () => {
  it('!Join DAG depth', GUARD, () => assertLinear([15, 30, 60], (n) => ['template.yaml', joinDagTemplate(n)]));
  it('!Join DAG fan-out (integration Uri)', GUARD, () => assertLinear([25, 50, 100], (n) => ['template.yaml', integrationUriTemplate(4, n)]));
  it('functions sharing an !If chain', GUARD, () => assertLinear([250, 500, 1000], (n) => ['template.yaml', ifChainTemplate(n, 30)]));
  it('!If chain depth', GUARD, () => assertLinear([25, 50, 100], (n) => ['template.yaml', ifChainTemplate(20, n)]));
  it('serverless.yml custom: DAG depth', GUARD, () => assertLinear([15, 30, 60], (n) => ['serverless.yml', serverlessJoinDag(n)]));
  it('anchors with one name', GUARD, () => assertLinear([2000, 4000, 8000], (n) => ['template.yaml', sameNameAnchorsTemplate(n)]));
  it('Globals environment keys', GUARD, () => assertLinear([2500, 5000, 10_000], (n) => ['template.yaml', globalsMergeTemplate(n, 10)]));
  it('functions sharing merged Globals', GUARD, () => assertLinear([25, 50, 100], (n) => ['template.yaml', globalsMergeTemplate(500, n)]));
  it('CDK constant chain depth (TypeScript and Python)', GUARD, async () => {
    await assertLinear([10, 20, 40], (n) => ['stack.ts', cdkTemplateLiteralTs(n, 1)]);
    await assertLinear([10, 20, 40], (n) => ['stack.py', cdkFStringPython(n, 1)]);
  });

  // Fan-out classes multiply what they build (fanOut^levels): their steps are bounded by the caps on a
  // built string (MAX_BUILT_STRING) and a collected list (MAX_COLLECTED_ITEMS), whatever the size.
  const bounded = async (cases: ReadonlyArray<[string, string]>, limit: number) => {
    for (const [fileName, text] of cases) {
      const analysis = await run(fileName, text);
      assertWithinBudget(analysis);
      assert.ok((analysis.steps ?? 0) < limit, `${analysis.steps} steps`);
    }
  };
  it('string fan-out (template literals, f-strings, unknown parts): bounded at any fan-out and depth', GUARD, () =>
    bounded(
      [4, 8, 16].flatMap((levels) => [25, 50, 100].flatMap((fanOut) => [['stack.ts', cdkTemplateLiteralTs(levels, fanOut)], ['stack.py', cdkFStringPython(levels, fanOut)], ['stack.ts', cdkUnknownPartTs(levels, fanOut)]] as Array<[string, string]>)),
      200_000,
    ));
  it('spread fan-out: bounded at any fan-out and depth', GUARD, () =>
    bounded(
      [4, 8, 12].flatMap((levels) => [3, 10, 20].flatMap((fanOut) => [['stack.ts', cdkSpreadTs(levels, fanOut)], ['stack.py', cdkSpreadPython(levels, fanOut)]] as Array<[string, string]>)),
      400_000,
    ));
});

/** A random DAG of `count` anchors; each refers to earlier ones (or literals) `refs` times. */
const dagShape = fc.array(
  fc.record({
    kind: fc.constantFrom('join', 'if', 'sub', 'seq', 'map', 'select'),
    refs: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 50 },
);

function yamlDag(shape: ReadonlyArray<{ kind: string; refs: readonly number[] }>): string {
  const ref = (i: number, r: number) => (i === 0 ? `lit${r % 7}` : `*a${r % i}`);
  const anchors = shape.map(({ kind, refs }, i) => {
    const items = refs.map((r) => ref(i, r));
    switch (kind) {
      case 'join':
        return `    - &a${i} !Join ["-", [${items.join(', ')}]]`;
      case 'if':
        return `    - &a${i} !If [C, ${items[0]}, ${items[items.length - 1]}]`;
      case 'sub':
        return `    - &a${i} !Sub ["\${X}\${Fn.Arn}", {X: ${items[0]}}]`;
      case 'seq':
        return `    - &a${i} [${items.join(', ')}]`;
      case 'select':
        return `    - &a${i} !Select [0, [${items.join(', ')}]]`;
      default:
        return `    - &a${i} {${items.map((item, k) => `K${k}: ${item}`).join(', ')}}`;
    }
  });
  const last = `*a${shape.length - 1}`;
  const middle = `*a${Math.floor(shape.length / 2)}`;
  return (
    `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nConditions:\n  C: !Equals [a, b]\nMetadata:\n  Parts:\n${anchors.join('\n')}\n` +
    `Globals:\n  Function:\n    Environment:\n      Variables:\n        G: ${middle}\nResources:\n` +
    `  Fn:\n    Type: AWS::Serverless::Function\n    Properties: &p\n      Runtime: python3.12\n      Handler: a.b\n      CodeUri: .\n      Timeout: ${last}\n      MemorySize: ${middle}\n      Environment:\n        Variables:\n          A: ${last}\n          B: ${middle}\n` +
    `  Fn2:\n    Type: AWS::Serverless::Function\n    Properties: *p\n` +
    `  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      ResourceId: r\n      RestApiId: r\n      Integration:\n        Type: AWS_PROXY\n        Uri: ${last}\n`
  );
}

function tsDag(shape: ReadonlyArray<{ kind: string; refs: readonly number[] }>): string {
  const ref = (i: number, r: number) => (i === 0 ? `'lit${r % 7}'` : `c${r % i}`);
  const lines = shape.map(({ kind, refs }, i) => {
    const items = refs.map((r) => ref(i, r));
    if (kind === 'map' || kind === 'seq') return i === 0 ? `const c0 = { K: 'v' };` : `const c${i} = { ${items.map((item, k) => (item.startsWith('c') ? `...${item}` : `K${k}: ${item}`)).join(', ')} };`;
    if (kind === 'join') return `const c${i} = ${items.join(' + ')};`;
    return `const c${i} = \`${items.map((item) => `\${${item}}`).join('-')}\`;`;
  });
  return `import * as cdk from 'aws-cdk-lib';\nimport * as lambda from 'aws-cdk-lib/aws-lambda';\n${lines.join('\n')}\nnew lambda.Function(this, 'F', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('x'), environment: { A: c${shape.length - 1}, B: c${Math.floor(shape.length / 2)} } });\nnew lambda.Function(this, 'G', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('x'), environment: c${shape.length - 1} });\n`;
}

function pythonDag(shape: ReadonlyArray<{ kind: string; refs: readonly number[] }>): string {
  const ref = (i: number, r: number) => (i === 0 ? `"lit${r % 7}"` : `C${r % i}`);
  const lines = shape.map(({ kind, refs }, i) => {
    const items = refs.map((r) => ref(i, r));
    if (kind === 'map' || kind === 'seq') return i === 0 ? 'C0 = {"K": "v"}' : `C${i} = {${items.map((item, k) => (item.startsWith('C') ? `**${item}` : `"K${k}": ${item}`)).join(', ')}}`;
    if (kind === 'join') return `C${i} = ${items.join(' + ')}`;
    return `C${i} = f"${items.map((item) => `{${item}}`).join('-')}"`;
  });
  return `import aws_cdk as cdk\nfrom aws_cdk import aws_lambda as lambda_\n${lines.join('\n')}\nlambda_.Function(self, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h", code=lambda_.Code.from_inline("x"), environment={"A": C${shape.length - 1}, "B": C${Math.floor(shape.length / 2)}})\nlambda_.Function(self, "G", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h", code=lambda_.Code.from_inline("x"), environment=C${shape.length - 1})\n`;
}

describe('random DAG shapes (fast-check, fixed seed): within the budget, the same findings twice', () => {
  const property = (fileName: string, render: (shape: ReadonlyArray<{ kind: string; refs: readonly number[] }>) => string) =>
    fc.asyncProperty(dagShape, async (shape) => {
      const text = render(shape);
      const first = await run(fileName, text);
      const second = await run(fileName, text);
      assert.ok((first.steps ?? 0) <= DEFAULT_MAX_STEPS, `${first.steps} steps`);
      assert.deepEqual(ruleIds(first).filter((id) => id === 'internal-error'), []);
      assert.deepEqual(second.findings, first.findings);
      assert.equal(second.steps, first.steps);
    });

  it('anchor DAGs in YAML templates', GUARD, () => fc.assert(property('template.yaml', yamlDag), { seed: 20261208, numRuns: 60 }));
  it('constant DAGs in CDK TypeScript', GUARD, () => fc.assert(property('stack.ts', tsDag), { seed: 20261208, numRuns: 40 }));
  it('constant DAGs in CDK Python', GUARD, () => fc.assert(property('stack.py', pythonDag), { seed: 20261208, numRuns: 40 }));
});
