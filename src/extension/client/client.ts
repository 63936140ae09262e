/**
 * The extension's client of the Serverless Notes language server: only what this server uses of LSP, so
 * the client bundle stays small (vscode-languageclient, which implements every LSP feature, is 400 KB
 * of the 150 KB budget; vscode-jsonrpc under it is 60 KB). What it does:
 * - starts dist/server.js in its own Node process (server-process.ts) and restarts it when it dies, up to
 *   MAX_RESTARTS in RESTART_WINDOW_MS, with a log line and never a modal;
 * - keeps the server's copy of the open documents in step (didOpen, incremental didChange, didClose) for
 *   the languages the server analyses;
 * - shows the pushed diagnostics, asks the server for hovers and quick fixes (VS Code's cancellation
 *   reaches the server as `$/cancelRequest`);
 * - answers `workspace/configuration`, watches the files the server registers, reports workspace folders;
 * - forwards the server's log messages to the output channel.
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-protocol';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { asCodeActions, asCodeLens, asDiagnostic, asHover, toLspDiagnostic, toLspRange } from './convert';
import { startServerProcess, type ServerProcess } from './server-process';

export const MAX_RESTARTS = 5;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;
const SHUTDOWN_TIMEOUT_MS = 2000;

export type ClientState = 'stopped' | 'starting' | 'running';

export interface ClientOptions {
  readonly serverModule: string;
  /** Editor language ids whose documents (file and untitled) the server analyses. */
  readonly languages: readonly string[];
  readonly log: vscode.LogOutputChannel;
  /** Read again on every (re)start. */
  readonly initializationOptions: () => unknown;
  /** Commands the server's hover markdown may run. */
  readonly hoverCommands: readonly string[];
  /** The configuration section the server asks for and is told about when it changes. */
  readonly section: string;
  /** Told each time the client's state changes (the language status item shows it). */
  readonly onStateChange?: (state: ClientState) => void;
}

