/**
 * Read-only rendered notes: a note section or a rule's documentation is a virtual markdown document on
 * {@link NOTE_VIEW_SCHEME}, shown in VS Code's markdown preview. Its URI names the section by topic id (or
 * the rule by id), never a file; note-view.ts looks the id up in the indexed notes, and a read-only file
 * system (note-view-fs.ts) serves it: VS Code refuses edits and saves. This file is part of the activation
 * bundle: the language client rewrites rule-doc links to these URIs.
 */
import * as vscode from 'vscode';

export const NOTE_VIEW_SCHEME = 'serverless-notes-note';

/** A file name for the preview's tab: the title, without characters a path can't hold. */
function fileName(title: string): string {
  const cleaned = [...title].map((ch) => ('/\\?#%*:|"<>'.includes(ch) || ch < ' ' ? ' ' : ch)).join('').trim();
  return `${cleaned.slice(0, 80) || 'note'}.md`;
}

/** The view of a topic: its id and which of the topics sharing that id (`n`, as hover links count them). */
export function noteViewUri(topic: { readonly id: string; readonly title: string }, n = 0): vscode.Uri {
  return vscode.Uri.from({ scheme: NOTE_VIEW_SCHEME, path: `/${fileName(topic.title)}`, query: new URLSearchParams({ topic: topic.id, n: String(n) }).toString() });
}

export function ruleViewUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: NOTE_VIEW_SCHEME, path: `/rules/${fileName(ruleId)}`, query: new URLSearchParams({ rule: ruleId }).toString() });
}

/** What a note view URI names. */
export function parseNoteViewUri(uri: vscode.Uri): { topic: string; n: number } | { rule: string } | undefined {
  if (uri.scheme !== NOTE_VIEW_SCHEME) return undefined;
  const params = new URLSearchParams(uri.query);
  const topic = params.get('topic');
  const n = Number(params.get('n') ?? 0);
  if (topic) return { topic, n: Number.isInteger(n) && n >= 0 ? n : 0 };
  const rule = params.get('rule');
  return rule ? { rule } : undefined;
}

/**
 * The server links a rule code to `<extension>/docs/rules.md#<rule-id>` (a file other editors open); in VS Code
 * that would be the raw file, editable, inside the installed extension. The client shows this instead.
 */
export function ruleDocTarget(href: string): vscode.Uri | undefined {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(href, true);
  } catch {
    return undefined;
  }
  if (!uri.path.endsWith('/docs/rules.md') || !/^[a-z0-9][a-z0-9-]*$/.test(uri.fragment)) return undefined;
  return ruleViewUri(uri.fragment);
}

/**
 * Opens a note view rendered (VS Code's markdown preview), beside the active editor or in its place; where the
 * built-in markdown extension is disabled, the same read-only document as text.
 */
export async function showNoteView(uri: vscode.Uri, beside: boolean): Promise<void> {
  try {
    await vscode.commands.executeCommand(beside ? 'markdown.showPreviewToSide' : 'markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true, viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active });
  }
}

/**
 * A note view opened as text (VS Code's Problems panel opens a diagnostic code's link as a document) is
 * replaced by its rendered preview in the same group.
 */
export function renderOpenedNoteViews(): vscode.Disposable {
  const swap = async (editor: vscode.TextEditor | undefined) => {
    const uri = editor?.document.uri;
    if (!uri || uri.scheme !== NOTE_VIEW_SCHEME) return;
    const tab = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    await showNoteView(uri, false);
    if (tab) await vscode.window.tabGroups.close(tab, true);
  };
  return vscode.window.onDidChangeActiveTextEditor((e) => void swap(e).catch(() => undefined));
}
