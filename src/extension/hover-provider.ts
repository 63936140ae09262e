import * as vscode from 'vscode';
import type { LanguageService } from '../core';
import type { HoverExtras } from '../core/hover/build-hover';
import type { AnalysisCache } from './analysis-cache';
import { toRange } from './convert';
import { HOVER_COMMANDS } from '../core/text/markdown';

/** Supplies extra hover material (the user's notes) for a target; registered by the notes feature. */
export type HoverExtrasProvider = (analysis: Parameters<LanguageService['hover']>[0], offset: number) => HoverExtras | undefined;

export class NotesHoverProvider implements vscode.HoverProvider {
  extras: HoverExtrasProvider | undefined;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly service: () => Promise<LanguageService>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    try {
      const analysis = await this.cache.get(document);
      if (!analysis.source) return undefined;
      const offset = document.offsetAt(position);
      const service = await this.service();
      const hover = service.hover(analysis, offset, this.extras?.(analysis, offset));
      if (!hover) return undefined;
      // The core escaped every user string (core/text/markdown.ts); no HTML, and only our own commands run.
      const markdown = new vscode.MarkdownString(hover.markdown, false);
      markdown.supportHtml = false;
      markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      return new vscode.Hover(markdown, toRange(analysis.lineIndex.rangeOf(hover.span)));
    } catch (error) {
      this.log.error(`Hover in ${document.uri.toString()} failed`, error as Error);
      return undefined;
    }
  }
}
