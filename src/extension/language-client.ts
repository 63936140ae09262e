/**
 * The language server in its own Node process (dist/server.js over node IPC): VS Code only forwards
 * (client/client.ts). The languages are those of package.json's `onLanguage:` activation events, which a
 * unit test keeps equal to the format registry's (src/core/sources/formats.ts).
 */
import * as vscode from 'vscode';
import { HOVER_COMMANDS, OPEN_TOPIC_COMMAND } from '../core';
import type { InitializationOptions } from '../server/protocol';
import { ServerlessNotesClient, type ClientState } from './client/client';

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, onStateChange?: (state: ClientState) => void): ServerlessNotesClient {
  return new ServerlessNotesClient({
    onStateChange,
    serverModule: vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath,
    languages: activationLanguages(context),
    log,
    section: 'serverlessNotes',
    // Read again on every (re)start, so a workspace trusted later follows `${file()}`.
    initializationOptions: () =>
      ({
        openTopicCommand: OPEN_TOPIC_COMMAND,
        workspaceTrusted: vscode.workspace.isTrusted,
        // Absolute notes paths from user settings are the user's own; workspace-level ones stay in the workspace.
        userNotesPaths: vscode.workspace.getConfiguration('serverlessNotes').inspect<string[]>('notes.paths')?.globalValue ?? [],
        // VS Code shows the diagnostic beside the hover: the hover doesn't repeat it.
        hover: { includeDiagnostics: false },
      }) satisfies InitializationOptions,
    // The core escaped every user string (core/text/markdown.ts): no HTML, and only our own commands run.
    hoverCommands: HOVER_COMMANDS,
  });
}

/** The documents the server analyses (files and untitled editors of its languages): other providers use the same selector. */
export function analysedDocuments(context: vscode.ExtensionContext): Array<{ scheme: string; language: string }> {
  return activationLanguages(context).flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

function activationLanguages(context: vscode.ExtensionContext): string[] {
  const events: unknown = context.extension.packageJSON?.activationEvents;
  return Array.isArray(events) ? events.filter((e): e is string => typeof e === 'string' && e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length)) : [];
}
