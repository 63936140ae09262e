// serverless.yml: a provider-level timeout inherited by every function is reported once, where it is written;
// the hover explains it; "Disable ... for this line" suppresses it; a non-AWS provider is left alone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, applyQuickFix, codeOf, describe, fixture, hoverText, open, ours, positionOf, revertAll, settle, waitForDiagnostics,
} from './helpers';

const RULE = 'lambda-timeout';
const hasRule = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === RULE);

suite('serverless.yml', () => {
  suiteSetup(activateExtension);
  teardown(revertAll);

  test('provider.timeout 1200 inherited by two functions: one error on the provider line naming both', async () => {
    const { document } = await open('serverless.yml');
    const ds = await waitForDiagnostics(document.uri, hasRule, RULE);
    assert.equal(ds.length, 1, `expected exactly one diagnostic: ${JSON.stringify(describe(ds))}`);
    const [d] = ds;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, positionOf(document, '  timeout: 1200').line, `on ${JSON.stringify(describe(ds))}`);
    assert.equal(document.getText(d.range), '1200');
    assert.match(d.message, /1,200 s/);
    assert.match(d.message, /provider\.timeout/);
    assert.match(d.message, /nightly/);
    assert.match(d.message, /weekly/);
  });

  test('hover on timeout: the Lambda limits note and 1,200 s', async () => {
    const { document } = await open('serverless.yml');
    const text = await hoverText(document.uri, positionOf(document, 'timeout: 1200', 2));
    assert.match(text, /Lambda limits/, `hover was: ${JSON.stringify(text)}`);
    assert.match(text, /1,200 s/, `hover was: ${JSON.stringify(text)}`);
  });

  test('quick fix "Disable lambda-timeout for this line" adds the comment and the error goes away', async () => {
    const { document } = await open('serverless.yml');
    const [d] = await waitForDiagnostics(document.uri, hasRule, RULE);
    const line = d.range.start.line;
    await applyQuickFix(document.uri, d, `Disable ${RULE} for this line`);
    assert.equal(document.lineAt(line).text, `  # serverless-notes-disable-next-line ${RULE}`);
    assert.equal(document.lineAt(line + 1).text, '  timeout: 1200');
    await waitForDiagnostics(document.uri, (ds) => !hasRule(ds), `${RULE} to go away after the suppression comment`);
  });

  test('a serverless.yml for provider google gets no diagnostics', async () => {
    const { document } = await open('google/serverless.yml');
    await settle('sam-timeout.yaml', RULE);
    assert.deepEqual(describe(ours(document.uri)), []);
    assert.deepEqual(describe(ours(fixture('google/serverless.yml'))), []);
  });
});
