// CDK stacks in TypeScript and Python: diagnostics on the value as written, the TypeScript quick fix, the hover.
// The CDK parsers load lazily on the first CDK file, hence the longer waits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, applyQuickFix, codeOf, describe, hoverText, open, positionOf, rangeOf, revertAll, waitForDiagnostics } from './helpers';

const FIRST_CDK_MS = 30_000;
const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);

suite('CDK stacks', function () {
  this.timeout(45_000);
  suiteSetup(activateExtension);
  teardown(revertAll);

  test('TypeScript: timeout: Duration.minutes(20) is a lambda-timeout error on that expression', async () => {
    const { document } = await open('cdk-stack.ts');
    const ds = await waitForDiagnostics(document.uri, has('lambda-timeout'), 'lambda-timeout', FIRST_CDK_MS);
    assert.equal(ds.length, 1, JSON.stringify(describe(ds)));
    const [d] = ds;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.range.isEqual(rangeOf(document, 'Duration.minutes(20)')), `range ${JSON.stringify(describe(ds))}`);
    assert.match(d.message, /1,200 s \(20 min\) exceeds Lambda.s maximum of 900 s/);
  });

  test('TypeScript: the quick fix writes Duration.minutes(15) and the error goes away', async () => {
    const { document } = await open('cdk-stack.ts');
    const [d] = await waitForDiagnostics(document.uri, has('lambda-timeout'), 'lambda-timeout', FIRST_CDK_MS);
    await applyQuickFix(document.uri, d, 'Set Timeout to 900');
    assert.match(document.lineAt(d.range.start.line).text, /^\s*timeout: Duration\.minutes\(15\),$/);
    await waitForDiagnostics(document.uri, (ds) => !has('lambda-timeout')(ds), 'lambda-timeout to go away after the quick fix', FIRST_CDK_MS);
  });

  test('TypeScript: hover on timeout shows `Duration.minutes(20)` = 1,200 s', async () => {
    const { document } = await open('cdk-stack.ts');
    await waitForDiagnostics(document.uri, has('lambda-timeout'), 'lambda-timeout', FIRST_CDK_MS);
    const text = await hoverText(document.uri, positionOf(document, 'timeout: Duration', 2));
    assert.ok(text.includes('`Duration.minutes(20)` = 1,200 s'), `hover was: ${JSON.stringify(text)}`);
    assert.match(text, /Lambda limits/);
  });

  test('Python: memory_size=12288 is a lambda-memory error on 12288', async () => {
    const { document } = await open('cdk_stack.py');
    const ds = await waitForDiagnostics(document.uri, has('lambda-memory'), 'lambda-memory', FIRST_CDK_MS);
    assert.equal(ds.length, 1, JSON.stringify(describe(ds)));
    const [d] = ds;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.range.isEqual(rangeOf(document, '12288')), `range ${JSON.stringify(describe(ds))}`);
    assert.match(d.message, /12,288 MB exceeds Lambda.s maximum of 10,240 MB/);
  });
});
