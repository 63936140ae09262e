// The language server runs in its own process; when it dies the client starts a new one, opens the
// documents again, and diagnostics follow edits as before.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import { activateExtension, codeOf, open, revertAll, waitForDiagnostics } from './helpers';

const RULE = 'lambda-timeout';

suite('language server restart', () => {
  teardown(revertAll);

  test('a killed server is restarted and the next edit gets its diagnostics', async () => {
    const api = (await activateExtension()).exports as ExtensionApi;
    const { document } = await open('sam-timeout.yaml'); // the server starts on the first template
    await api.serverReady();
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === RULE), RULE);
    const first = api.serverProcessId();
    assert.ok(first, 'no server process id');
    process.kill(first, 'SIGKILL');
    let next: number | undefined;
    for (let i = 0; i < 100 && (!next || next === first); i++) {
      await new Promise((r) => setTimeout(r, 100));
      next = api.serverProcessId();
    }
    assert.ok(next && next !== first, `no new server process 10 s after killing ${first}`);
    const line = document.getText().split('\n').findIndex((l) => /^\s*Timeout: 1200\s*$/.test(l));
    assert.ok(line >= 0, 'the fixture has no "Timeout: 1200" line');
    const edit = new vscode.WorkspaceEdit();
    const at = document.lineAt(line).text.indexOf('1200');
    edit.replace(document.uri, new vscode.Range(line, at, line, at + 4), '1300');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === RULE && d.message.includes('1,300')), `${RULE} about 1,300 s from the new server`);
  });
});
