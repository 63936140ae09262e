/**
 * The Serverless Notes language server: the core's diagnostics, hovers and quick fixes over LSP, for
 * VS Code (node IPC, started by the extension) and any editor (`serverless-notes lsp --stdio`).
 * Thin: documents come in through the protocol, answers come from the core; Node helpers read files.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname, sep } from 'node:path';
import { chainLenses, CONFIG_FILE_NAME, createLanguageService, mergeRuleSettings, openTopicCommandLink, quiz, topicOrdinal, userNotesExtras, type Analysis, type NotesSearchIndex, type Topic } from '../core';
import { externalReaders } from '../node/external-readers';
import { readNotesFolder } from '../node/bundled-notes';
import { ConfigFiles } from '../node/config-file';
import { projectFileAccess } from '../node/file-access';
import { bundledNotesFolder, rulesDocPath } from '../node/package-root';
import { AnalysisQueue } from './analysis-queue';
import { REFRESH_NOTIFICATION, RESOURCE_TYPES_REQUEST, type InitializationOptions } from './protocol';
import { codeActions, toDiagnostic } from './convert';
import { commentMarkerFor, SERVER_LANGUAGE_IDS } from './languages';
import { SECTION, toServerSettings, type ServerSettings } from './settings';
import { UserNotes } from './user-notes';
import { fileNameOf, fileUri, isFileUri } from './uris';

/** Time budget of one document's analysis (the core stops its readers and rules when it is spent). */
export const DOCUMENT_BUDGET_MS = 1000;
/** Diagnostics wait this long after the last change (typing), not after open. */
export const CHANGE_DEBOUNCE_MS = 200;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.info(message);
  const bundledNotes = readNotesFolder(bundledNotesFolder()).map((n) => ({ ...n, uri: fileUri(n.uri) }));
  const service = createLanguageService({ notes: bundledNotes });
  const readers = externalReaders((message) => connection.console.warn(`CDK reader: ${message}`));
  const rulesDoc = fileUri(rulesDocPath());
  const ruleDocs = (ruleId: string) => `${rulesDoc}#${ruleId}`;

  let pullConfiguration = false;
  let watchRegistration = false;
  let options: InitializationOptions = {};
  let pushedSettings: unknown;
  let workspaceRoots: string[] = [];
  let folderEvents = false;
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const analyses = new Map<string, { version: number; analysis: Promise<Analysis> }>();

  const configFiles = new ConfigFiles(
    (folder) => workspaceRoots.filter((root) => folder === root || folder.startsWith(root.endsWith('/') ? root : `${root}/`)).sort((a, b) => b.length - a.length)[0],
    (loaded) => loaded.config.problems.forEach((p) => connection.console.warn(`${loaded.path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`)),
  );
  const notes = new UserNotes(log, () => undefined);

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

  function reloadNotes(): void {
    void notes.reload(async () => {
      const settings = await settingsFor();
      // `notes` of the config files that apply to open documents.
      const extraFiles = new Set<string>();
      for (const document of documents.all()) {
        if (!isFileUri(document.uri)) continue;
        const loaded = configFiles.forFile(fileNameOf(document.uri));
        for (const path of loaded?.notesPaths ?? []) extraFiles.add(path);
      }
      return { paths: [...settings.notes.paths, ...extraFiles], extraFiles: [], roots: workspaceRoots };
    });
  }

  /** `${file()}` reads only inside the document's workspace folder (the innermost); outside every folder, its own folder. */
  function projectRootOf(fileName: string): string {
    const holding = workspaceRoots.filter((root) => fileName.startsWith(root.endsWith(sep) ? root : root + sep));
    return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(fileName);
  }

  function analysisOf(document: TextDocument): Promise<Analysis> {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyse(document);
    analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  async function analyse(document: TextDocument): Promise<Analysis> {
    const settings = await settingsFor(document.uri);
    const fileName = fileNameOf(document.uri);
    const fileConfig = isFileUri(document.uri) ? configFiles.forFile(fileName)?.config : undefined;
    const fileRules = fileConfig?.rules;
    const started = Date.now();
    const analysis = await service.analyze(
      { fileName, text: document.getText() },
      { rules: mergeRuleSettings(fileRules, settings.rules), rulesets: [...settings.rulesets, ...(fileConfig?.rulesets ?? [])], maxFileBytes: settings.maxFileBytes, files: isFileUri(document.uri) ? projectFileAccess({ projectRoot: projectRootOf, trusted: options.workspaceTrusted !== false }) : undefined, externalReaders: readers, budget: { maxMillis: DOCUMENT_BUDGET_MS } },
    );
    if (analysis.format) connection.console.log(`Analysed ${document.uri} (${analysis.format}) in ${Date.now() - started} ms: ${analysis.findings.length} findings`);
    return analysis;
  }

  const queue = new AnalysisQueue(async (uri) => {
    const document = documents.get(uri);
    if (!document) return;
    try {
      const settings = await settingsFor(uri);
      if (!settings.enable) {
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const version = document.version;
      const analysis = await analysisOf(document);
      // A newer version has its own turn in the queue; a closed document has no diagnostics.
      if (documents.get(uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri, version, diagnostics: analysis.findings.map((f) => toDiagnostic(f, ruleDocs, uri)) });
    } catch (error) {
      connection.console.error(`Analysis of ${uri} failed: ${(error as Error).stack ?? error}`);
    }
  });

  function refreshAll(): void {
    settingsCache.clear();
    configFiles.clear();
    analyses.clear();
    for (const document of documents.all()) if (isCandidate(document)) queue.schedule(document.uri, 0);
  }

  const isCandidate = (document: TextDocument) => SERVER_LANGUAGE_IDS.includes(document.languageId) || document.languageId === '';

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    pullConfiguration = !!capabilities.workspace?.configuration;
    watchRegistration = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    options = (params.initializationOptions ?? {}) as InitializationOptions;
    pushedSettings = options.settings;
    folderEvents = !!capabilities.workspace?.workspaceFolders;
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => fileNameOf(f.uri));
    if (!workspaceRoots.length && params.rootUri) workspaceRoots = [fileNameOf(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
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
        reloadNotes();
        refreshAll();
      });
    }
    log(`Serverless Notes language server ready: ${bundledNotes.length} bundled notes files, ${service.kb.topics.length} topics.`);
    reloadNotes();
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as Record<string, unknown> | null | undefined)?.[SECTION];
    if (settings !== undefined) pushedSettings = settings;
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

  documents.onDidOpen((e) => {
    if (isCandidate(e.document)) queue.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    // onDidChangeContent also fires on open; only edits are debounced.
    if (isCandidate(e.document)) queue.schedule(e.document.uri, e.document.version > 1 ? CHANGE_DEBOUNCE_MS : 0);
  });
  documents.onDidClose((e) => {
    queue.cancel(e.document.uri);
    analyses.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isCandidate(document)) return null;
    const analysis = await analysisOf(document);
    if (!analysis.source) return null;
    const index = await notes.current();
    if (token.isCancellationRequested) return cancelled();
    const offset = document.offsetAt(params.position);
    const target = analysis.source.locate(offset);
    if (!target) return null;
    const extras = userNotesExtras(index, target, analysis.source.model, (topic) => topicLink(topic, index));
    const hover = service.hover(analysis, offset, extras);
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: analysis.lineIndex.rangeOf(hover.span) };
  });

  // Above each function on an invocation chain: the chain and the link that binds (no command: a label).
  connection.onCodeLens(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isCandidate(document) || !(await settingsFor(document.uri)).chainsCodeLens) return [];
    const analysis = await analysisOf(document);
    if (token.isCancellationRequested) return cancelled();
    if (!analysis.source) return [];
    return chainLenses(analysis.source.model).map((lens) => ({ range: analysis.lineIndex.rangeOf(lens.span), command: { title: lens.title, command: '' } }));
  });

  connection.onCodeAction(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !isCandidate(document)) return null;
    const analysis = await analysisOf(document);
    if (token.isCancellationRequested) return cancelled();
    return codeActions(document, analysis, params.context.diagnostics, commentMarkerFor(document.languageId, fileNameOf(document.uri)), { range: params.range, ruleDocs });
  });

  connection.onRequest(RESOURCE_TYPES_REQUEST, async (params: { uri: string }, token: CancellationToken) => {
    const document = documents.get(params.uri);
    if (!document) return [];
    const analysis = await analysisOf(document);
    if (token.isCancellationRequested) return cancelled();
    return analysis.source ? quiz.resourceTypesOf(analysis.source.model) : [];
  });

  /**
   * Links from hovers to notes. VS Code: its `openTopic` command, which opens only a note its own index holds
   * (named by id and ordinal, in the order the extension indexes them: user notes, then bundled). Elsewhere:
   * the note's file.
   */
  function topicLink(topic: Topic, index: NotesSearchIndex): string | undefined {
    if (options.openTopicCommand) return openTopicCommandLink({ id: topic.id, n: topicOrdinal([...index.topics, ...service.kb.topics], topic) });
    return topic.uri.startsWith('file:') ? `${topic.uri}#L${topic.line + 1}` : undefined;
  }

  connection.onShutdown(() => {
    queue.dispose();
    notes.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
