/** CDK limits in both languages: values exactly at the limit are silent, one past gives a finding with the numbers. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIMIT_RULES, analyzeFixture, findingLines, lineOf, readerErrors } from './cdk-helpers';

for (const [language, at, over] of [
  ['TypeScript', ['ts', 'limits-at.ts'], ['ts', 'limits-over.ts']],
  ['Python', ['py', 'limits_at.py'], ['py', 'limits_over.py']],
] as const) {
  test(`${language}: values at the limits give no finding`, async () => {
    const analysis = await analyzeFixture(...at);
    assert.equal(analysis.format, 'cdk');
    const fn = analysis.source!.model.functions[0];
    assert.equal(fn.timeout?.known === true && fn.timeout.value, 900);
    assert.equal(fn.memorySize?.known === true && fn.memorySize.value, 10240);
    assert.equal(fn.ephemeralStorage?.known === true && fn.ephemeralStorage.value, 10240);
    assert.equal(fn.layers?.known === true && fn.layers.value, 5);
    assert.deepEqual(findingLines(analysis, LIMIT_RULES), []);
    assert.deepEqual(readerErrors, []);
  });

  test(`${language}: one past each limit gives a finding on its line with the numbers`, async () => {
    const analysis = await analyzeFixture(...over);
    const t = analysis.text;
    const memoryKey = language === 'Python' ? 'memory_size=' : 'memorySize:';
    const tmpKey = language === 'Python' ? 'ephemeral_storage_size=' : 'ephemeralStorageSize:';
    const envKey = language === 'Python' ? 'environment=' : 'environment:';
    assert.deepEqual(findingLines(analysis, LIMIT_RULES), [
      { line: lineOf(t, 'Duration.seconds(901)'), ruleId: 'lambda-timeout', message: "Timeout 901 s (15.02 min) exceeds Lambda's maximum of 900 s (15 min).", fix: ['Duration.seconds(900)'] },
      { line: lineOf(t, memoryKey), ruleId: 'lambda-memory', message: "MemorySize 10,241 MB exceeds Lambda's maximum of 10,240 MB.", fix: ['10240'] },
      { line: lineOf(t, tmpKey), ruleId: 'lambda-ephemeral-storage', message: "Ephemeral storage (/tmp) 10,241 MB exceeds Lambda's maximum of 10,240 MB.", fix: ['Size.mebibytes(10240)'] },
      { line: lineOf(t, language === 'Python' ? 'layers=[l1' : 'layers: [l1'), ruleId: 'lambda-layers', message: '6 layers: Lambda allows at most 5 per function.', fix: undefined },
      {
        line: lineOf(t, envKey),
        ruleId: 'lambda-environment-size',
        message: "Environment variables take 4,097 bytes (1 variables, measured as Lambda does: compact JSON, UTF-8), over Lambda's 4 KB limit of 4,096 bytes by 1.",
        fix: undefined,
      },
    ]);
    // The timeout finding underlines exactly the Duration call, and its fix replaces exactly that text.
    const timeout = analysis.findings.find((f) => f.ruleId === 'lambda-timeout')!;
    const start = t.indexOf('Duration.seconds(901)');
    assert.deepEqual(timeout.fix!.edits[0].span, { start, end: start + 'Duration.seconds(901)'.length });
    const line = lineOf(t, 'Duration.seconds(901)');
    const column = start - t.lastIndexOf('\n', start) - 1;
    assert.deepEqual(timeout.range, { start: { line, character: column }, end: { line, character: column + 21 } });
  });
}
