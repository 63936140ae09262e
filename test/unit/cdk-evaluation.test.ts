/** What the CDK readers evaluate: constants, arithmetic, spreads, template strings, Duration/Size, enums; and fixes in source syntax. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownValue, type KnownValue } from '../../src/core/model';
import { environmentSize } from '../../src/core/lambda/environment-size';
import { analyzeFixture, findingLines, lineOf, readerErrors, spanText } from './cdk-helpers';

const known = <T>(v: unknown) => v as KnownValue<T>;

for (const [language, path, py] of [
  ['TypeScript', ['ts', 'evaluation.ts'], false],
  ['Python', ['py', 'evaluation.py'], true],
] as const) {
  test(`${language}: a Duration held in a constant is underlined and fixed where the constant is written`, async () => {
    const { source, text } = await analyzeFixture(...path);
    const [a] = source!.model.functions;
    const timeout = known<number>(a.timeout);
    assert.equal(timeout.value, 3600);
    assert.equal(timeout.derived, py ? 'constant TIMEOUT' : 'const TIMEOUT');
    assert.equal(timeout.text, 'Duration.hours(1)');
    assert.equal(lineOf(text, 'Duration.hours(1)'), text.slice(0, timeout.span.start).split('\n').length - 1);
    assert.equal(spanText(text, timeout.span), 'Duration.hours(1)');
    // 900 s is not a whole number of hours: the fix falls back to seconds.
    assert.equal(timeout.replace?.(900), 'Duration.seconds(900)');
    assert.equal(timeout.replace?.(7200), 'Duration.hours(2)');
  });

  test(`${language}: arithmetic, spreads of constants, template strings and addEnvironment`, async () => {
    const { source, text } = await analyzeFixture(...path);
    const [a, b] = source!.model.functions;
    assert.equal(knownValue(a.memorySize), 2048);
    assert.equal(spanText(text, a.memorySize?.span), 'BASE_MEMORY * 4');
    assert.deepEqual(a.environment!.variables.map((v) => [v.name, knownValue(v.value)]), [
      ['STAGE', 'prod'],
      ['REGION_NAME', 'eu-west-1'],
      ['NAME', 'svc-a'],
      ['EXTRA', 'v'],
    ]);
    assert.equal(a.environment!.partial, undefined);
    // {"STAGE":"prod","REGION_NAME":"eu-west-1","NAME":"svc-a","EXTRA":"v"}
    assert.deepEqual(environmentSize(a.environment!), { bytes: 69, exact: true });
    // A spread of something the file doesn't determine, and a template with an unknown part: lower bounds.
    assert.equal(b.environment!.partial, true);
    assert.deepEqual(b.environment!.variables.map((v) => [v.name, v.value.known, v.minLength]), [['SUFFIX', false, 7]]);
    assert.deepEqual(environmentSize(b.environment!), { bytes: 20, exact: false });
  });

  test(`${language}: Duration units, Size units and the fixes they render`, async () => {
    const { source, text } = await analyzeFixture(...path);
    const [, b, c] = source!.model.functions;
    const millis = known<number>(b.timeout);
    assert.deepEqual([millis.value, millis.text, millis.replace?.(900)], [1000, 'cdk.Duration.millis(1_000_000)', 'cdk.Duration.millis(900000)']);
    const size = known<number>(b.ephemeralStorage);
    assert.deepEqual([size.value, spanText(text, size.span), size.replace?.(10240)], [11264, 'Size.gibibytes(11)', 'Size.mebibytes(10240)']);
    const sum = known<number>(c.timeout);
    assert.deepEqual([sum.value, sum.replace?.(900), sum.replace?.(901)], [960, 'Duration.minutes(15)', 'Duration.seconds(901)']);
    assert.equal(knownValue(c.runtime), 'nodejs16.x');
    assert.equal(knownValue(c.layers), 2);
  });

  test(`${language}: what the file does not determine stays unknown and produces no finding`, async () => {
    const analysis = await analyzeFixture(...path);
    const [, b, c, d] = analysis.source!.model.functions;
    assert.equal(b.layers?.known, false);
    assert.equal(c.memorySize?.known, false);
    assert.equal(d.runtime?.known, false, 'Runtime.NODEJS_LATEST depends on the CDK version');
    assert.equal(d.timeout?.known, false, 'Duration.seconds(max(1, 2)) calls a function');
    assert.equal(d.memorySize?.known, false, 'a variable assigned twice is not a constant');
    const t = analysis.text;
    assert.deepEqual(
      findingLines(analysis, ['lambda-timeout', 'lambda-memory', 'lambda-ephemeral-storage', 'lambda-layers', 'lambda-environment-size']).map((f) => [f.line, f.ruleId, f.fix]),
      [
        [lineOf(t, 'TIMEOUT = Duration.hours(1)'), 'lambda-timeout', ['Duration.seconds(900)']],
        [lineOf(t, 'cdk.Duration.millis(1_000_000)'), 'lambda-timeout', ['cdk.Duration.millis(900000)']],
        [lineOf(t, 'Size.gibibytes(11)'), 'lambda-ephemeral-storage', ['Size.mebibytes(10240)']],
        [lineOf(t, 'Duration.minutes(15 + 1)'), 'lambda-timeout', ['Duration.minutes(15)']],
      ],
    );
    const fromConstant = analysis.findings.find((f) => f.ruleId === 'lambda-timeout')!;
    assert.match(fromConstant.message, py ? /Set in constant TIMEOUT; affects function fn_a\.$/ : /Set in const TIMEOUT; affects function fnA\.$/);
    assert.deepEqual(readerErrors, []);
  });
}

test('TypeScript: a numeric constant inside Duration is fixed in the Duration unit, where the constant is written', async () => {
  const { source, text } = await analyzeFixture('ts', 'constant-amount.ts');
  const timeout = known<number>(source!.model.functions[0].timeout);
  assert.deepEqual([timeout.value, timeout.derived, timeout.text, spanText(text, timeout.span)], [1200, 'const MINUTES', 'Duration.minutes(MINUTES)', '20']);
  assert.equal(timeout.replace?.(900), '15');
  assert.equal(timeout.replace?.(901), undefined, 'not a whole number of minutes: no fix rather than a wrong one');
});
