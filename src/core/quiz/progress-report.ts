/** Progress per topic, for "Serverless Notes: Quiz Progress". */
import type { Question } from './question';
import { isDue, isLearned, type QuizProgress } from './scheduler';

export interface TopicProgress {
  readonly topicId: string;
  readonly topicTitle: string;
  readonly questions: number;
  /** Questions answered at least once. */
  readonly seen: number;
  readonly due: number;
  readonly learned: number;
  readonly right: number;
  readonly wrong: number;
}

/** One row per topic of the bank, in bank order. */
export function progressByTopic(bank: readonly Question[], progress: QuizProgress, now: Date): TopicProgress[] {
  const rows = new Map<string, { -readonly [K in keyof TopicProgress]: TopicProgress[K] }>();
  for (const q of bank) {
    const row = rows.get(q.topicId) ?? { topicId: q.topicId, topicTitle: q.topicTitle, questions: 0, seen: 0, due: 0, learned: 0, right: 0, wrong: 0 };
    const card = progress.cards[q.id];
    row.questions++;
    if (card) {
      row.seen++;
      row.right += card.right;
      row.wrong += card.wrong;
      if (isDue(progress, q.id, now)) row.due++;
      if (isLearned(card)) row.learned++;
    }
    rows.set(q.topicId, row);
  }
  return [...rows.values()];
}
