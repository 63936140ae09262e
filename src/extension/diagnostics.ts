import * as vscode from 'vscode';
import type { Finding } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { toRange, toSeverity } from './convert';
import { readSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'serverless-notes';

/** Languages whose documents may be templates or stacks. */
export const ANALYSED_LANGUAGES = ['yaml', 'json', 'jsonc', 'cloudformation', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'];

/** Keeps the Problems panel in step with open documents (debounced while typing). */
export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly ruleDocs: (ruleId: string) => vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, 200)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.cache.forget(d);
      }),
    );
  }

  refreshAll(): void {
    this.cache.clear();
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!ANALYSED_LANGUAGES.includes(document.languageId) || document.uri.scheme === 'output' || document.uri.scheme === 'git') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.publish(document);
      }, delayMs),
    );
  }

  private async publish(document: vscode.TextDocument): Promise<void> {
    try {
      if (!readSettings(document.uri).enable) {
        this.collection.delete(document.uri);
        return;
      }
      const version = document.version;
      const analysis = await this.cache.get(document);
      if (document.isClosed || document.version !== version) return;
      this.collection.set(document.uri, analysis.findings.map((f) => this.toDiagnostic(f)));
    } catch (error) {
      this.log.error(`Analysis of ${document.uri.toString()} failed`, error as Error);
    }
  }

  private toDiagnostic(finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(finding.severity));
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.ruleId, target: this.ruleDocs(finding.ruleId) };
    return diagnostic;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
