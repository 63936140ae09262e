/** Questions written by hand in a note's `### Quiz` subsection. */
import type { HandQuestion, Topic } from '../kb/topic';
import type { QuestionDraft } from './question';

/** One draft per hand-written question of the topic. */
export function handQuestions(topic: Topic): QuestionDraft[] {
  return topic.quiz.map((q) => {
    const { options, why } = q;
    const answer = options[q.answerIndex];
    return {
      kind: 'hand' as const,
      prompt: q.question,
      answer,
      distractors: options.filter((_, i) => i !== q.answerIndex),
      explanation: why ?? `The answer is “${answer}”, as the note “${topic.title}” explains.`,
    };
  });
}
