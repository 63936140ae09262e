import * as vscode from 'vscode';
import type { Topic } from '../../core';
import { readOnlyUri } from './bundled-scheme';

/** The URI a topic opens at: the user's file itself, or a bundled note read-only. */
export function topicUri(topic: Pick<Topic, 'uri' | 'origin'>): vscode.Uri {
  const uri = vscode.Uri.parse(topic.uri);
  return topic.origin === 'bundled' ? readOnlyUri(uri) : uri;
}

/** Opens a topic at its heading. */
export async function openTopic(topic: Pick<Topic, 'uri' | 'origin' | 'line'>, options: vscode.TextDocumentShowOptions = {}): Promise<void> {
  const document = await vscode.workspace.openTextDocument(topicUri(topic));
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(topic.line, 0, topic.line, 0), ...options });
}
