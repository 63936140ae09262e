/**
 * The user's notes in VS Code: indexes the notes files for "Search Notes" and the quiz, and opens the
 * notes hover links name. (Hovers get the user's sections from the language server's own index; the
 * bundled notes' read-only scheme is registered at activation, bundled-scheme.ts.) Called once from
 * activateUi().
 */
import * as vscode from 'vscode';
import type { NoteSource, Topic } from '../../core';
import { searchNotes } from './search-notes-command';
import { UserNotesIndex } from './user-notes-index';
import { registerNotesDiagnostics } from './notes-diagnostics';
import { registerOpenTopicCommand, type IndexedTopics } from '../open-topic';

export interface NotesFeatureDeps {
  readonly bundledNotes: () => Promise<readonly NoteSource[]>;
  readonly log: vscode.LogOutputChannel;
  /** The bundled knowledge base's topics once loaded (links to the bundled note open through them). */
  readonly bundledTopics?: () => readonly Topic[];
}

/** Registers the notes features; returns the index (the quiz reads the user's sections from it). */
export function registerNotesFeatures(context: vscode.ExtensionContext, deps: NotesFeatureDeps): UserNotesIndex {
  const index = new UserNotesIndex(deps.bundledNotes, deps.log);
  // Links name a topic by id; the command opens it only if the index (or the bundled notes) holds it.
  const topics: IndexedTopics = () => [...index.now.topics, ...(deps.bundledTopics?.() ?? [])];
  context.subscriptions.push(
    index,
    registerOpenTopicCommand(topics, deps.log),
    vscode.commands.registerCommand('serverlessNotes.searchNotes', () => searchNotes(index)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('serverlessNotes.notes')) void index.reload();
    }),
  );
  registerNotesDiagnostics(context, index);
  void index.reload();
  return index;
}
