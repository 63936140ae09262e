/** Questions written by hand in a note's `### Quiz` subsection. */
import type { Topic } from '../kb/topic';
import { explainingSentence, finish } from './explain';
import { factOf } from './facts';
import type { QuestionDraft } from './question';

/**
 * One draft per hand-written question of the topic. Its why is the `Why:` line, else the note's sentence
 * that explains the answer (found by the answer and the stem's words).
 */
export function handQuestions(topic: Topic): QuestionDraft[] {
  return topic.quiz.map((q) => {
    const answer = q.options[q.answerIndex];
    const keys = q.answerIndexes ?? [q.answerIndex];
    const found = explainingSentence(topic, answer, q.question, { minScore: 2 });
    return {
      kind: keys.length > 1 ? ('multiple-response' as const) : q.tradeoff ? ('tradeoff' as const) : ('hand' as const),
      ...(q.id ? { key: q.id } : {}),
      prompt: q.question,
      answer,
      ...(keys.length > 1 ? { moreAnswers: keys.slice(1).map((i) => q.options[i]) } : {}),
      distractors: q.options.filter((_, i) => !keys.includes(i)),
      explanation: q.why ? finish(q.why) : (found?.text ?? `See the note “${topic.title}”.`),
      whyLine: found?.line,
      fact: factOf(topic, answer, q.question),
    };
  });
}
