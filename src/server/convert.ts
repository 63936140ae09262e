/** Core findings, fixes and hovers as LSP types (core ranges are already 0-based LSP ranges in UTF-16). */
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableForLineEdit, UNKNOWN_RULE_IN_SUPPRESSION, type Analysis, type CommentMarker, type Finding, type Range, type Severity } from '../core';

export const DIAGNOSTIC_SOURCE = 'serverless-notes';

export function toDiagnostic(finding: Finding, ruleDocs: (ruleId: string) => string, uri?: string): Diagnostic {
  // The other resources of a chain; a related place in another file needs its own URI (none yet).
  const relatedInformation = uri && finding.related?.length ? finding.related.filter((r) => !r.file).map((r) => ({ location: { uri, range: r.range }, message: r.message })) : undefined;
  return {
    ...(relatedInformation?.length ? { relatedInformation } : {}),
    range: finding.range,
    severity: toSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocs(finding.ruleId) },
    message: finding.message,
  };
}

function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

/** Where the request came from: the range asked about, and how to build a diagnostic the client lacks. */
export interface CodeActionRequest {
  readonly range: Range;
  readonly ruleDocs: (ruleId: string) => string;
}

/**
 * Quick fixes for the client's diagnostics that are ours: the rule's fix (preferred) and
 * "Disable <rule> for this line" where the format has line comments (`marker`). The client's diagnostics
 * can lag behind the server (a document closed and opened again has its markers cleared until the next
 * publish), so the server's own findings at the requested range count too.
 */
export function codeActions(document: TextDocument, analysis: Analysis, diagnostics: readonly Diagnostic[], marker: CommentMarker | undefined, request?: CodeActionRequest): CodeAction[] {
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const atRange = (finding: Finding) => (request && intersects(finding.range, request.range) ? toDiagnostic(finding, request.ruleDocs) : undefined);
  const matching = (finding: Finding) => ours.find((d) => String(d.code) === finding.ruleId && sameRange(d.range, finding.range)) ?? atRange(finding);
  const edit = (edits: TextEdit[]) => ({ changes: { [document.uri]: edits } });
  const actions: CodeAction[] = [];
  for (const finding of analysis.findings) {
    const diagnostic = finding.fix && matching(finding);
    if (!finding.fix || !diagnostic) continue;
    const edits = finding.fix.edits.map((e) => ({ range: analysis.lineIndex.rangeOf(e.span), newText: e.newText }));
    actions.push({ ...CodeAction.create(finding.fix.title, edit(edits), CodeActionKind.QuickFix), diagnostics: [diagnostic], isPreferred: true });
  }
  if (!marker) return actions;
  const seen = new Set<string>();
  const text = document.getText();
  for (const finding of analysis.findings) {
    const key = `${finding.ruleId}:${finding.range.start.line}`;
    if (finding.ruleId === UNKNOWN_RULE_IN_SUPPRESSION || seen.has(key)) continue;
    const diagnostic = matching(finding);
    if (!diagnostic) continue;
    seen.add(key);
    const e = disableForLineEdit({ text, lineIndex: analysis.lineIndex, comments: analysis.source?.comments ?? [], line: finding.range.start.line, ruleId: finding.ruleId, marker });
    const title = `Disable ${finding.ruleId} for this line`;
    actions.push({ ...CodeAction.create(title, edit([{ range: analysis.lineIndex.rangeOf(e.span), newText: e.newText }]), CodeActionKind.QuickFix), diagnostics: [diagnostic] });
  }
  return actions;
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
