import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

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
      return actions;
    } catch (error) {
      this.log.error(`Code actions in ${document.uri.toString()} failed`, error as Error);
      return [];
    }
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code) return String(code.value);
  return code === undefined ? undefined : String(code);
}
