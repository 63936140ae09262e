/**
 * Serverless Notes for VS Code: a thin client. Diagnostics, hovers and quick fixes come from the language
 * server (dist/server.js, its own Node process), started on the first document that is ours
 * (presence/server-start-gate.ts): VS Code activates us for any JSON, YAML, TypeScript or Python file, and a
 * window without templates, serverless.yml or CDK stacks runs no server. Activation registers the log,
 * re-check, language status and walkthrough commands, the bundled notes' read-only scheme, the read-only note
 * views and the study view's serializer; the rest of the UI (study view, Search Notes, the user's notes) is
 * the chunk dist/ui.js, loaded UI_LOAD_DELAY_MS later or when one of its commands runs.
 */
import * as vscode from 'vscode';
import { REFRESH_NOTIFICATION, RESOURCE_TYPES_REQUEST } from '../server/protocol';
import { analysedDocuments, createLanguageClient } from './language-client';
import { lazyUi } from './lazy-ui';
import { registerBundledScheme } from './notes/bundled-scheme';
import { registerNoteViewFileSystem } from './notes/note-view-fs';
import { NOTE_VIEW_SCHEME, renderOpenedNoteViews } from './notes/note-view-uri';
import { LanguageStatus, type LanguageStatusState } from './presence/language-status';
import { serverStartGate, type StartGate } from './presence/server-start-gate';
import { OPEN_EXAMPLE_COMMAND, registerWalkthrough } from './presence/walkthrough';
import { STUDY_VIEW_TYPE } from './study/study-protocol';
import type { UiApi } from './ui';

/** Long enough for the editor to finish starting; short enough that the status bar's due count appears soon. */
const UI_LOAD_DELAY_MS = 1500;
const OWN_COMMANDS = ['serverlessNotes.showOutput', 'serverlessNotes.refresh', OPEN_EXAMPLE_COMMAND];

export interface ExtensionApi {
  /** Resolves once the language server is running (it starts on the first document that is ours). */
  serverReady(): Promise<void>;
  /** The language server's process id while it runs (tests kill it to see it restarted). */
  serverProcessId(): number | undefined;
  /** Whether the server was started (false in a window that never held one of our files). */
  serverStarted(): boolean;
  /** The language status item as shown. */
  languageStatus(): LanguageStatusState;
  /** The UI chunk's API, loading the chunk if it has not loaded yet. */
  ui(): Promise<UiApi>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const activated = Date.now();
  const log = vscode.window.createOutputChannel('Serverless Notes', { log: true });
  context.subscriptions.push(log);
  const version = String(context.extension.packageJSON?.version ?? '?');
  log.info(`Serverless Notes ${version} (${vscode.env.appName} ${vscode.version}, extension host pid ${process.pid}).`);

  const selector = analysedDocuments(context);
  const status = new LanguageStatus(selector);
  context.subscriptions.push(status);
  // (Assigned below: the client reports its first state change while the gate is being created.)
  let gate: StartGate | undefined;
  const client = createLanguageClient(context, log, (state) => status.setServer(state === 'stopped' ? (gate?.triggered === false ? 'waiting' : 'stopped') : state));
  context.subscriptions.push(client);

  let ready!: () => void;
  const running = new Promise<void>((resolve) => (ready = resolve));
  const startServer = async (reason: string) => {
    const t0 = Date.now();
    try {
      await client.start();
      log.info(`Language server started for ${reason}: pid ${client.serverProcessId ?? '?'}, ready in ${Date.now() - t0} ms (${Date.now() - activated} ms after activation).`);
      ready();
    } catch (error) {
      log.error('The Serverless Notes language server did not start', error as Error);
    }
  };
  const startGate = serverStartGate(
    selector.map((s) => s.language).filter((l, i, all) => all.indexOf(l) === i),
    startServer,
  );
  gate = startGate;
  context.subscriptions.push(startGate);
  // Untrusted workspaces follow no `${file()}` (the server is told at start): restart once trust is granted.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void (startGate.triggered && running.then(() => client.restart()))));

  context.subscriptions.push(
    // A bundled note restored in an editor must be readable before the UI chunk loads.
    registerBundledScheme(),
    vscode.commands.registerCommand('serverlessNotes.showOutput', () => log.show()),
    vscode.commands.registerCommand('serverlessNotes.refresh', async () => {
      if (!startGate.triggered) await startGate.start('Re-check Open Files');
      else if (client.state === 'stopped') await client.start();
      else await client.sendNotification(REFRESH_NOTIFICATION);
      const n = client.openDocumentCount;
      log.info(`Re-check Open Files: ${n} open files sent to the language server.`);
      void vscode.window.showInformationMessage(
        n ? `Serverless Notes: re-checked ${n} open ${n === 1 ? 'file' : 'files'}.` : 'Serverless Notes: no open template, serverless.yml or CDK file to check.',
      );
      return n;
    }),
    registerWalkthrough(context),
  );
  const resourceTypes = async (uri: vscode.Uri) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document || !startGate.accepts(document)) return [];
    await startGate.start(document.fileName);
    await running;
    return client.sendRequest<string[]>(RESOURCE_TYPES_REQUEST, { uri: client.asServerUri(uri) });
  };
  const noteViewChanged = new vscode.EventEmitter<vscode.Uri>();
  const ui = lazyUi(
    context,
    { log, resourceTypes, selector, notesIndexed: (files) => status.setNotesFiles(files), noteViewChanged: (uri) => noteViewChanged.fire(uri) },
    OWN_COMMANDS,
  );
  context.subscriptions.push(
    noteViewChanged,
    // Note views (rendered, read-only notes and rule docs) and study views restored after a reload load the UI chunk at once.
    registerNoteViewFileSystem(NOTE_VIEW_SCHEME, (uri) => ui.load().noteViewContent(uri), noteViewChanged.event),
    renderOpenedNoteViews(),
    vscode.window.registerWebviewPanelSerializer(STUDY_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => ui.load().restoreStudy(panel, state) }),
  );
  const timer = setTimeout(() => {
    try {
      ui.load();
    } catch (error) {
      log.error('The Serverless Notes UI (dist/ui.js) did not load', error as Error);
    }
  }, UI_LOAD_DELAY_MS);
  context.subscriptions.push(ui, { dispose: () => clearTimeout(timer) });
  log.info(`Activated in ${Date.now() - activated} ms; ${startGate.triggered ? 'starting the language server' : 'the language server starts with the first template, serverless.yml or CDK file'}.`);
  return {
    serverReady: () => running,
    serverProcessId: () => client.serverProcessId,
    serverStarted: () => startGate.triggered,
    languageStatus: () => status.state,
    ui: async () => ui.load(),
  };
}

export function deactivate(): void {}
