import * as vscode from 'vscode';
import { topicOrdinal, type Topic } from '../../core';
import { noteViewUri, showNoteView } from './note-view-uri';

/**
 * Opens a topic as its rendered, read-only note view (note-view.ts): never the raw file, never its quiz.
 * `topics` is the list the view's content provider looks ids up in (the ordinal tells apart topics sharing an id).
 */
export async function openTopic(topics: Iterable<Topic>, topic: Topic, options: { beside?: boolean } = {}): Promise<void> {
  await showNoteView(noteViewUri(topic, topicOrdinal(topics, topic)), options.beside ?? false);
}

/** The indexed topic a question was written from (its note file and heading line). */
export function topicOfSource(topics: Iterable<Topic>, source: { readonly uri: string; readonly line: number }, topicId: string): Topic | undefined {
  let byId: Topic | undefined;
  for (const t of topics) {
    if (t.id !== topicId) continue;
    if (t.uri === source.uri && t.line === source.line) return t;
    byId ??= t;
  }
  return byId;
}

/** What the user sees when a note can no longer be found. */
export function noteGone(title: string): void {
  void vscode.window.showInformationMessage(`Serverless Notes: the note "${title}" is not in the notes index any more.`);
}
