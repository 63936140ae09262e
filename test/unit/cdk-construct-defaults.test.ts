/**
 * What CDK constructs deploy for the props a file leaves out (data/tool-defaults.ts, checked against the
 * aws-cdk source): rules see the effective value with whose default it is, hovers on the class name list
 * them, spread props make them unknown, and version-dependent defaults are never guessed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownValue, type Value } from '../../src/core/model';
import { analyzeFixture, cdkService, findingLines, lineOf, readerErrors, spanText } from './cdk-helpers';

const provenance = (v: Value<unknown> | undefined) => (v?.known === true ? v.toolDefault : undefined);

for (const [language, path, py] of [
  ['TypeScript', ['ts', 'construct-defaults.ts'], false],
  ['Python', ['py', 'construct_defaults.py'], true],
] as const) {
  const name = (ts: string, python: string) => (py ? python : ts);

  test(`${language}: omitted props get the deployed default, marked with whose default it is, on the class name`, async () => {
    const analysis = await analyzeFixture(...path);
    const m = analysis.source!.model;
    const fn = (id: string) => m.functions.find((f) => f.id === id)!;
    const worker = fn('worker');
    assert.deepEqual(
      [knownValue(worker.timeout), knownValue(worker.memorySize), knownValue(worker.ephemeralStorage), knownValue(worker.architectures)],
      [3, 128, 512, ['x86_64']],
    );
    for (const v of [worker.timeout, worker.memorySize, worker.ephemeralStorage, worker.architectures]) assert.equal(provenance(v), "Lambda's default; the CDK sets none");
    assert.equal(spanText(analysis.text, worker.timeout!.span), name('lambda.Function', '_lambda.Function'));
    // A written value stays as written.
    assert.deepEqual([knownValue(fn('slow').timeout), provenance(fn('slow').timeout)], [10, undefined]);
    // Spread props may set anything: unknown, not Lambda's default.
    assert.equal(fn('spread').timeout?.known, false);
    assert.equal(fn('spread').memorySize?.known, false);
    // NodejsFunction's runtime default depends on the aws-cdk-lib version and a feature flag: unknown, never guessed.
    const bundled = fn('Bundled').runtime;
    assert.equal(bundled?.known, false);
    assert.match(bundled?.known === false ? bundled.reason : '', /aws-cdk-lib version/);

    const queue = (id: string) => m.queues.find((q) => q.id === id)!;
    assert.deepEqual([knownValue(queue('plain').visibilityTimeout), provenance(queue('plain').visibilityTimeout)], [30, "SQS's default; the CDK sets none"]);
    assert.deepEqual([knownValue(queue('fast').visibilityTimeout), provenance(queue('fast').visibilityTimeout)], [2, undefined]);

    const machine = (id: string) => m.stateMachines.find((s) => s.id === id)!;
    assert.deepEqual([knownValue(machine('Standard').type), provenance(machine('Standard').type)], ['STANDARD', "Step Functions' default; the CDK sets none"]);
    assert.equal(knownValue(machine('Express').type), 'EXPRESS');
    assert.deepEqual(m.userPools.map((p) => [knownValue(p.mfa), provenance(p.mfa)]), [['OFF', "Cognito's default; the CDK sets none"]]);
    assert.deepEqual(m.identityPools.map((p) => [knownValue(p.allowUnauthenticated), provenance(p.allowUnauthenticated)]), [[false, "the CDK's default"]]);
    assert.deepEqual(m.cloudFrontFunctions.map((f) => [knownValue(f.runtime), provenance(f.runtime)]), [['cloudfront-js-1.0', "the CDK's default"]]);
    // EDGE is API Gateway's default, but only the hover names it (a streamed integration may wait longer on any type).
    assert.deepEqual(m.apis.map((a) => a.endpointType), [undefined]);
    assert.deepEqual(readerErrors, []);
  });

  test(`${language}: rules read the defaults, and the messages say whose they are`, async () => {
    const analysis = await analyzeFixture(...path);
    const text = analysis.text;
    const lines = findingLines(analysis, ['sqs-visibility-timeout', 'sqs-visibility-recommended', 'stepfunctions-express-duration']);
    assert.deepEqual(
      lines.map((f) => [f.line, f.ruleId]),
      [
        // Lambda's 3 s (no timeout on `worker`) against the queue's 2 s; `spread` (unknown timeout) has none.
        [lineOf(text, 'Duration.seconds(2)'), 'sqs-visibility-timeout'],
        // SQS's 30 s (no visibility timeout on `plain`), on the class name: one line.
        [lineOf(text, name("sqs.Queue(this, 'Plain')", 'sqs.Queue(self, "Plain")')), 'sqs-visibility-recommended'],
        // Only the EXPRESS machine: the one without a type is STANDARD.
        [lineOf(text, name('timeout: Duration.hours(2)', 'timeout=Duration.hours(2)'), text.indexOf('StateMachineType.EXPRESS')), 'stepfunctions-express-duration'],
      ],
    );
    assert.ok(lines[0].message.includes("function worker's timeout of 3 s (not set: Lambda's default; the CDK sets none)"), lines[0].message);
    assert.ok(lines[1].message.endsWith("Not set in the file: SQS's default; the CDK sets none."), lines[1].message);
    // A default written nowhere has nothing to replace: no quick fix on the class name.
    assert.equal(lines[1].fix, undefined);
  });

  test(`${language}: hovering the class name lists the defaults deployed, and why a runtime is not checked`, async () => {
    const analysis = await analyzeFixture(...path);
    const text = analysis.text;
    const hoverAt = (needle: string) => {
      const hover = cdkService.hover(analysis, text.indexOf(needle) + 2);
      assert.ok(hover, needle);
      // Without markdown escapes (`aws\-cdk\-lib`), to read as a user does.
      return hover.markdown.replace(/\\(?=[^\\])/g, '');
    };
    const worker = hoverAt(name("lambda.Function(this, 'Worker'", '_lambda.Function(\n            self,\n            "Worker"'));
    assert.ok(
      worker.includes(`Not set in the file — Lambda's default; the CDK sets none: \`timeout\` 3 s, \`${name('memorySize', 'memory_size')}\` 128 MB, \`${name('ephemeralStorageSize', 'ephemeral_storage_size')}\` 512 MB, \`architecture\` \`x86_64\`.`),
      worker,
    );
    const bundled = hoverAt(name("nodejs.NodejsFunction(this, 'Bundled'", 'nodejs.NodejsFunction(self, "Bundled"'));
    assert.ok(bundled.includes("`runtime` not set: NodejsFunction's default runtime depends on the aws-cdk-lib version"), bundled);
    const api = hoverAt(name("apigateway.RestApi(this, 'Api')", 'apigateway.RestApi(self, "Api")'));
    assert.ok(api.includes(`Not set in the file — API Gateway's default; the CDK sets none: \`${name('endpointTypes', 'endpoint_types')}\` \`EDGE\`.`), api);
    const machine = hoverAt(name("sfn.StateMachine(this, 'Standard'", 'sfn.StateMachine(self, "Standard"'));
    assert.ok(machine.includes(`Not set in the file — Step Functions' default; the CDK sets none: \`${name('stateMachineType', 'state_machine_type')}\` \`STANDARD\`.`), machine);
    // The queue's visibility hover weighs it against the consumer's default timeout, and says whose it is.
    const visibility = hoverAt('Duration.seconds(2)');
    assert.ok(visibility.includes("**VisibilityTimeout 2 s < 3 s** (`worker`'s timeout, not set: Lambda's default; the CDK sets none)"), visibility);
    // Written props are not listed.
    const slow = hoverAt(name("lambda.Function(this, 'Slow'", '_lambda.Function(\n            self,\n            "Slow"'));
    assert.ok(!slow.includes('`timeout` 3 s') && slow.includes('`architecture` `x86_64`'), slow);
  });
}
