// The extension is installed in this VS Code, activates on a YAML file, and registers what it declares.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, open } from './helpers';

suite('activation', () => {
  test(`extension ${EXTENSION_ID} is present`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `not found; installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
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
