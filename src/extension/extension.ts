/**
 * Serverless Notes for VS Code: diagnostics, hovers and quick fixes over the core. Activation only
 * registers providers; notes are loaded and documents parsed when a candidate file is first seen.
 */
import * as vscode from 'vscode';
import { createLanguageService, type LanguageService, type Topic } from '../core';
import { nodeFileAccess } from '../node/file-access';
import { externalReaders } from '../node/external-readers';
import { AnalysisCache } from './analysis-cache';
import { loadBundledNotes } from './bundled-notes';
import { QuickFixProvider } from './code-actions';
import { ANALYSED_LANGUAGES, DiagnosticsPublisher } from './diagnostics';
import { NotesHoverProvider } from './hover-provider';
import { SECTION } from './settings';
import { registerNotesFeatures } from './notes/register-notes';
import { registerQuiz } from './quiz/register-quiz';
import { ConfigFiles } from '../node/config-file';
import { CONFIG_FILE_NAME } from '../core/config';

export interface ExtensionApi {
  /** The language service (tests and other features use it). */
  service(): Promise<LanguageService>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('Serverless Notes', { log: true });
  context.subscriptions.push(log);

  let servicePromise: Promise<LanguageService> | undefined;
  let bundledTopics: readonly Topic[] = [];
  const service = () =>
    (servicePromise ??= loadBundledNotes(context.extensionUri).then((notes) => {
      log.info(`Loaded ${notes.length} bundled notes files.`);
      const created = createLanguageService({ notes });
      bundledTopics = created.kb.topics;
      return created;
    }));

  const configFiles = new ConfigFiles(
    (folder) => vscode.workspace.getWorkspaceFolder(vscode.Uri.file(folder))?.uri.fsPath,
    (loaded) => loaded.config.problems.forEach((p) => log.warn(`${loaded.path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`)),
  );
  const readers = () => externalReaders((message) => log.warn(`CDK reader: ${message}`));
  const cache = new AnalysisCache(service, nodeFileAccess, readers, log, configFiles);
  const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  const configChanged = () => {
    configFiles.clear();
    diagnostics.refreshAll();
  };
  context.subscriptions.push(configWatcher, configWatcher.onDidCreate(configChanged), configWatcher.onDidChange(configChanged), configWatcher.onDidDelete(configChanged));
  const ruleDocs = (ruleId: string) => vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md').with({ fragment: ruleId });
  const diagnostics = new DiagnosticsPublisher(cache, ruleDocs, log);
  const hovers = new NotesHoverProvider(cache, service, log);
  const selector = ANALYSED_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerHoverProvider(selector, hovers),
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(cache, log), { providedCodeActionKinds: QuickFixProvider.kinds }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) diagnostics.refreshAll();
    }),
    vscode.commands.registerCommand('serverlessNotes.showOutput', () => log.show()),
    vscode.commands.registerCommand('serverlessNotes.refresh', () => diagnostics.refreshAll()),
  );
  for (const document of vscode.workspace.textDocuments) diagnostics.schedule(document, 0);
  const notes = registerNotesFeatures(context, { hovers, bundledNotes: () => loadBundledNotes(context.extensionUri), bundledTopics: () => bundledTopics, log });
  registerQuiz(context, { notes, service, cache, log });
  return { service };
}

export function deactivate(): void {}
