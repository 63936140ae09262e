/**
 * The user's notes as knowledge base: indexes the notes files, adds the best sections (and polite
 * corrections) to hovers, and registers "Search Notes". Called once from activate().
 */
import * as vscode from 'vscode';
import { userNotesExtras, type NoteSource, type Topic } from '../../core';
import type { NotesHoverProvider } from '../hover-provider';
import { registerBundledScheme } from './bundled-scheme';
import { searchNotes } from './search-notes-command';
import { UserNotesIndex } from './user-notes-index';
import { registerOpenTopicCommand, topicLinker, type IndexedTopics } from '../open-topic';

export interface NotesFeatureDeps {
  readonly hovers: NotesHoverProvider;
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
  const linkTo = topicLinker(topics);
  deps.hovers.extras = (analysis, offset) => {
    const target = analysis.source?.locate(offset);
    if (!target || !analysis.source) return undefined;
    return userNotesExtras(index.now, target, analysis.source.model, linkTo);
  };
  context.subscriptions.push(
    index,
    registerBundledScheme(),
    registerOpenTopicCommand(topics, deps.log),
    vscode.commands.registerCommand('serverlessNotes.searchNotes', () => searchNotes(index)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('serverlessNotes.notes')) void index.reload();
    }),
  );
  void index.reload();
  return index;
}
