/** Questions written by hand in a note's `### Quiz` subsection. */
import type { HandQuestion, Topic } from '../kb/topic';
import type { QuestionDraft } from './question';

/**
 * A `Why:` line written right under the last option, without a blank line, is a lazy continuation of
 * that list item in CommonMark, so the parser hands it over as part of the option: split it off here.
 */
function separateWhy(q: HandQuestion): { options: string[]; why?: string } {
  let why = q.why;
  const options = q.options.map((option) => {
    const lines = option.split('\n');
    const at = lines.findIndex((line) => line.trim().startsWith('Why:'));
    if (at < 0) return option;
    why ??= lines.slice(at).join(' ').trim().slice(4).trim();
    return lines.slice(0, at).join(' ').trim();
  });
  return { options, why };
}

/** One draft per hand-written question of the topic. */
export function handQuestions(topic: Topic): QuestionDraft[] {
  return topic.quiz.map((q) => {
    const { options, why } = separateWhy(q);
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
