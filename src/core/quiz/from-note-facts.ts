/** Cloze questions from a note's bold key facts, and true/false questions from its "Not supported:" lists. */
import type { Topic } from '../kb/topic';
import { quantityDistractors, textDistractors } from './distractors';
import { BLANK, boldFacts, notSupportedItems } from './note-facts';
import type { QuestionDraft } from './question';
import type { Random } from './random';

/** At most this many cloze questions per section (numbers first). */
const MAX_CLOZE = 4;
/** At most this many true/false questions per section. */
const MAX_TRUE_FALSE = 3;
/** A cloze sentence needs this much context besides the blank. */
const MIN_CONTEXT = 30;

/**
 * Cloze questions: a sentence of the note with one bold phrase blanked. Distractors are other quantities
 * of the same unit, or bold phrases of other sections (`pool`), never ones the sentence itself contains.
 */
export function clozeQuestions(topic: Topic, pool: readonly string[], random: Random): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  const facts = boldFacts(topic.body);
  const ownAnswers = facts.map((f) => f.answer.toLowerCase());
  const ordered = [...facts.filter((f) => /^\d/.test(f.answer)), ...facts.filter((f) => !/^\d/.test(f.answer))];
  const seenPrompts = new Set<string>();
  for (const fact of ordered) {
    if (drafts.length >= MAX_CLOZE) break;
    if (fact.cloze.length - BLANK.length < MIN_CONTEXT || seenPrompts.has(fact.cloze)) continue;
    if (fact.cloze.toLowerCase().includes(fact.answer.toLowerCase())) continue;
    const numeric = quantityDistractors(fact.answer, 3, random);
    const distractors = numeric ?? textDistractors(fact.answer, pool.filter((p) => !ownAnswers.includes(p.toLowerCase()) && !/^\d/.test(p)), fact.cloze, 3, random);
    if (distractors.length < 2) continue;
    seenPrompts.add(fact.cloze);
    drafts.push({
      kind: 'cloze',
      prompt: `${topic.title}: fill in the blank. ${fact.cloze}`,
      answer: fact.answer,
      distractors,
      explanation: fact.sentence,
    });
  }
  return drafts;
}

/** True/false statements from "Not supported:" lists, half of them stated the other way round. */
export function trueFalseQuestions(topic: Topic, random: Random): QuestionDraft[] {
  return notSupportedItems(topic.body)
    .slice(0, MAX_TRUE_FALSE)
    .map((item) => {
      const negated = random() < 0.5;
      return {
        kind: 'true-false' as const,
        prompt: negated ? `True or false: ${topic.title} does not support ${item}.` : `True or false: ${topic.title} supports ${item}.`,
        answer: negated ? 'True' : 'False',
        distractors: [negated ? 'False' : 'True'],
        fixedOrder: ['True', 'False'],
        explanation: `The note “${topic.title}” lists ${item} under “Not supported”.`,
      };
    });
}

/** Bold phrases of a set of sections: the pool of text distractors. */
export function boldPool(topics: readonly Topic[]): string[] {
  return [...new Set(topics.flatMap((t) => boldFacts(t.body).map((f) => f.answer)).filter((a) => !/^\d/.test(a)))];
}
