/**
 * Outdated claims in the user's notes files (`serverlessNotes.notes.paths`) as Information diagnostics,
 * with a quick fix where a number can be replaced ("256 KB" -> "1 MB"). The findings come from the core's
 * `notesFindings`, the same function the CLI (`check notes.md`) and the language server use; this file
 * only turns them into VS Code types. Cheap (one markdown-it pass), so it runs in the extension host.
 *
 * Markdown does not activate the extension (no `onLanguage:markdown`; test/unit/formats.test.ts): a
 * workspace of notes only must not start a language server. These diagnostics start once the extension is
 * active for another reason — a template, serverless.yml or CDK file was opened, or the user ran one of its
 * commands (Search Notes, Start Quiz …, which activate it) — and then cover every notes file already open.
 * Without activation the CLI's `serverless-notes check notes.md` reports the same findings.
 */
import * as vscode from 'vscode';
import { notesFindings, NOTES_OUTDATED_RULE_ID, type Finding } from '../../core';
import type { UserNotesIndex } from './user-notes-index';

const SOURCE = 'serverless-notes';
const DEBOUNCE_MS = 300;

function toRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function registerNotesDiagnostics(context: vscode.ExtensionContext, index: UserNotesIndex): void {
  const collection = vscode.languages.createDiagnosticCollection('serverless-notes-notes');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Whether a document is one of the user's notes files (indexed from the notes.paths setting). */
  const isUserNote = (document: vscode.TextDocument) => {
    if (document.languageId !== 'markdown') return false;
    const uri = document.uri.toString();
    return index.now.topics.some((t) => t.origin === 'user' && t.uri === uri);
  };
  const publish = (document: vscode.TextDocument) => {
    if (!isUserNote(document)) {
      collection.delete(document.uri);
      return;
    }
    collection.set(
      document.uri,
      notesFindings(document.getText()).map((f) => {
        const d = new vscode.Diagnostic(toRange(f.range), f.message, vscode.DiagnosticSeverity.Information);
        d.source = SOURCE;
        d.code = NOTES_OUTDATED_RULE_ID;
        return d;
      }),
    );
  };
  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => (timers.delete(key), publish(document)), DEBOUNCE_MS));
  };
  const refreshAll = () => vscode.workspace.textDocuments.forEach(publish);
  context.subscriptions.push(
    collection,
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.workspace.onDidOpenTextDocument(publish),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    index.onDidChange(refreshAll),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new NotesQuickFix(), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
  refreshAll();
}

/** "Replace “256 KB” with “1 MB”" for each notes-outdated diagnostic whose finding has a fix. */
class NotesQuickFix implements vscode.CodeActionProvider {
  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === SOURCE && d.code === NOTES_OUTDATED_RULE_ID);
    if (!ours.length) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of notesFindings(document.getText())) {
      const diagnostic = ours.find((d) => d.range.isEqual(toRange(finding.range)));
      if (!diagnostic || !finding.fix) continue;
      const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      for (const e of finding.fix.edits) action.edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}
