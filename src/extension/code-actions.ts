import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { Analysis } from '../core';
import { disableForLineEdit, type CommentMarker } from '../core/suppression-edit';
import { UNKNOWN_RULE_IN_SUPPRESSION } from '../core/suppression';

/** The line comment marker per language; JSON has none (CloudFormation rejects comments in JSON). */
const COMMENT_MARKERS: Readonly<Record<string, CommentMarker>> = { yaml: '#', cloudformation: '#', python: '#', typescript: '//', typescriptreact: '//', javascript: '//', javascriptreact: '//' };

/** Quick fixes for findings whose rule knows the fix (the core's text edits, applied as a WorkspaceEdit). */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    try {
      const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      if (!ours.length) return [];
      const analysis = await this.cache.get(document);
      const actions: vscode.CodeAction[] = [];
      for (const finding of analysis.findings) {
        if (!finding.fix) continue;
        const findingRange = toRange(finding.range);
        const diagnostic = ours.find((d) => d.range.isEqual(findingRange) && codeOf(d) === finding.ruleId);
        if (!diagnostic && !findingRange.intersection(range)) continue;
        if (!diagnostic) continue;
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        const edit = new vscode.WorkspaceEdit();
        for (const e of finding.fix.edits) edit.replace(document.uri, toRange(analysis.lineIndex.rangeOf(e.span)), e.newText);
        action.edit = edit;
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      actions.push(...this.disableActions(document, analysis, ours));
      return actions;
    } catch (error) {
      this.log.error(`Code actions in ${document.uri.toString()} failed`, error as Error);
      return [];
    }
  }

  /** "Disable <rule-id> for this line": a suppression comment above the finding's line, for languages with line comments. */
  private disableActions(document: vscode.TextDocument, analysis: Analysis, ours: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const marker = COMMENT_MARKERS[document.languageId];
    if (!marker) return [];
    const seen = new Set<string>();
    const actions: vscode.CodeAction[] = [];
    const text = document.getText();
    for (const finding of analysis.findings) {
      const key = `${finding.ruleId}:${finding.range.start.line}`;
      if (finding.ruleId === UNKNOWN_RULE_IN_SUPPRESSION || seen.has(key)) continue;
      const findingRange = toRange(finding.range);
      const diagnostic = ours.find((d) => d.range.isEqual(findingRange) && codeOf(d) === finding.ruleId);
      if (!diagnostic) continue;
      seen.add(key);
      const e = disableForLineEdit({ text, lineIndex: analysis.lineIndex, comments: analysis.source?.comments ?? [], line: finding.range.start.line, ruleId: finding.ruleId, marker });
      const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, toRange(analysis.lineIndex.rangeOf(e.span)), e.newText);
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code) return String(code.value);
  return code === undefined ? undefined : String(code);
}
