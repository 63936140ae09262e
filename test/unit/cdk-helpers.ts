/** Helpers for the CDK reader tests: a language service with the CDK readers, fixtures, positions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core';
import { cdkReaders } from '../../src/node/cdk-parsers';
import { FIXTURES, service } from './support/service';

/** Errors the readers swallowed (a reader bug on odd input); tests assert there are none. */
export const readerErrors: Array<{ fileName: string; error: unknown }> = [];

export const cdkService = service({ externalReaders: cdkReaders({ onError: (error, fileName) => readerErrors.push({ fileName, error }) }) });

export function cdkFixture(...path: string[]): { fileName: string; text: string } {
  const fileName = join(FIXTURES, 'cdk', ...path);
  return { fileName, text: readFileSync(fileName, 'utf8') };
}

export async function analyzeFixture(...path: string[]): Promise<Analysis & { text: string }> {
  const doc = cdkFixture(...path);
  return { ...(await cdkService.analyze(doc)), text: doc.text };
}

/** Findings of some rules as `line: rule: message` with their fix texts (0-based lines). */
export function findingLines(analysis: Analysis, ruleIds: readonly string[]): Array<{ line: number; ruleId: string; message: string; fix?: string[] }> {
  return analysis.findings
    .filter((f) => ruleIds.includes(f.ruleId))
    .map((f) => ({ line: f.range.start.line, ruleId: f.ruleId, message: f.message, fix: f.fix?.edits.map((e) => e.newText) }))
    .sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}

/** 0-based line of the first occurrence of `needle` (after `from`). */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length - 1;
}

/** The text a span covers. */
export function spanText(text: string, span: { start: number; end: number } | undefined): string | undefined {
  return span && text.slice(span.start, span.end);
}

export const LIMIT_RULES = ['lambda-timeout', 'lambda-memory', 'lambda-ephemeral-storage', 'lambda-environment-size', 'lambda-layers'] as const;
