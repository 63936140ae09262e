/**
 * Analyses documents through the core and remembers the result per document version, so diagnostics,
 * hovers and code actions share one analysis.
 */
import * as vscode from 'vscode';
import type { Analysis, LanguageService } from '../core';
import type { FileAccess } from '../core/sources/source';
import type { ExternalReader } from '../core/sources/read-document';
import { readSettings } from './settings';
import { mergeRuleSettings } from '../core/config';
import type { ConfigFiles } from '../node/config-file';

export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: Promise<Analysis> }>();

  constructor(
    private readonly service: () => Promise<LanguageService>,
    private readonly files: FileAccess,
    private readonly externalReaders: () => ExternalReader[],
    private readonly log: vscode.LogOutputChannel,
    /** `.serverless-notes.json` lookup; the editor setting `serverlessNotes.rules` overrides the file. */
    private readonly configFiles?: ConfigFiles,
  ) {}

  get(document: vscode.TextDocument): Promise<Analysis> {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.run(document);
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  forget(document: vscode.TextDocument): void {
    this.entries.delete(document.uri.toString());
  }

  clear(): void {
    this.entries.clear();
  }

  private fileRules(document: vscode.TextDocument) {
    return document.uri.scheme === 'file' ? this.configFiles?.forFile(document.uri.fsPath)?.config.rules : undefined;
  }

  private async run(document: vscode.TextDocument): Promise<Analysis> {
    const settings = readSettings(document.uri);
    const service = await this.service();
    const started = Date.now();
    const analysis = await service.analyze(
      { fileName: document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.path, text: document.getText() },
      { rules: mergeRuleSettings(this.fileRules(document), settings.rules), maxFileBytes: settings.maxFileBytes, files: this.files, externalReaders: this.externalReaders() },
    );
    if (analysis.format) this.log.trace(`Analysed ${document.uri.toString()} (${analysis.format}) in ${Date.now() - started} ms: ${analysis.findings.length} findings`);
    return analysis;
  }
}
