/**
 * One item as `quiz --list --json` exports it: the interface checkers and other tools read. Single-answer
 * items keep `answer`/`answerIndex`; every item has `answerIndexes`; scenario items carry their `snippet`
 * and its language.
 */
import type { Question, QuestionKind } from './question';

export interface QuestionRow {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly question: string;
  readonly snippet?: string;
  readonly snippetLanguage?: string;
  readonly options: readonly string[];
  readonly answer?: string;
  readonly answerIndex?: number;
  readonly answerIndexes: readonly number[];
  readonly topic: string;
  readonly rule?: string;
  readonly source: { readonly note: string; readonly line: number; readonly whyLine?: number; readonly url?: string };
  readonly explanation: string;
}

/** `note` is how the note is shown (never an absolute path: the caller passes a display name). */
export function questionRow(q: Question, note: string): QuestionRow {
  const single = q.answerIndexes.length === 1;
  return {
    id: q.id,
    kind: q.kind,
    question: q.prompt,
    ...(q.snippet ? { snippet: q.snippet, snippetLanguage: q.snippetLanguage ?? 'yaml' } : {}),
    options: q.options,
    ...(single ? { answer: q.options[q.answerIndex], answerIndex: q.answerIndex } : {}),
    answerIndexes: q.answerIndexes,
    topic: q.topicId,
    ...(q.ruleId ? { rule: q.ruleId } : {}),
    source: { note, line: q.source.line + 1, ...(q.source.whyLine !== undefined ? { whyLine: q.source.whyLine + 1 } : {}), ...(q.source.url ? { url: q.source.url } : {}) },
    explanation: q.explanation,
  };
}
