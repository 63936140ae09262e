/**
 * Starts the language server on the first document that is ours (analysed-files.ts): open now, opened
 * later, or an untitled editor that becomes a template as it is typed. Until then the window runs no
 * server process. Once started, the server stays (restarts are the client's business).
 */
import * as vscode from 'vscode';
import { isOurDocument } from './analysed-files';

export interface StartGate extends vscode.Disposable {
  /** Whether the server was asked to start (or is running). */
  readonly triggered: boolean;
  /** Starts now, whatever is open (Re-check Open Files, Quiz Me on This File). */
  start(reason: string): Promise<void>;
  /** Whether a document would start the server. */
  accepts(document: vscode.TextDocument): boolean;
}

export function serverStartGate(languages: readonly string[], start: (reason: string) => Promise<void>): StartGate {
  let started: Promise<void> | undefined;
  const accepts = (d: vscode.TextDocument) => isOurDocument({ scheme: d.uri.scheme, fileName: d.fileName, languageId: d.languageId, text: d.getText() }, languages);
  const run = (reason: string) => (started ??= start(reason));
  const consider = (d: vscode.TextDocument) => {
    if (!started && accepts(d)) void run(d.uri.scheme === 'untitled' ? d.uri.path : (d.fileName.split(/[\\/]/).pop() ?? d.fileName));
  };
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // An untitled editor or an empty file becomes a template as it is typed.
      if (!started && e.contentChanges.length) consider(e.document);
    }),
  ];
  vscode.workspace.textDocuments.forEach(consider);
  return {
    get triggered() {
      return !!started;
    },
    start: run,
    accepts,
    dispose: () => subscriptions.forEach((s) => s.dispose()),
  };
}
