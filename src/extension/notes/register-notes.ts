/**
 * The user's notes as knowledge base: indexes the notes files, adds the best sections (and polite
 * corrections) to hovers, and registers "Search Notes". Called once from activate().
 */
import * as vscode from 'vscode';
import { userNotesExtras, type NoteSource } from '../../core';
import type { NotesHoverProvider } from '../hover-provider';
import { registerBundledScheme } from './bundled-scheme';
import { openTopicLink } from './open-topic-link';
import { searchNotes } from './search-notes-command';
import { UserNotesIndex } from './user-notes-index';

export interface NotesFeatureDeps {
  readonly hovers: NotesHoverProvider;
  readonly bundledNotes: () => Promise<readonly NoteSource[]>;
  readonly log: vscode.LogOutputChannel;
}

/** Registers the notes features; returns the index (the quiz reads the user's sections from it). */
export function registerNotesFeatures(context: vscode.ExtensionContext, deps: NotesFeatureDeps): UserNotesIndex {
  const index = new UserNotesIndex(deps.bundledNotes, deps.log);
  deps.hovers.extras = (analysis, offset) => {
    const target = analysis.source?.locate(offset);
    if (!target || !analysis.source) return undefined;
    return userNotesExtras(index.now, target, analysis.source.model, openTopicLink);
  };
  context.subscriptions.push(
    index,
    registerBundledScheme(),
    vscode.commands.registerCommand('serverlessNotes.searchNotes', () => searchNotes(index)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('serverlessNotes.notes')) void index.reload();
    }),
  );
  void index.reload();
  return index;
}
