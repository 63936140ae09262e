/**
 * Serverless Notes for VS Code: a thin client. Diagnostics, hovers and quick fixes come from the language
 * server (dist/server.js, its own Node process). Activation starts the client and registers the log and
 * re-check commands and the bundled notes' read-only scheme; the rest of the UI (quiz, Search Notes, the
 * user's notes) is the chunk dist/ui.js, loaded UI_LOAD_DELAY_MS later or when one of its commands runs.
 */
import * as vscode from 'vscode';
import { REFRESH_NOTIFICATION, RESOURCE_TYPES_REQUEST } from '../server/protocol';
import { analysedDocuments, createLanguageClient } from './language-client';
import { lazyUi } from './lazy-ui';
import { registerBundledScheme } from './notes/bundled-scheme';
import type { UiApi } from './ui';

/** Long enough for the editor to finish starting; short enough that the status bar's due count appears soon. */
const UI_LOAD_DELAY_MS = 1500;
const OWN_COMMANDS = ['serverlessNotes.showOutput', 'serverlessNotes.refresh'];

export interface ExtensionApi {
  /** Resolves once the language server is running (tests wait on it). */
  serverReady(): Promise<void>;
  /** The language server's process id while it runs (tests kill it to see it restarted). */
  serverProcessId(): number | undefined;
  /** The UI chunk's API, loading the chunk if it has not loaded yet. */
  ui(): Promise<UiApi>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('Serverless Notes', { log: true });
  context.subscriptions.push(log);

  const client = createLanguageClient(context, log);
  const started = client.start().catch((error) => log.error('The Serverless Notes language server did not start', error as Error));
  context.subscriptions.push(client);
  // Untrusted workspaces follow no `${file()}` (the server is told at start): restart once trust is granted.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void started.then(() => client.restart())));

  context.subscriptions.push(
    // A bundled note restored in an editor must be readable before the UI chunk loads.
    registerBundledScheme(),
    vscode.commands.registerCommand('serverlessNotes.showOutput', () => log.show()),
    vscode.commands.registerCommand('serverlessNotes.refresh', async () => {
      if (client.state === 'stopped') await client.start();
      else await client.sendNotification(REFRESH_NOTIFICATION);
    }),
  );
  const resourceTypes = async (uri: vscode.Uri) => {
    await started;
    return client.sendRequest<string[]>(RESOURCE_TYPES_REQUEST, { uri: client.asServerUri(uri) });
  };
  const ui = lazyUi(context, { log, resourceTypes, selector: analysedDocuments(context) }, OWN_COMMANDS);
  const timer = setTimeout(() => {
    try {
      ui.load();
    } catch (error) {
      log.error('The Serverless Notes UI (dist/ui.js) did not load', error as Error);
    }
  }, UI_LOAD_DELAY_MS);
  context.subscriptions.push(ui, { dispose: () => clearTimeout(timer) });
  return { serverReady: async () => void (await started), serverProcessId: () => client.serverProcessId, ui: async () => ui.load() };
}

export function deactivate(): void {}
