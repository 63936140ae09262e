/** One quiz run: which questions, where we are, how many were right. Pure state, stored when paused. */
import type { PausedSession } from './scheduler';
import type { Question } from './question';

export interface QuizSession {
  /** What the quiz is about (`all`, or `file:<uri>`): a paused quiz resumes only for the same scope. */
  readonly scope: string;
  readonly questions: readonly Question[];
  readonly index: number;
  readonly correct: number;
}

export function startSession(scope: string, questions: readonly Question[]): QuizSession {
  return { scope, questions, index: 0, correct: 0 };
}

/** Whether the chosen options are exactly the right ones (all of them, for a multiple-response item). */
export function isRightChoice(question: Pick<Question, 'answerIndex' | 'answerIndexes'>, choice: number | readonly number[]): boolean {
  const keys = new Set(question.answerIndexes ?? [question.answerIndex]);
  const chosen = new Set(typeof choice === 'number' ? [choice] : choice);
  return chosen.size === keys.size && [...chosen].every((c) => keys.has(c));
}

/** The session after answering the current question with option `choice` (several for multiple response). */
export function answer(session: QuizSession, choice: number | readonly number[]): { session: QuizSession; correct: boolean; question: Question } {
  const question = session.questions[session.index];
  const correct = isRightChoice(question, choice);
  return { session: { ...session, index: session.index + 1, correct: session.correct + (correct ? 1 : 0) }, correct, question };
}

export function currentQuestion(session: QuizSession): Question | undefined {
  return session.questions[session.index];
}

export function isFinished(session: QuizSession): boolean {
  return session.index >= session.questions.length;
}

/** "4/10": the question being asked, counted from 1. */
export function progressLabel(session: QuizSession): string {
  return `${Math.min(session.index + 1, session.questions.length)}/${session.questions.length}`;
}

/** What to store on Escape. */
export function pause(session: QuizSession): PausedSession {
  return { scope: session.scope, questionIds: session.questions.map((q) => q.id), index: session.index, correct: session.correct };
}

/** A paused session for this scope, when every question still exists in the bank. */
export function resume(paused: PausedSession | undefined, scope: string, bank: readonly Question[]): QuizSession | undefined {
  if (!paused || paused.scope !== scope || paused.index >= paused.questionIds.length) return undefined;
  const byId = new Map(bank.map((q) => [q.id, q]));
  const questions = paused.questionIds.map((id) => byId.get(id));
  if (questions.some((q) => !q)) return undefined;
  return { scope, questions: questions as Question[], index: paused.index, correct: paused.correct };
}

/** End-of-quiz summary, one line per topic that had a wrong answer. */
export interface QuizSummary {
  readonly total: number;
  readonly correct: number;
  readonly text: string;
}

/** The summary of the questions asked so far (a quiz stopped early counts only what was asked). */
export function summarize(session: QuizSession): QuizSummary {
  const total = Math.min(session.index, session.questions.length);
  const pct = total ? Math.round((session.correct / total) * 100) : 0;
  return { total, correct: session.correct, text: `${session.correct} of ${total} right (${pct}%).` };
}
