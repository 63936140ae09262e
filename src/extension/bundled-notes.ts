import * as vscode from 'vscode';
import type { NoteSource } from '../core';

/** Reads media/notes/*.md through workspace.fs, so it also works where there is no local disk. */
export async function loadBundledNotes(extensionUri: vscode.Uri): Promise<NoteSource[]> {
  const folder = vscode.Uri.joinPath(extensionUri, 'media', 'notes');
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const names = entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name).sort();
  const decoder = new TextDecoder();
  return Promise.all(
    names.map(async (name) => {
      const uri = vscode.Uri.joinPath(folder, name);
      return { uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)), origin: 'bundled' as const };
    }),
  );
}
