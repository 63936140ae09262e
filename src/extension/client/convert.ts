/**
 * LSP values <-> VS Code values, for what this server sends: diagnostics (code + rule docs link), markdown
 * hovers and quick fixes with workspace edits. Types only from the protocol package: nothing of it is bundled.
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-protocol';
import { ruleDocTarget } from '../notes/note-view-uri';

export const asRange = (r: lsp.Range): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export const toLspRange = (r: vscode.Range): lsp.Range => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });

const SEVERITIES = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];

/**
 * As vscode-languageclient shows them: the rule id as `code`, linked to its docs when the server gives a link
 * — the rule's read-only rendered view when the link is to the rules document (note-view-uri.ts).
 */
export function asDiagnostic(d: lsp.Diagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(asRange(d.range), typeof d.message === 'string' ? d.message : d.message.value, SEVERITIES[(d.severity ?? 1) - 1] ?? vscode.DiagnosticSeverity.Error);
  if (d.source) diagnostic.source = d.source;
  if (d.code !== undefined) diagnostic.code = d.codeDescription ? { value: d.code, target: ruleDocTarget(d.codeDescription.href) ?? vscode.Uri.parse(d.codeDescription.href) } : d.code;
  // The other resources of an invocation chain (effective-limit findings): shown under the problem.
  if (d.relatedInformation?.length)
    diagnostic.relatedInformation = d.relatedInformation.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.location.uri), asRange(r.location.range)), r.message));
  return diagnostic;
}

/** A CodeLens as a label (the chain above a function): its command, if any, is not run from here. */
export function asCodeLens(lens: lsp.CodeLens): vscode.CodeLens {
  return new vscode.CodeLens(asRange(lens.range), { title: lens.command?.title ?? '', command: '' });
}

export function toLspDiagnostic(d: vscode.Diagnostic): lsp.Diagnostic {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  const codeDescription = typeof d.code === 'object' ? { href: d.code.target.toString(true) } : undefined;
  return { range: toLspRange(d.range), message: d.message, severity: (SEVERITIES.indexOf(d.severity) + 1) as lsp.DiagnosticSeverity, source: d.source, code, codeDescription };
}

/** A hover's markdown: the server escaped every user string; only the listed commands may run from it. */
export function asHover(hover: lsp.Hover | null, enabledCommands: readonly string[]): vscode.Hover | undefined {
  if (!hover) return undefined;
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  const markdown = parts.map((p) => {
    const value = typeof p === 'string' ? p : 'kind' in p && p.kind === 'plaintext' ? new vscode.MarkdownString().appendText(p.value).value : p.value;
    const md = new vscode.MarkdownString(value);
    md.isTrusted = { enabledCommands: [...enabledCommands] };
    md.supportHtml = false;
    return md;
  });
  return new vscode.Hover(markdown, hover.range ? asRange(hover.range) : undefined);
}

export function asWorkspaceEdit(edit: lsp.WorkspaceEdit): vscode.WorkspaceEdit {
  const result = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) for (const e of edits) result.replace(vscode.Uri.parse(uri), asRange(e.range), e.newText);
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) continue;
    for (const e of change.edits) result.replace(vscode.Uri.parse(change.textDocument.uri), asRange(e.range), 'newText' in e ? e.newText : '');
  }
  return result;
}

/**
 * Code actions as VS Code's: the diagnostics they fix are the editor's own objects (matched by range,
 * code and message), so the lightbulb groups them under the right problem.
 */
export function asCodeActions(result: ReadonlyArray<lsp.CodeAction | lsp.Command> | null, asked: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  for (const item of result ?? []) {
    if (typeof (item as lsp.Command).command === 'string') {
      const command = item as lsp.Command;
      const action = new vscode.CodeAction(command.title);
      action.command = { title: command.title, command: command.command, arguments: command.arguments };
      actions.push(action);
      continue;
    }
    const source = item as lsp.CodeAction;
    const action = new vscode.CodeAction(source.title, source.kind ? vscode.CodeActionKind.Empty.append(source.kind) : undefined);
    if (source.edit) action.edit = asWorkspaceEdit(source.edit);
    if (source.command) action.command = { title: source.command.title, command: source.command.command, arguments: source.command.arguments };
    if (source.isPreferred) action.isPreferred = true;
    if (source.diagnostics) action.diagnostics = source.diagnostics.map((d) => asked.find((a) => sameDiagnostic(a, d)) ?? asDiagnostic(d));
    actions.push(action);
  }
  return actions;
}

function sameDiagnostic(a: vscode.Diagnostic, b: lsp.Diagnostic): boolean {
  const code = typeof a.code === 'object' ? a.code.value : a.code;
  return a.message === (typeof b.message === 'string' ? b.message : b.message.value) && String(code) === String(b.code) && a.range.isEqual(asRange(b.range));
}
