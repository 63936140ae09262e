/**
 * The CDK readers over aws-samples/aws-cdk-examples (../shared/corpus, read-only test data): every
 * TypeScript and Python file goes through the language service without a crash, and five files are
 * checked by hand against what a reader of the code sees. Skipped when the corpus is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { knownValue } from '../../src/core/model';
import { cdkService, readerErrors } from './cdk-helpers';
import { cdkSourceFiles } from './support/cdk-source-files';
import { CORPUS } from './support/service';

const ROOT = join(CORPUS, 'aws-cdk-examples');
const skip = existsSync(ROOT) ? false : 'corpus not present';

const corpusFiles = () => cdkSourceFiles(ROOT);

async function analyzeCorpus(path: string) {
  const fileName = join(ROOT, path);
  return cdkService.analyze({ fileName, text: readFileSync(fileName, 'utf8') });
}

test('every CDK TypeScript and Python file of the corpus is analysed without a crash', { skip }, async () => {
  const files = corpusFiles();
  assert.equal(files.filter((f) => f.endsWith('.ts')).length, 204);
  assert.equal(files.filter((f) => f.endsWith('.py')).length, 165);
  let read = 0;
  let functions = 0;
  for (const fileName of files) {
    const analysis = await cdkService.analyze({ fileName, text: readFileSync(fileName, 'utf8') });
    if (analysis.source) read++;
    functions += analysis.source?.model.functions.length ?? 0;
    assert.ok(!analysis.findings.some((f) => f.ruleId === 'internal-error'), fileName);
  }
  assert.deepEqual(readerErrors, []);
  // Three files import nothing from the CDK (helpers, a Lambda handler): silence for them.
  assert.equal(read, 366);
  assert.equal(functions, 105);
});

test('hand-checked: python apigw-http-api-lambda-dynamodb (LambdaRestApi, add_environment, 5 min timeout)', { skip }, async () => {
  const analysis = await analyzeCorpus('python/apigw-http-api-lambda-dynamodb-python-cdk/stacks/apigw_http_api_lambda_dynamodb_python_cdk_stack.py');
  const [fn] = analysis.source!.model.functions;
  assert.deepEqual(
    [fn.id, knownValue(fn.runtime), knownValue(fn.timeout), knownValue(fn.memorySize), fn.vpc !== undefined, fn.environment?.variables.map((v) => [v.name, v.value.known]), fn.events.map((e) => [e.kind, e.targetId])],
    ['api_hanlder', 'python3.9', 300, 1024, true, [['TABLE_NAME', false]], [['rest-api', 'Endpoint']]],
  );
  assert.equal(analysis.source!.model.functions.length, 1);
  // `timeout=Duration.minutes(5)` is on line 84 (1-based).
  assert.equal(analysis.lineIndex.rangeOf(fn.timeout!.span!).start.line, 82);
});

test('hand-checked: typescript api-gateway-async-lambda-invocation (asynchronous LambdaIntegration)', { skip }, async () => {
  const analysis = await analyzeCorpus('typescript/api-gateway-async-lambda-invocation/lib/api-gateway-async-lambda-invocation-stack.ts');
  const [fn] = analysis.source!.model.functions;
  assert.equal(fn.id, 'jobHandler');
  assert.equal(knownValue(fn.runtime), 'nodejs24.x');
  assert.deepEqual(fn.environment?.variables.map((v) => v.name), ['JOB_TABLE']);
  // The LambdaRestApi handler, and the POST /job method invoked with X-Amz-Invocation-Type 'Event'.
  assert.deepEqual(fn.events.map((e) => [e.kind, e.targetId, e.asynchronous]), [
    ['rest-api', 'api', undefined],
    ['rest-api', 'api', true],
  ]);
});

test('hand-checked: typescript s3-vectors-lambda-bedrock (shared environment constant, Duration in minutes)', { skip }, async () => {
  const analysis = await analyzeCorpus('typescript/s3-vectors-lambda-bedrock/index.ts');
  const fns = analysis.source!.model.functions;
  assert.deepEqual(fns.map((f) => [f.id, knownValue(f.timeout), knownValue(f.memorySize)]), [
    ['ingestFn', 300, 256],
    ['queryFn', 120, 256],
  ]);
  // sharedEnv: the bucket name is a CloudFormation parameter (unknown), the rest are literals and a const.
  assert.deepEqual(fns[0].environment?.variables.map((v) => [v.name, knownValue(v.value)]), [
    ['VECTOR_BUCKET_NAME', undefined],
    ['INDEX_NAME', 'knowledge-base'],
    ['EMBED_MODEL_ID', 'amazon.titan-embed-text-v2:0'],
    ['GENERATION_MODEL_ID', 'us.anthropic.claude-sonnet-4-20250514-v1:0'],
  ]);
});

test('hand-checked: typescript inspector2 (NodejsFunction at exactly 15 minutes: no finding)', { skip }, async () => {
  const analysis = await analyzeCorpus('typescript/inspector2/lib/inspector2-monitoring-resource.ts');
  const fns = analysis.source!.model.functions;
  assert.deepEqual(fns.map((f) => [f.id, knownValue(f.timeout), knownValue(f.runtime), f.events.map((e) => e.kind)]), [
    ['inspector2InitialScanHandler', 900, 'nodejs24.x', ['eventbridge']],
    ['inspector2FindingHandler', 900, 'nodejs24.x', ['eventbridge']],
  ]);
  assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'lambda-timeout'), []);
});

test('hand-checked: python lambda-cron (a function on a schedule rule)', { skip }, async () => {
  const analysis = await analyzeCorpus('python/lambda-cron/app.py');
  const [fn] = analysis.source!.model.functions;
  assert.deepEqual([fn.id, knownValue(fn.runtime), knownValue(fn.timeout), fn.events.map((e) => e.kind)], ['lambdaFn', 'python3.12', 300, ['schedule']]);
});
