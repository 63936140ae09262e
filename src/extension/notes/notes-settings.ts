import * as vscode from 'vscode';

/** `serverlessNotes.notes.*` settings. */
export interface NotesSettings {
  /** Workspace-relative globs and absolute paths (files or folders) of the user's notes. */
  readonly paths: readonly string[];
  readonly includeBundled: boolean;
}

export function readNotesSettings(): NotesSettings {
  const config = vscode.workspace.getConfiguration('serverlessNotes.notes');
  return { paths: config.get<string[]>('paths', []).filter((p) => typeof p === 'string' && p.trim()), includeBundled: config.get<boolean>('includeBundled', true) };
}