export class ServerlessNotesClient implements vscode.Disposable {
  private process: ServerProcess | undefined;
  private running: Promise<MessageConnection> | undefined;
  private stopping = false;
  private state_: ClientState = 'stopped';
  private readonly restarts: number[] = [];
  private readonly diagnostics: vscode.DiagnosticCollection;
  private readonly opened = new Set<string>();
  private readonly watchers = new Map<string, vscode.Disposable[]>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly options: ClientOptions) {
    this.diagnostics = vscode.languages.createDiagnosticCollection('serverless-notes');
    const selector = options.languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]);
    this.disposables.push(
      this.diagnostics,
      vscode.workspace.onDidOpenTextDocument((d) => void this.didOpen(d)),
      vscode.workspace.onDidChangeTextDocument((e) => void this.didChange(e)),
      vscode.workspace.onDidCloseTextDocument((d) => void this.didClose(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(options.section)) void this.notify('workspace/didChangeConfiguration', { settings: null });
      }),
      vscode.workspace.onDidChangeWorkspaceFolders((e) =>
        this.notify('workspace/didChangeWorkspaceFolders', { event: { added: e.added.map(asFolder), removed: e.removed.map(asFolder) } }),
      ),
      vscode.languages.registerHoverProvider(selector, { provideHover: (d, p, t) => this.hover(d, p, t) }),
      vscode.languages.registerCodeActionsProvider(selector, { provideCodeActions: (d, r, c, t) => this.codeActions(d, r, c, t) }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
      vscode.languages.registerCodeLensProvider(selector, { provideCodeLenses: (d, t) => this.codeLenses(d, t) }),
    );
  }

  get state(): ClientState {
    return this.state_;
  }

  private set currentState(state: ClientState) {
    if (state === this.state_) return;
    this.state_ = state;
    this.options.onStateChange?.(state);
  }

  private get currentState(): ClientState {
    return this.state_;
  }

  /** How many documents the server has open (what "Re-check Open Files" re-checks). */
  get openDocumentCount(): number {
    return this.opened.size;
  }

  /** Starts the server (once; a running client is left as it is) and opens the documents it analyses. */
  start(): Promise<void> {
    this.stopping = false;
    this.running ??= this.launch();
    return this.running.then(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const running = this.running;
    const child = this.process;
    this.running = undefined;
    this.process = undefined;
    this.opened.clear();
    this.disposeWatchers();
    if (!running || !child) return;
    try {
      const connection = await running;
      await Promise.race([connection.sendRequest('shutdown'), delay(SHUTDOWN_TIMEOUT_MS)]);
      void connection.sendNotification('exit');
    } catch {
      // The server is gone already.
    }
    const exited = await Promise.race([child.exited.then(() => true), delay(SHUTDOWN_TIMEOUT_MS).then(() => false)]);
    if (!exited) child.kill();
    child.connection.dispose();
    this.currentState = 'stopped';
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    const connection = await this.connection();
    // (A string method takes its parameters as rest arguments: an undefined token would be sent as a second one.)
    return token ? connection.sendRequest<R>(method, params, token) : connection.sendRequest<R>(method, params);
  }

  async sendNotification(method: string, params?: unknown): Promise<void> {
    const connection = await this.connection();
    await connection.sendNotification(method, params);
  }

  /** The server's process id while one runs (tests stop it to see the restart). */
  get serverProcessId(): number | undefined {
    return this.process?.pid;
  }

  /** The URI as the server knows it. */
  asServerUri(uri: vscode.Uri): string {
    return uri.toString();
  }

  dispose(): void {
    void this.stop();
    this.disposables.forEach((d) => d.dispose());
  }

  private connection(): Promise<MessageConnection> {
    if (!this.running) return Promise.reject(new Error('The Serverless Notes language server is not running.'));
    return this.running;
  }

  private async launch(): Promise<MessageConnection> {
    this.currentState = 'starting';
    const { log } = this.options;
    const child = startServerProcess(this.options.serverModule, (line) => log.info(line));
    this.process = child;
    const connection = child.connection;
    this.listen(connection);
    connection.onClose(() => this.onClosed(child));
    connection.listen();
    const params: lsp.InitializeParams = {
      processId: process.pid,
      clientInfo: { name: vscode.env.appName, version: vscode.version },
      rootUri: vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? null,
      workspaceFolders: vscode.workspace.workspaceFolders?.map(asFolder) ?? null,
      initializationOptions: this.options.initializationOptions(),
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeLens: { dynamicRegistration: false },
          codeAction: { isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
    };
    try {
      await connection.sendRequest('initialize', params);
      await connection.sendNotification('initialized', {});
    } catch (error) {
      log.error(`The Serverless Notes language server did not start: ${(error as Error).message}`);
      child.kill();
      throw error;
    }
    this.currentState = 'running';
    for (const document of vscode.workspace.textDocuments) await this.didOpen(document, connection);
    return connection;
  }

  private listen(connection: MessageConnection): void {
    const { log } = this.options;
    connection.onNotification('textDocument/publishDiagnostics', (p: lsp.PublishDiagnosticsParams) => this.diagnostics.set(vscode.Uri.parse(p.uri), p.diagnostics.map(asDiagnostic)));
    connection.onNotification('window/logMessage', (p: lsp.LogMessageParams) => logAt(log, p.type, p.message));
    // A server's showMessage is logged, never a modal.
    connection.onNotification('window/showMessage', (p: lsp.ShowMessageParams) => logAt(log, p.type, p.message));
    connection.onRequest('workspace/configuration', (p: lsp.ConfigurationParams) =>
      p.items.map((item) => {
        const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
        const [section, ...rest] = (item.section ?? this.options.section).split('.');
        const value: unknown = rest.length ? vscode.workspace.getConfiguration(section, scope).get(rest.join('.')) : vscode.workspace.getConfiguration(section, scope);
        return value === undefined ? null : JSON.parse(JSON.stringify(value));
      }),
    );
    connection.onRequest('workspace/workspaceFolders', () => vscode.workspace.workspaceFolders?.map(asFolder) ?? null);
    connection.onRequest('client/registerCapability', (p: lsp.RegistrationParams) => {
      for (const r of p.registrations) if (r.method === 'workspace/didChangeWatchedFiles') this.watch(r.id, (r.registerOptions as lsp.DidChangeWatchedFilesRegistrationOptions).watchers);
    });
    connection.onRequest('client/unregisterCapability', (p: lsp.UnregistrationParams) => {
      for (const u of p.unregisterations) this.unwatch(u.id);
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
  }

  private onClosed(child: ServerProcess): void {
    if (this.process !== child) return; // an earlier process, already replaced or stopped
    this.process = undefined;
    this.running = undefined;
    this.opened.clear();
    this.disposeWatchers();
    this.currentState = 'stopped';
    child.connection.dispose();
    if (this.stopping) return;
    const { log } = this.options;
    const now = Date.now();
    while (this.restarts.length && now - this.restarts[0] > RESTART_WINDOW_MS) this.restarts.shift();
    if (this.restarts.length >= MAX_RESTARTS) {
      log.error(`The Serverless Notes language server stopped ${MAX_RESTARTS} times in ${RESTART_WINDOW_MS / 60_000} minutes; not restarting it (run "Serverless Notes: Re-check Open Files" to try again).`);
      return;
    }
    this.restarts.push(now);
    log.warn('The Serverless Notes language server stopped; restarting it.');
    this.start().catch((error) => log.error(`Restarting the language server failed: ${(error as Error).message}`));
  }

  private isAnalysed(document: vscode.TextDocument): boolean {
    return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && this.options.languages.includes(document.languageId);
  }

  private async didOpen(document: vscode.TextDocument, connection?: MessageConnection): Promise<void> {
    if (!this.isAnalysed(document)) return;
    const uri = document.uri.toString();
    const to = connection ?? (this.currentState === 'running' ? await this.running : undefined);
    if (!to || this.opened.has(uri)) return;
    this.opened.add(uri);
    await to.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: document.languageId, version: document.version, text: document.getText() } });
  }

  private async didChange(e: vscode.TextDocumentChangeEvent): Promise<void> {
    const uri = e.document.uri.toString();
    if (!this.opened.has(uri) || e.contentChanges.length === 0 || !this.running) return;
    const connection = await this.running;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: e.document.version },
      contentChanges: e.contentChanges.map((c) => ({ range: toLspRange(c.range), rangeLength: c.rangeLength, text: c.text })),
    });
  }

  private async didClose(document: vscode.TextDocument): Promise<void> {
    const uri = document.uri.toString();
    if (!this.opened.delete(uri)) return;
    this.diagnostics.delete(document.uri);
    if (this.running) await (await this.running).sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  private async hover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!(await this.isOpenOnServer(document))) return undefined;
    const result = await this.sendRequest<lsp.Hover | null>('textDocument/hover', { textDocument: { uri: document.uri.toString() }, position: { line: position.line, character: position.character } }, token).catch((e) => this.failed('hover', e));
    return asHover(result, this.options.hoverCommands);
  }

  private async codeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    if (!(await this.isOpenOnServer(document))) return [];
    const params: lsp.CodeActionParams = {
      textDocument: { uri: document.uri.toString() },
      range: toLspRange(range),
      context: { diagnostics: context.diagnostics.map(toLspDiagnostic), only: context.only ? [context.only.value] : undefined, triggerKind: context.triggerKind as lsp.CodeActionTriggerKind },
    };
    const result = await this.sendRequest<Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', params, token).catch((e) => this.failed('codeAction', e));
    return asCodeActions(result, context.diagnostics);
  }

  /** The chain above each function on an invocation chain (the server answers none when the setting is off). */
  private async codeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!(await this.isOpenOnServer(document))) return [];
    const result = await this.sendRequest<lsp.CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri: document.uri.toString() } }, token).catch((e) => this.failed('codeLens', e));
    return (result ?? []).map(asCodeLens);
  }

  /**
   * Whether the server has this document. While it is starting (it starts on the first document that is ours,
   * so the first hover often comes during its start), wait for it: the start opens every analysed document.
   */
  private async isOpenOnServer(document: vscode.TextDocument): Promise<boolean> {
    const uri = document.uri.toString();
    if (!this.opened.has(uri) && this.currentState === 'starting' && this.running) await this.running.catch(() => undefined);
    return this.opened.has(uri);
  }

  /** A request that failed (cancelled, or the server went away): no result, one log line. */
  private failed(what: string, error: unknown): null {
    this.options.log.debug(`${what} request failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }

  private watch(id: string, watchers: readonly lsp.FileSystemWatcher[]): void {
    const send = (type: lsp.FileChangeType) => (uri: vscode.Uri) => void this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri.toString(), type }] });
    const list: vscode.Disposable[] = [];
    for (const w of watchers) {
      if (typeof w.globPattern !== 'string') continue; // this server registers plain globs only
      const watcher = vscode.workspace.createFileSystemWatcher(w.globPattern);
      list.push(watcher, watcher.onDidCreate(send(1)), watcher.onDidChange(send(2)), watcher.onDidDelete(send(3)));
    }
    this.unwatch(id);
    this.watchers.set(id, list);
  }

  private unwatch(id: string): void {
    this.watchers.get(id)?.forEach((d) => d.dispose());
    this.watchers.delete(id);
  }

  private disposeWatchers(): void {
    for (const id of [...this.watchers.keys()]) this.unwatch(id);
  }

  private async notify(method: string, params: unknown): Promise<void> {
    if (this.currentState !== 'running' || !this.running) return;
    await (await this.running).sendNotification(method, params);
  }
}

const asFolder = (f: vscode.WorkspaceFolder): lsp.WorkspaceFolder => ({ uri: f.uri.toString(), name: f.name });

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function logAt(log: vscode.LogOutputChannel, type: lsp.MessageType, message: string): void {
  if (type === 1) log.error(message);
  else if (type === 2) log.warn(message);
  else if (type === 3) log.info(message);
  else log.debug(message);
}
