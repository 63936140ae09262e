/**
 * The user's notes in VS Code: indexes the notes files for "Search Notes" and the quiz, serves the
 * read-only note views (note-view.ts) and opens them from hover links, Search Notes and the study view.
 * (Hovers get the user's sections from the language server's own index.) Called once from activateUi().
 */
import * as vscode from 'vscode';
import type { NoteSource, Topic } from '../../core';
import { searchNotes } from './search-notes-command';
import { UserNotesIndex } from './user-notes-index';
import { registerNotesDiagnostics } from './notes-diagnostics';
import { registerOpenTopicCommand, type IndexedTopics } from '../open-topic';
import { NoteViewContent } from './note-view';
import { openTopic } from './open-topic-link';

export interface NotesFeatureDeps {
  readonly bundledNotes: () => Promise<readonly NoteSource[]>;
  readonly log: vscode.LogOutputChannel;
  readonly extensionUri: vscode.Uri;
  /** The bundled knowledge base's topics once loaded (links to the bundled note open through them). */
  readonly bundledTopics?: () => readonly Topic[];
  /** Told how many of the user's notes files are indexed, after each change. */
  readonly notesIndexed?: (files: number) => void;
}

export interface NotesFeatures {
  readonly index: UserNotesIndex;
  /** Serves the note views (the activation bundle's content provider delegates here). */
  readonly noteViews: NoteViewContent;
  /** Every topic a note view may show: the user's indexed notes, then the bundled ones. */
  readonly topics: IndexedTopics;
  /** Opens a topic's rendered note view (beside the active editor, or in its place). */
  openTopic(topic: Topic, beside: boolean): Promise<void>;
}

/** Registers the notes features; returns the index (the quiz reads the user's sections from it) and the note views. */
export function registerNotesFeatures(context: vscode.ExtensionContext, deps: NotesFeatureDeps): NotesFeatures {
  const index = new UserNotesIndex(deps.bundledNotes, deps.log);
  // Links name a topic by id; the command opens it only if the index (or the bundled notes) holds it.
  const topics: IndexedTopics = () => [...index.now.topics, ...(deps.bundledTopics?.() ?? [])];
  const noteViews = new NoteViewContent(topics, deps.extensionUri);
  const open = (topic: Topic, beside: boolean) => openTopic(topics(), topic, { beside });
  context.subscriptions.push(
    index,
    index.onDidChange(() => {
      noteViews.refresh();
      deps.notesIndexed?.(index.userFileCount);
    }),
    registerOpenTopicCommand(topics, deps.log),
    vscode.commands.registerCommand('serverlessNotes.searchNotes', () => searchNotes(index, (topic) => open(topic, false))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('serverlessNotes.notes')) void index.reload();
    }),
  );
  registerNotesDiagnostics(context, index);
  void index.reload();
  return { index, noteViews, topics, openTopic: open };
}
