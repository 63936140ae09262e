// lambda-timeout: the diagnostic, its quick fix, the rules setting, and the files it must leave alone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, describe, fixture, open, ours, revertAll, settle, waitForDiagnostics } from './helpers';

const RULE = 'lambda-timeout';
const hasRule = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === RULE);
const lacksRule = (ds: vscode.Diagnostic[]) => !hasRule(ds);

/** The range of the first `Timeout: <value>` value token in the document. */
function timeoutValueRange(doc: vscode.TextDocument, value: string): vscode.Range {
  const m = new RegExp(`"?Timeout"?\\s*:\\s*(${value})\\b`).exec(doc.getText());
  assert.ok(m, `no Timeout: ${value} in ${vscode.workspace.asRelativePath(doc.uri)}`);
  const start = doc.positionAt(m.index + m[0].length - m[1].length);
  return new vscode.Range(start, start.translate(0, m[1].length));
}

suite('lambda-timeout diagnostics', () => {
  suiteSetup(activateExtension);
  teardown(revertAll);

  test('Timeout: 1200 on an AWS::Serverless::Function is an error on exactly the 1200 token', async () => {
    const { document } = await open('sam-timeout.yaml');
    const ds = await waitForDiagnostics(document.uri, hasRule, RULE);
    const found = ds.filter((d) => codeOf(d) === RULE);
    assert.equal(found.length, 1, `expected one ${RULE}: ${JSON.stringify(describe(ds))}`);
    const [d] = found;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'serverless-notes');
    assert.match(d.message, /Timeout 1,200 s \(20 min\) exceeds Lambda.s maximum of 900 s/);
    assert.match(d.message, /900 s/);
    const expected = timeoutValueRange(document, '1200');
    assert.ok(d.range.isEqual(expected), `range ${JSON.stringify(describe([d]))} != the 1200 token at line ${expected.start.line}`);
    assert.equal(document.getText(d.range), '1200');
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code should be { value, target: Uri } (a link to the note)');
  });

  test('the same in a JSON template', async () => {
    const { document } = await open('template.json');
    const ds = await waitForDiagnostics(document.uri, hasRule, RULE);
    const d = ds.find((x) => codeOf(x) === RULE)!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(d.range), '1200');
    assert.ok(d.range.isEqual(timeoutValueRange(document, '1200')));
  });

  test('quick fix "Set Timeout to 900" replaces the value and the diagnostic goes away', async () => {
    const { document } = await open('sam-timeout.yaml');
    const [d] = (await waitForDiagnostics(document.uri, hasRule, RULE)).filter((x) => codeOf(x) === RULE);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const fix = actions.find((a) => a.title === 'Set Timeout to 900');
    assert.ok(fix, `no "Set Timeout to 900" among: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(fix.edit || fix.command, 'the quick fix has neither an edit nor a command');
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the quick fix');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.match(document.lineAt(d.range.start.line).text, /^\s*Timeout: 900\s*$/);
    await waitForDiagnostics(document.uri, lacksRule, `${RULE} to go away after the quick fix`);
  });

  test('serverlessNotes.rules { "lambda-timeout": "off" } removes it, and removing the setting brings it back', async () => {
    const { document } = await open('sam-timeout.yaml');
    await waitForDiagnostics(document.uri, hasRule, RULE);
    const config = vscode.workspace.getConfiguration('serverlessNotes');
    try {
      await config.update('rules', { [RULE]: 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(document.uri, lacksRule, `${RULE} to go away when turned off`);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document.uri, hasRule, `${RULE} to come back when the setting is removed`);
  });

  test('a SAM function within limits gets no lambda-timeout', async () => {
    const { document } = await open('sam-ok.yaml');
    await settle('sam-timeout.yaml', RULE);
    assert.deepEqual(describe(ours(document.uri).filter((d) => codeOf(d) === RULE)), []);
  });

  test('k8s.yaml (not a template) gets no diagnostics', async () => {
    const { document } = await open('k8s.yaml');
    await settle('sam-timeout.yaml', RULE);
    assert.deepEqual(describe(ours(fixture('k8s.yaml'))), []);
    assert.equal(document.languageId, 'yaml');
  });
});
