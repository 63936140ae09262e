/**
 * The Serverless Notes language server: the language service's diagnostics, hovers and quick fixes over LSP,
 * for VS Code (node IPC, started by the extension) and any editor (`serverless-notes lsp --stdio`).
 * Thin: documents come in through the protocol; analysis, hovers and code actions run in worker threads
 * (analysis-workers.ts) with a hard deadline, so the main loop always answers; Node helpers read files.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, isNotesDocument, mergeRuleSettings, safeField, type NoteSource } from '../core';
import { ConfigFiles } from '../node/config-file';
import { AnalysisWorkers, type JobOutcome } from './analysis-workers';
import { DIAGNOSTIC_SOURCE } from './convert';
import { REFRESH_NOTIFICATION, RESOURCE_TYPES_REQUEST, type InitializationOptions } from './protocol';
import { SERVER_LANGUAGE_IDS } from './languages';
import { SECTION, toServerSettings, type ServerSettings } from './settings';
import { UserNotes } from './user-notes';
import { userLevelNotesPaths } from '../node/notes-files';
import { fileNameOf, isFileUri } from './uris';
import type { Job, JobSettings } from './worker-protocol';

/** Diagnostics wait this long after the last change (typing), not after open. */
export const CHANGE_DEBOUNCE_MS = 200;
/**
 * Hard deadline of one job in a worker: a backstop far above the core's step meter and its wall-time
 * backstop (analysis-worker.ts WORKER_BUDGET_MS); past it the worker is replaced.
 */
