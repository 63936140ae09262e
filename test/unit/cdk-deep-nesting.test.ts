/**
 * Issue 10: CDK files with 1,000 nested parentheses or a 10,000-term `1+1+…` chain used to be left
 * unanalysed with a stack trace on stderr. Now the walk is iterative and expressions deeper than
 * MAX_EXPRESSION_DEPTH are not converted: the rest of the file is analysed, with one information finding.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownValue } from '../../src/core/model';
import { MAX_EXPRESSION_DEPTH } from '../../src/core/sources/cdk/syntax-tree';
import { cdkService, lineOf, readerErrors } from './cdk-helpers';

const PARENS = `${'('.repeat(1000)}1024${')'.repeat(1000)}`;
const CHAIN = Array.from({ length: 10_000 }, () => '1').join(' + ');
const CALLS = `${'wrap('.repeat(1000)}1${')'.repeat(1000)}`;

const typescript = [
  "import { Duration } from 'aws-cdk-lib';",
  "import * as lambda from 'aws-cdk-lib/aws-lambda';",
  `const DEEP = ${PARENS};`,
  `const CHAIN = ${CHAIN};`,
  `const CALLS = ${CALLS};`,
  "new lambda.Function(this, 'Fn', {",
  '  timeout: Duration.minutes(20),',
  `  memorySize: ${PARENS},`,
  '  ephemeralStorageSize: CHAIN,',
  '});',
  '',
].join('\n');

const python = [
  'from aws_cdk import Duration, aws_lambda as _lambda',
  `DEEP = ${PARENS}`,
  `CHAIN = ${CHAIN}`,
  `CALLS = ${CALLS}`,
  '_lambda.Function(',
  '    self, "Fn",',
  '    timeout=Duration.minutes(20),',
  `    memory_size=${PARENS},`,
  '    ephemeral_storage_size=CHAIN,',
  ')',
  '',
].join('\n');

for (const [language, fileName, text, timeout] of [
  ['TypeScript', 'deep-stack.ts', typescript, 'timeout: Duration'],
  ['JavaScript', 'deep-stack.js', typescript, 'timeout: Duration'],
  ['Python', 'deep_stack.py', python, 'timeout=Duration'],
] as const) {
  test(`${language}: 1,000 nested parentheses, a 10,000-term chain and 1,000 nested calls: the timeout is still found, plus one information finding`, async () => {
    readerErrors.length = 0;
    const analysis = await cdkService.analyze({ fileName, text });
    assert.deepEqual(readerErrors, []);
    assert.equal(analysis.source?.model.functions.length, 1);
    const fn = analysis.source!.model.functions[0];
    assert.equal(knownValue(fn.timeout), 1200);
    // The deep values are unknown: no finding on them, never a wrong one.
    assert.equal(fn.memorySize?.known, false);
    assert.deepEqual(
      analysis.findings.filter((f) => f.ruleId === 'lambda-timeout').map((f) => f.range.start.line),
      [lineOf(text, timeout)],
    );
    const skipped = analysis.findings.filter((f) => f.severity === 'information' && f.message.includes(`nested deeper than ${MAX_EXPRESSION_DEPTH} levels`));
    assert.equal(skipped.length, 1, analysis.findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
    assert.equal(skipped[0].ruleId, 'file-too-large');
    assert.equal(skipped[0].range.start.line, lineOf(text, 'DEEP'));
  });
}

test('nesting within the bound is read in full (a value 90 parentheses deep is known)', async () => {
  const text = ["import { Duration } from 'aws-cdk-lib';", "import * as lambda from 'aws-cdk-lib/aws-lambda';", `new lambda.Function(this, 'Fn', { timeout: Duration.minutes(${'('.repeat(90)}20${')'.repeat(90)}) });`, ''].join('\n');
  const analysis = await cdkService.analyze({ fileName: 'shallow.ts', text });
  assert.equal(analysis.source?.model.functions[0].timeout?.known, true);
  assert.deepEqual(analysis.findings.filter((f) => f.severity === 'information').map((f) => f.message), []);
});
