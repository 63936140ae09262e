/**
 * A user's notes document as findings: one `notes-outdated` information finding per outdated claim, on the
 * claim's line, saying what is true today and where that is written, with a quick fix where one number
 * can be replaced ("256 KB" -> "1 MB"). The single source for every face: the CLI (`check notes.md`), the
 * extension's notes diagnostics and the language server.
 */
import type { Finding } from '../findings';
import { LineIndex } from '../text/line-index';
import { findOutdatedClaims, type FindOutdatedClaimsOptions } from './claims/find-outdated-claims';

export const NOTES_OUTDATED_RULE_ID = 'notes-outdated';

/** What the rule is, for rule lists (SARIF's driver rules, docs). */
export const NOTES_OUTDATED_META = {
  id: NOTES_OUTDATED_RULE_ID,
  title: 'Outdated claim in your notes',
  description: 'A sentence in your markdown notes states a limit or a fact that is not true today (numbers from the limits table, categorical claims kept as data); the finding says what is current and links the source.',
  severity: 'information',
} as const;

/** Findings for a markdown notes document (positions in `markdown`). */
export function notesFindings(markdown: string, options: FindOutdatedClaimsOptions = {}): Finding[] {
  const lines = new LineIndex(markdown);
  return findOutdatedClaims(markdown, options).map((claim) => ({
    ruleId: NOTES_OUTDATED_RULE_ID,
    severity: 'information',
    message: `Outdated: ${claim.current} Source: ${claim.source}`,
    span: claim.span,
    range: lines.rangeOf(claim.span),
    fix: claim.fix && { title: claim.fix.title, edits: [{ span: claim.fix.span, newText: claim.fix.newText }] },
  }));
}

/** Whether a file name is a markdown notes file (checked for claims rather than read as a template). */
export function isNotesFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown');
}
