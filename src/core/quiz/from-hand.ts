/** Questions written by hand in a note's `### Quiz` subsection. */
import type { Topic } from '../kb/topic';
import type { QuestionDraft } from './question';

/** One draft per hand-written question of the topic. */
export function handQuestions(topic: Topic): QuestionDraft[] {
  return topic.quiz.map((q) => ({
    kind: 'hand' as const,
    prompt: q.question,
    answer: q.options[q.answerIndex],
    distractors: q.options.filter((_, i) => i !== q.answerIndex),
    explanation: q.why ?? `The answer is “${q.options[q.answerIndex]}”, as the note “${topic.title}” explains.`,
  }));
}
