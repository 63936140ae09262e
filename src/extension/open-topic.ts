/**
 * `serverlessNotes.openTopic`, the one command hover links may run. Its argument names an indexed note by
 * topic id (validated by the core's `parseOpenTopicArgs`); the command opens that section's rendered,
 * read-only note view beside the editor, never a URI taken from the link.
 */
import * as vscode from 'vscode';
import { findTopic, OPEN_TOPIC_COMMAND, parseOpenTopicArgs, type Topic } from '../core';
import { noteViewUri, showNoteView } from './notes/note-view-uri';

/** The topics a link may open: the user's indexed notes, then the bundled ones. */
export type IndexedTopics = () => Iterable<Topic>;

export function registerOpenTopicCommand(topics: IndexedTopics, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_TOPIC_COMMAND, async (raw?: unknown) => {
    const args = parseOpenTopicArgs(raw);
    const topic = args && findTopic(topics(), args);
    if (!args || !topic) {
      log.warn(`${OPEN_TOPIC_COMMAND}: refused an argument that names no indexed note.`);
      return;
    }
    await showNoteView(noteViewUri(topic, args.n), true);
  });
}
