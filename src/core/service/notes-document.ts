/**
 * Markdown notes as a document format of the service: their one rule, `notes-outdated`, is an ordinary rule
 * here — `off` in the settings silences it, a severity replaces its own — so the CLI (`check notes.md`), the
 * language server and the VS Code client give the same findings for the same settings.
 */
import type { Analysis, RuleSettings } from '../analyze';
import type { Finding } from '../findings';
import { isNotesFileName, notesFindings, NOTES_OUTDATED_RULE_ID } from '../kb/notes-findings';
import { LineIndex } from '../text/line-index';

/** Language ids editors give markdown. */
const MARKDOWN_LANGUAGE_IDS: ReadonlySet<string> = new Set(['markdown', 'mdx']);

/** Whether a document is a notes file (by its language id, else by its name). */
export function isNotesDocument(fileName: string, languageId?: string): boolean {
  return languageId ? MARKDOWN_LANGUAGE_IDS.has(languageId) || (languageId === 'plaintext' && isNotesFileName(fileName)) : isNotesFileName(fileName);
}

/** The findings of a notes document under the rule settings (positions in `text`). */
export function analyzeNotes(text: string, rules: RuleSettings | undefined, today?: Date): Analysis {
  const setting = rules?.[NOTES_OUTDATED_RULE_ID];
  const lineIndex = new LineIndex(text);
  if (setting === 'off') return { findings: [], lineIndex };
  const findings: Finding[] = notesFindings(text, { today });
  return { findings: setting && setting !== 'on' ? findings.map((f) => ({ ...f, severity: setting })) : findings, lineIndex };
}
