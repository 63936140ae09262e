/**
 * The language server in its own Node process (dist/server.js over node IPC): VS Code only forwards.
 * When the server dies it is restarted (up to MAX_RESTARTS in RESTART_WINDOW_MS) with a log line, never a modal.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { HOVER_COMMANDS, OPEN_TOPIC_COMMAND } from '../core';
import type { InitializationOptions } from '../server/protocol';


const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: activationLanguages(context).flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: log,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // A function: read again on every (re)start, so a workspace trusted later follows `${file()}`.
    initializationOptions: () => ({ openTopicCommand: OPEN_TOPIC_COMMAND, workspaceTrusted: vscode.workspace.isTrusted }) satisfies InitializationOptions,
    // The core escaped every user string (core/text/markdown.ts): no HTML, and only our own commands run.
    markdown: { isTrusted: { enabledCommands: [...HOVER_COMMANDS] }, supportHtml: false },
    errorHandler: {
      error: (error) => {
        log.error(`Language server connection error: ${error.message}`);
        return { action: ErrorAction.Continue, handled: true };
      },
      closed: () => {
        const now = Date.now();
        while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length >= MAX_RESTARTS) {
          log.error(`The Serverless Notes language server stopped ${MAX_RESTARTS} times in ${RESTART_WINDOW_MS / 60_000} minutes; not restarting it (run "Serverless Notes: Re-check Open Files" to try again).`);
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        restarts.push(now);
        log.warn('The Serverless Notes language server stopped; restarting it.');
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  return new LanguageClient('serverlessNotes', 'Serverless Notes', serverOptions, clientOptions);
}

/**
 * The languages of package.json's `onLanguage:` activation events, which a unit test keeps equal to the
 * format registry's language ids (src/core/sources/formats.ts): the client bundle carries no core code for it.
 */
function activationLanguages(context: vscode.ExtensionContext): string[] {
  const events: unknown = context.extension.packageJSON?.activationEvents;
  return Array.isArray(events) ? events.filter((e): e is string => typeof e === 'string' && e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length)) : [];
}
