/**
 * Fixture expectations written next to the line they are about, as markdownlint's scenarios do:
 *   Timeout: 1200   # expect: lambda-timeout
 * A line may list several ids separated by commas.
 */
import assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core';

export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const at = line.lastIndexOf('expect:');
    if (at < 0) return;
    for (const id of line.slice(at + 'expect:'.length).split(',').map((s) => s.trim()).filter(Boolean)) expected.push(`${index + 1}:${id}`);
  });
  return expected.sort();
}

export function actualFindings(analysis: Analysis): string[] {
  return analysis.findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`).sort();
}

export function assertMatchesExpectations(text: string, analysis: Analysis, label = ''): void {
  assert.deepEqual(actualFindings(analysis), expectedFindings(text), `${label}\n${analysis.findings.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`).join('\n')}`);
}

/** Applies every quick fix of the analysis to the text (non-overlapping edits, right to left). */
export function applyFixes(text: string, analysis: Analysis): string {
  const edits = analysis.findings.flatMap((f) => f.fix?.edits ?? []).sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** Splits `Timeout: 9|00` into the text without the caret and the caret's offset. */
export function caret(textWithCaret: string): { text: string; offset: number } {
  const offset = textWithCaret.indexOf('|');
  assert.ok(offset >= 0, 'fixture needs a | caret');
  return { text: textWithCaret.slice(0, offset) + textWithCaret.slice(offset + 1), offset };
}