export const ANALYSIS_DEADLINE_MS = 15_000;
/** Two workers: while one is busy with a slow document, the other answers hovers and other documents. */
export const ANALYSIS_WORKERS = 2;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.info(message);

  let pullConfiguration = false;
  let watchRegistration = false;
  let options: InitializationOptions = {};
  let pushedSettings: unknown;
  let workspaceRoots: string[] = [];
  let folderEvents = false;
  let userNotes: readonly NoteSource[] = [];
  let workers: AnalysisWorkers | undefined;
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  /** Versions whose analysis passed the deadline: not tried again until the document changes. */
  const stalled = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const configFiles = new ConfigFiles(
    (folder) => workspaceRoots.filter((root) => folder === root || folder.startsWith(root.endsWith('/') ? root : `${root}/`)).sort((a, b) => b.length - a.length)[0],
    (loaded) => loaded.config.problems.forEach((p) => connection.console.warn(`${safeField(loaded.path)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${safeField(p.message)}`)),
  );
  const notes = new UserNotes(log, (loaded) => {
    userNotes = loaded;
    workers?.broadcast({ type: 'userNotes', notes: loaded });
    // Notes files opened before they were known as notes get their diagnostics now.
    for (const document of documents.all()) if (isNotesDocument(document.uri, document.languageId)) schedule(document.uri, 0);
  });

  function settingsFor(uri?: string): Promise<ServerSettings> {
    const key = uri ?? '';
    let settings = settingsCache.get(key);
    if (!settings) {
      settings = pullConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }).then(toServerSettings, () => toServerSettings(pushedSettings))
        : Promise.resolve(toServerSettings(pushedSettings));
      settingsCache.set(key, settings);
    }
    return settings;
  }

  /** False in an untrusted workspace: then nothing but the open documents and the bundled notes is read. */
  const trusted = () => options.workspaceTrusted !== false;

  function reloadNotes(): void {
    void notes.reload(async () => {
      if (!trusted()) return { settingsPaths: [], isUserLevel: () => false, configNotes: [], workspaceRoots };
      const settings = await settingsFor();
      // `notes` of the config files that apply to open documents: read inside each config's project root.
      const configNotes: Array<{ paths: readonly string[]; root: string }> = [];
      for (const document of documents.all()) {
        if (!isFileUri(document.uri)) continue;
        const loaded = configFiles.forFile(fileNameOf(document.uri));
        if (loaded?.notesPaths.length && loaded.notesRoot) configNotes.push({ paths: loaded.notesPaths, root: loaded.notesRoot });
      }
      return { settingsPaths: settings.notes.paths, isUserLevel: userLevelNotesPaths(options.userNotesPaths, pullConfiguration), configNotes, workspaceRoots };
    });
  }

  async function jobSettings(uri: string): Promise<JobSettings & { enable: boolean }> {
    const settings = await settingsFor(uri);
    const fileConfig = isFileUri(uri) && trusted() ? configFiles.forFile(fileNameOf(uri))?.config : undefined;
    return {
      enable: settings.enable,
      rules: mergeRuleSettings(fileConfig?.rules, settings.rules),
      rulesets: [...settings.rulesets, ...(fileConfig?.rulesets ?? [])],
      maxFileBytes: settings.maxFileBytes,
    };
  }

  /** Runs a job on the document's current text in a worker; undefined when the document is gone, stalled or the job failed. */
  async function runJob<K extends Job['kind']>(document: TextDocument, job: { kind: K } & Partial<Job>, token?: CancellationToken): Promise<JobOutcome<K> | undefined> {
    if (!workers || stalled.get(document.uri) === document.version) return undefined;
    const { enable, ...settings } = await jobSettings(document.uri);
    if (!enable) return undefined;
    const input = { uri: document.uri, languageId: document.languageId, version: document.version, text: document.getText() };
    const outcome = await workers.run<K>({ ...job, document: input, settings } as Job, token);
    if (!outcome.ok && (outcome.reason === 'deadline' || outcome.reason === 'crashed')) {
      stalled.set(document.uri, input.version);
      if (documents.get(document.uri)?.version === input.version) await publishStalled(document.uri, input.version, outcome.message ?? outcome.reason);
    } else if (!outcome.ok && outcome.reason === 'failed') connection.console.error(`${job.kind} of ${document.uri} failed: ${outcome.message}`);
    return outcome;
  }

  function publishStalled(uri: string, version: number, why: string): Promise<void> {
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: 'analysis-stopped',
      message: `Serverless Notes stopped analysing this document (${why}); no findings are shown for it. Other documents are still checked; an edit tries again.`,
    };
    return connection.sendDiagnostics({ uri, version, diagnostics: [diagnostic] });
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document || !isCandidate(document)) return;
    const { enable } = await jobSettings(uri);
    if (!enable) {
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const outcome = await runJob(document, { kind: 'diagnostics' });
    // A newer version has its own turn; a closed document has no diagnostics.
    if (!outcome?.ok || documents.get(uri)?.version !== document.version) return;
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics: outcome.result });
  }

  /** Diagnostics after `delayMs` (typing is debounced); jobs of different documents run side by side. */
  function schedule(uri: string, delayMs: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri).catch((error: unknown) => connection.console.error(`Analysis of ${uri} failed: ${(error as Error).stack ?? error}`));
      }, delayMs),
    );
  }

  function refreshAll(): void {
    settingsCache.clear();
    configFiles.clear();
    stalled.clear();
    workers?.broadcast({ type: 'forget' });
    for (const document of documents.all()) if (isCandidate(document)) schedule(document.uri, 0);
  }

  /** Templates and code by language id (or name), and the user's notes files (the claims check). */
  const isCandidate = (document: TextDocument) =>
    SERVER_LANGUAGE_IDS.includes(document.languageId) || document.languageId === '' || (isNotesDocument(document.uri, document.languageId) && isFileUri(document.uri) && notes.has(fileNameOf(document.uri)));

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    pullConfiguration = !!capabilities.workspace?.configuration;
    watchRegistration = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    options = (params.initializationOptions ?? {}) as InitializationOptions;
    // `settings`, or (Helix sends its `config` table as is) a `serverlessNotes` section.
    pushedSettings = options.settings ?? (options as Record<string, unknown>)[SECTION];
    folderEvents = !!capabilities.workspace?.workspaceFolders;
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => fileNameOf(f.uri));
    if (!workspaceRoots.length && params.rootUri) workspaceRoots = [fileNameOf(params.rootUri)];
    workers = new AnalysisWorkers({
      size: ANALYSIS_WORKERS,
      deadlineMs: typeof options.analysisDeadlineMs === 'number' && options.analysisDeadlineMs > 0 ? options.analysisDeadlineMs : ANALYSIS_DEADLINE_MS,
      start: () => ({ openTopicCommand: options.openTopicCommand, includeDiagnostics: options.hover?.includeDiagnostics !== false, trusted: trusted(), roots: workspaceRoots, userNotes }),
      log: (level, message) => (level === 'error' ? connection.console.error(message) : level === 'warn' ? connection.console.warn(message) : connection.console.log(message)),
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'serverless-notes' },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION });
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.md' }] });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => fileNameOf(f.uri)));
        workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => fileNameOf(f.uri))];
        workers?.broadcast({ type: 'roots', roots: workspaceRoots });
        reloadNotes();
        refreshAll();
      });
    }
    log(
      `Serverless Notes language server ready (pid ${process.pid}, ${ANALYSIS_WORKERS} analysis workers). Settings: ${pullConfiguration ? 'pulled with workspace/configuration' : 'from initializationOptions.settings and workspace/didChangeConfiguration'}.` +
        (watchRegistration ? '' : ` The client cannot watch files: ${CONFIG_FILE_NAME} and notes files are re-read when a document is opened or saved.`),
    );
    reloadNotes();
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = change.settings as Record<string, unknown> | null | undefined;
    // Clients push `{ serverlessNotes: {...} }`; some push the section itself.
    const settings = raw && typeof raw === 'object' ? (SECTION in raw ? raw[SECTION] : raw) : undefined;
    if (settings !== undefined && !pullConfiguration) pushedSettings = settings;
    refreshAll();
    reloadNotes();
  });

  connection.onNotification(REFRESH_NOTIFICATION, () => {
    refreshAll();
    reloadNotes();
  });

  connection.onDidChangeWatchedFiles((change) => {
    let configChanged = false;
    for (const event of change.changes) {
      const file = fileNameOf(event.uri);
      if (file.endsWith(CONFIG_FILE_NAME)) configChanged = true;
      else if (file.endsWith('.md')) notes.touched(file);
    }
    if (configChanged) {
      refreshAll();
      reloadNotes();
    }
  });

  /**
   * Without file watching, opening or saving a document is the moment config and notes may have changed on
   * disk: an open re-reads them for that document; a save re-reads them and re-checks every open document.
   */
  function rereadWithoutWatching(uri: string, saved: boolean): void {
    if (watchRegistration || !isFileUri(uri)) return;
    const file = fileNameOf(uri);
    if (saved) refreshAll();
    else configFiles.clear();
    if (file.endsWith('.md') || file.endsWith('.markdown')) notes.touched(file);
    reloadNotes();
  }

  documents.onDidOpen((e) => {
    rereadWithoutWatching(e.document.uri, false);
    if (isCandidate(e.document)) schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    // onDidChangeContent also fires on open; only edits are debounced.
    if (e.document.version > 1 && isCandidate(e.document)) schedule(e.document.uri, CHANGE_DEBOUNCE_MS);
  });
  documents.onDidSave((e) => rereadWithoutWatching(e.document.uri, true));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    stalled.delete(e.document.uri);
    workers?.broadcast({ type: 'close', uri: e.document.uri });
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isCandidate(document)) return null;
    await notes.current();
    const outcome = await runJob(document, { kind: 'hover', position: params.position }, token);
    if (token.isCancellationRequested) return cancelled();
    return outcome?.ok ? outcome.result : null;
  });

  // Above each function on an invocation chain: the chain and the link that binds (no command: a label).
  connection.onCodeLens(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isCandidate(document) || !(await settingsFor(document.uri)).chainsCodeLens) return [];
    const outcome = await runJob(document, { kind: 'codeLenses' }, token);
    if (token.isCancellationRequested) return cancelled();
    return outcome?.ok ? outcome.result : [];
  });

  connection.onCodeAction(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isCandidate(document)) return null;
    const outcome = await runJob(document, { kind: 'codeActions', range: params.range, diagnostics: params.context.diagnostics }, token);
    if (token.isCancellationRequested) return cancelled();
    return outcome?.ok ? outcome.result : null;
  });

  connection.onRequest(RESOURCE_TYPES_REQUEST, async (params: { uri: string }, token: CancellationToken) => {
    const document = documents.get(params.uri);
    if (!document) return [];
    const outcome = await runJob(document, { kind: 'resourceTypes' }, token);
    if (token.isCancellationRequested) return cancelled();
    return outcome?.ok ? outcome.result : [];
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    workers?.dispose();
    notes.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
