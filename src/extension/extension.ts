/**
 * Serverless Notes for VS Code: a thin client. Diagnostics, hovers and quick fixes come from the language
 * server (dist/server.js, its own Node process); this side keeps what is VS Code UI: the quiz, Search
 * Notes, the read-only bundled notes, commands and the log.
 */
import * as vscode from 'vscode';
import { KnowledgeBase, type Topic } from '../core';
import { REFRESH_NOTIFICATION, RESOURCE_TYPES_REQUEST } from '../server/protocol';
import { loadBundledNotes } from './bundled-notes';
import { analysedDocuments, createLanguageClient } from './language-client';
import { registerNotesFeatures } from './notes/register-notes';
import { registerQuiz, type QuizTestApi } from './quiz/register-quiz';

export interface ExtensionApi {
  /** Resolves once the language server is running (tests wait on it). */
  serverReady(): Promise<void>;
  /** The language server's process id while it runs (tests kill it to see it restarted). */
  serverProcessId(): number | undefined;
  /** The quiz's stored progress, bank and status bar item, as integration tests read them. */
  readonly quiz: QuizTestApi;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('Serverless Notes', { log: true });
  context.subscriptions.push(log);

  const client = createLanguageClient(context, log);
  const started = client.start().catch((error) => log.error('The Serverless Notes language server did not start', error as Error));
  context.subscriptions.push(client);
  // Untrusted workspaces follow no `${file()}` (the server is told at start): restart once trust is granted.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void started.then(() => client.restart())));

  // The bundled notes as a knowledge base, for the quiz and for opening bundled notes from hover links.
  let bundledTopics: readonly Topic[] = [];
  let kb: Promise<KnowledgeBase> | undefined;
  const bundledNotes = () => loadBundledNotes(context.extensionUri);
  const knowledgeBase = () =>
    (kb ??= bundledNotes().then((notes) => {
      log.info(`Loaded ${notes.length} bundled notes files.`);
      const loaded = new KnowledgeBase(notes);
      bundledTopics = loaded.topics;
      return loaded;
    }));
  void knowledgeBase();

  context.subscriptions.push(
    vscode.commands.registerCommand('serverlessNotes.showOutput', () => log.show()),
    vscode.commands.registerCommand('serverlessNotes.refresh', async () => {
      if (client.state === 'stopped') await client.start();
      else await client.sendNotification(REFRESH_NOTIFICATION);
    }),
  );
  const notes = registerNotesFeatures(context, { bundledNotes, bundledTopics: () => bundledTopics, log });
  const resourceTypes = async (uri: vscode.Uri) => {
    await started;
    return client.sendRequest<string[]>(RESOURCE_TYPES_REQUEST, { uri: client.asServerUri(uri) });
  };
  const quizApi = registerQuiz(context, { notes, knowledgeBase, resourceTypes, selector: analysedDocuments(context), log });
  return { serverReady: async () => void (await started), serverProcessId: () => client.serverProcessId, quiz: quizApi };
}

export function deactivate(): void {}
