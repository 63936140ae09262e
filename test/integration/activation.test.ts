// The extension is installed in this VS Code, activates on a YAML file, and registers what it declares. It
// starts its language server only on a document that is ours (not on activation, not on a Kubernetes YAML file).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import { EXTENSION_ID, open, settle } from './helpers';

suite('activation', () => {
  test(`extension ${EXTENSION_ID} is present`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `not found; installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  });

  test('activated without one of our files, it runs no language server; a Kubernetes YAML file starts none; a template starts it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // (The first suite: nothing has been opened in this window yet.)
    const api = (await ext.activate()) as ExtensionApi;
    assert.equal(api.serverStarted(), false, 'the server started on activation');
    assert.equal(api.serverProcessId(), undefined);
    assert.match(api.languageStatus().detail, /starts with the first template/);
    await open('k8s.yaml');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(api.serverStarted(), false, 'k8s.yaml started the server');
    await settle('sam-timeout.yaml', 'lambda-timeout');
    assert.equal(api.serverStarted(), true);
    await api.serverReady();
    assert.ok(api.serverProcessId(), 'no server process');
    // The item recounts shortly after diagnostics change.
    for (let i = 0; i < 50 && /^0 /.test(api.languageStatus().text); i++) await new Promise((r) => setTimeout(r, 100));
    const status = api.languageStatus();
    assert.match(status.text, /^[1-9]\d* findings?( · notes: \d+ files?)?$/, status.text);
    assert.match(status.detail, /language server running/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('activates when a YAML template is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await open('sam-timeout.yaml');
    // activation is asynchronous after the document opens; no event is exposed for it, so poll briefly
    for (let i = 0; i < 100 && !ext.isActive; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(ext.isActive, 'not active 10 s after opening sam-timeout.yaml (check activationEvents)');
  });

  test('every command in contributes.commands is registered', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    const declared: string[] = (ext.packageJSON?.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `declared in package.json but not registered: ${missing.join(', ')}`);
  });
});
