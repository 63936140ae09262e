/**
 * Learn loop: a finding in the user's own file becomes due cards. The questions of a rule are its
 * scenarios first, then the other questions of the topic the rule cites.
 */
import type { Question } from './question';
import { isDue, recordAnswer, type QuizProgress } from './scheduler';

/** The questions that teach a rule's finding: its scenarios, then its topic's other questions. */
export function questionsForRule(bank: readonly Question[], ruleId: string, topicId: string | undefined, max = 5): Question[] {
  const scenarios = bank.filter((q) => q.ruleId === ruleId);
  const topic = bank.filter((q) => q.topicId === topicId && q.ruleId !== ruleId);
  return [...scenarios, ...topic].slice(0, max);
}

/**
 * Progress where these questions are due now: new ones get a card due at `now` (as if answered wrong,
 * so FSRS starts them in learning); cards already due or scheduled keep their history but become due.
 */
export function markDue(progress: QuizProgress, questions: readonly Question[], now: Date): QuizProgress {
  const cards = { ...progress.cards };
  for (const q of questions) {
    const existing = cards[q.id];
    if (!existing) {
      const fresh = recordAnswer({ version: 1, cards: {} }, q.id, false, now).cards[q.id];
      cards[q.id] = { ...fresh, due: now.toISOString(), wrong: 0 };
    } else if (Date.parse(existing.due) > now.getTime()) cards[q.id] = { ...existing, due: now.toISOString() };
  }
  return { ...progress, cards };
}

/** How many questions of the bank are due. */
export function dueCount(bank: readonly Question[], progress: QuizProgress, now: Date): number {
  return bank.reduce((n, q) => n + (isDue(progress, q.id, now) ? 1 : 0), 0);
}
