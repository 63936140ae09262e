/** CDK hovers (construct names and props, with budgets) and recognition (imports, silence, cheap rejection). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCdkPythonReader, createCdkTypeScriptReader, isCdkOutPath } from '../../src/core/sources/cdk';
import { loadPythonParser, loadTypeScriptParser } from '../../src/node/cdk-parsers';
import { analyzeFixture, cdkFixture, cdkService, readerErrors } from './cdk-helpers';

/** The offset of `caret` inside the first occurrence of `needle`. */
function at(text: string, needle: string, caret = 0): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + caret;
}

for (const [language, path, timeoutKey] of [
  ['TypeScript', ['ts', 'limits-over.ts'], 'timeout:'],
  ['Python', ['py', 'limits_over.py'], 'timeout='],
] as const) {
  test(`${language}: hovering the construct name names the CloudFormation type and the entity`, async () => {
    const analysis = await analyzeFixture(...path);
    const target = analysis.source!.locate(at(analysis.text, 'Function(', 2));
    assert.equal(target?.part, 'resource');
    assert.equal(target?.resourceType, 'AWS::Lambda::Function');
    assert.equal(target?.entity?.id, 'OverLimits');
    assert.equal(analysis.text.slice(target!.span.start, target!.span.end), language === 'Python' ? '_lambda.Function' : 'lambda.Function');
  });

  test(`${language}: hovering a prop shows the note, the limit and the evaluated value`, async () => {
    const analysis = await analyzeFixture(...path);
    for (const offset of [at(analysis.text, timeoutKey, 2), at(analysis.text, 'Duration.seconds(901)', 10)]) {
      const target = analysis.source!.locate(offset);
      assert.equal(target?.property, 'Timeout');
      assert.equal(target?.facet, 'lambda.timeout');
      assert.equal(target?.entity?.id, 'OverLimits');
      const hover = cdkService.hover(analysis, offset);
      assert.ok(hover);
      // Line 1 is the finding at the value, else the value against its limit; never the key again.
      assert.ok(!hover.markdown.startsWith('**Timeout**'), hover.markdown);
      assert.ok(hover.markdown.includes("**`Duration.seconds(901)` = 901 s**: above Lambda's maximum; Lambda stops at 900 s (15 min)."), hover.markdown);
      assert.equal(hover.topics[0]?.id, 'lambda-limits');
    }
    const memory = analysis.source!.locate(at(analysis.text, '10241'));
    assert.deepEqual([memory?.property, memory?.facet, memory?.part], ['MemorySize', 'lambda.memory', 'value']);
  });
}

test('Python: a hover on a value held in a constant also works where the constant is written', async () => {
  const analysis = await analyzeFixture('py', 'evaluation.py');
  const target = analysis.source!.locate(at(analysis.text, 'Duration.hours(1)', 3));
  assert.deepEqual([target?.property, target?.facet, target?.entity?.id], ['Timeout', 'lambda.timeout', 'fn_a']);
});

test('files that mention the CDK but import nothing from it get silence', async () => {
  for (const path of [['ts', 'not-cdk.ts'], ['py', 'not_cdk.py']]) {
    const analysis = await analyzeFixture(...path);
    assert.equal(analysis.source, undefined, path.join('/'));
    assert.deepEqual(analysis.findings, []);
  }
});

test('broken files never crash: what parses is still read', async () => {
  const ts = await analyzeFixture('ts', 'broken.ts');
  assert.equal(ts.source?.model.functions.length, 1);
  const py = await analyzeFixture('py', 'broken.py');
  assert.equal(py.source?.model.functions.length, 1);
  assert.deepEqual(py.findings.filter((f) => f.ruleId === 'lambda-timeout').map((f) => f.range.start.line), [1]);
  assert.deepEqual(readerErrors, []);
});

test('files that do not mention the CDK are rejected before any parser loads', async () => {
  let loads = 0;
  const tsReader = createCdkTypeScriptReader((dialect) => {
    loads++;
    return loadTypeScriptParser(dialect);
  });
  const pyReader = createCdkPythonReader(() => {
    loads++;
    return loadPythonParser();
  });
  assert.equal(await tsReader.read({ fileName: 'app.ts', text: 'export const x = 1;' }), undefined);
  assert.equal(await pyReader.read({ fileName: 'app.py', text: 'print("hello")' }), undefined);
  assert.equal(loads, 0);
  assert.equal(tsReader.accepts('stack.ts'), true);
  assert.equal(tsReader.accepts('types.d.ts'), false);
  assert.equal(tsReader.accepts('stack.py'), false);
  assert.equal(pyReader.accepts('app.py'), true);
  const read = await tsReader.read(cdkFixture('ts', 'limits-at.ts'));
  assert.equal(read?.model.functions.length, 1);
  await tsReader.read(cdkFixture('ts', 'limits-over.ts'));
  assert.equal(loads, 1, 'the grammar loads once');
});

test('import spellings: CDK v1 packages, require(), namespace access and from-imports', async () => {
  const cases: Array<[string, string]> = [
    ['v1.ts', "import * as lambda from '@aws-cdk/aws-lambda';\nimport * as core from '@aws-cdk/core';\nnew lambda.Function(this, 'F', { timeout: core.Duration.minutes(16) });\n"],
    ['req.js', "const { Duration } = require('aws-cdk-lib');\nconst lambda = require('aws-cdk-lib/aws-lambda');\nnew lambda.Function(this, 'F', { timeout: Duration.minutes(16) });\n"],
    ['ns.ts', "import * as cdk from 'aws-cdk-lib';\nnew cdk.aws_lambda.Function(this, 'F', { timeout: cdk.Duration.minutes(16) });\n"],
    ['v1.py', 'from aws_cdk import core, aws_lambda\naws_lambda.Function(self, "F", timeout=core.Duration.minutes(16))\n'],
    ['plain.py', 'import aws_cdk.aws_lambda\nimport aws_cdk\naws_cdk.aws_lambda.Function(self, "F", timeout=aws_cdk.Duration.minutes(16))\n'],
    ['from.py', 'from aws_cdk.aws_lambda import Function as Fn\nfrom aws_cdk import Duration\nFn(self, "F", timeout=Duration.minutes(16))\n'],
  ];
  for (const [fileName, text] of cases) {
    const analysis = await cdkService.analyze({ fileName, text });
    const timeout = analysis.source?.model.functions[0]?.timeout;
    assert.equal(timeout?.known === true && timeout.value, 960, fileName);
    const line = text.slice(0, text.indexOf('minutes(16)')).split('\n').length - 1;
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'lambda-timeout').map((f) => f.range.start.line), [line], fileName);
  }
});

test('isCdkOutPath finds synthesised output folders', () => {
  assert.equal(isCdkOutPath('app/cdk.out/MyStack.template.json'), true);
  assert.equal(isCdkOutPath('C:\\app\\cdk.out\\asset.1\\index.js'), true);
  assert.equal(isCdkOutPath('app/lib/cdk.out.ts'), false);
  assert.equal(isCdkOutPath('app/template.json'), false);
});
