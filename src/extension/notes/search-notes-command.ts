/**
 * "Serverless Notes: Search Notes": a QuickPick over every section (BM25 as you type); Enter opens the
 * section's rendered, read-only note view. (No preview as you move: a rendered preview takes the focus the
 * picker needs.)
 */
import * as vscode from 'vscode';
import { previewLine, type Topic } from '../../core';
import type { UserNotesIndex } from './user-notes-index';

/** QuickPick title and placeholder (integration tests drive the picker by them). */
export const SEARCH_TITLE = 'Serverless Notes: Search Notes';
export const SEARCH_PLACEHOLDER = 'Type to search your notes and the bundled notes';

interface SectionItem extends vscode.QuickPickItem {
  readonly topic: Topic;
}

function toItem(topic: Topic): SectionItem {
  const file = decodeURIComponent(topic.uri.split(/[\\/]/).pop() ?? topic.uri);
  return {
    label: topic.title,
    description: topic.origin === 'bundled' ? `bundled · ${file}` : file,
    detail: previewLine(topic.body),
    topic,
  };
}

export async function searchNotes(index: UserNotesIndex, open: (topic: Topic) => Promise<void>): Promise<void> {
  const search = await index.current();
  const all = search.topics.map(toItem);
  const pick = vscode.window.createQuickPick<SectionItem>();
  pick.title = SEARCH_TITLE;
  pick.placeholder = SEARCH_PLACEHOLDER;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = all;
  pick.onDidChangeValue((value) => {
    // BM25 ranking for what was typed (aliases such as DDB or APIGW included); empty: every section.
    const hits = value.trim() ? search.search(value, 50).map((h) => toItem(h.topic)) : all;
    pick.items = hits.map((item) => ({ ...item, alwaysShow: true }));
  });
  pick.onDidAccept(() => {
    const [item] = pick.selectedItems;
    pick.hide();
    if (item) void open(item.topic);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}
