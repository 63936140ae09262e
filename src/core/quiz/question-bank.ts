/**
 * The question bank: every question the notes can answer. Hand-written questions (single answer,
 * multiple response and trade-off scenarios), scenarios from the rules and numbers from the limits table
 * (cloze and true/false items are generated only from the user's own notes: split from one list, they
 * taught little where a written item exists); each checked (typed distinct options, answer not in the stem), asked
 * once per fact (the first kind in that order wins) and tied to the sentence that explains it.
 * Linear in the number of sections: each section's markdown is read once (note-facts caches it).
 */
import { findContradictions } from '../kb/contradictions';
import type { Topic } from '../kb/topic';
import { factOf, repeatsEarlierAnswer } from './facts';
import { handQuestions } from './from-hand';
import { limitQuestions } from './from-limits';
import { clozeQuestions, supportedTrueFalse, trueFalseQuestions } from './from-note-facts';
import { finishQuestion, isWrittenKind, questionProblem, type Question, type QuestionDraft } from './question';
import { hash32, seededRandom } from './random';
import { scenarioQuestions } from './scenarios';

export interface QuestionBankOptions {
  /** Seed for distractors and option order; the same seed gives the same bank. */
  readonly seed?: number;
  /** Called for each generated question that failed its checks or repeated a fact (tests and `--verbose`). */
  readonly onRejected?: (topic: Topic, prompt: string, problem: string) => void;
}

/**
 * Questions for the given topics, in topic order. Sections of the user's notes that contradict a
 * checked fact are left out: the quiz never drills something that is no longer true.
 */
export function buildQuestionBank(topics: readonly Topic[], options: QuestionBankOptions = {}): Question[] {
  const seed = options.seed ?? 0;
  const questions: Question[] = [];
  const seenIds = new Set<string>();
  const seenStems = new Set<string>();
  const seenFacts = new Set<string>();
  const byId = new Map(topics.map((t) => [t.id, t]));
  for (const topic of topics) {
    if (topic.origin === 'user' && findContradictions(topic).length) continue;
    const random = seededRandom(hash32(topic.id) ^ seed);
    const reject = (prompt: string, problem: string) => options.onRejected?.(topic, prompt, problem);
    const drafts: QuestionDraft[] = [
      ...handQuestions(topic),
      ...(topic.origin === 'bundled' ? scenarioQuestions(topic, byId, random) : []),
      ...limitQuestions(topic, random),
      // The bundled notes ask through hand-written items (multiple response where a list teaches); the
      // user's own notes, which have no quiz of their own, still get cloze and true/false from their text.
      ...(topic.origin === 'user' ? [...clozeQuestions(topic, random, reject), ...trueFalseQuestions(topic), ...supportedTrueFalse(topic)] : []),
    ];
    // The right answers (and stems) asked so far in this topic: a generated question must teach something new.
    const asked: Array<{ answer: string; prompt: string }> = [];
    for (const draft of drafts) {
      const fact = draft.fact ?? factOf(topic, draft.answer, draft.prompt);
      const question = finishQuestion(topic, { ...draft, fact }, seed);
      const problem = questionProblem(question);
      if (problem) {
        reject(draft.prompt, problem);
        continue;
      }
      const stem = `${draft.prompt}\n${draft.snippet ?? ''}`.toLowerCase();
      if (seenIds.has(question.id) || seenStems.has(stem)) continue;
      // Hand-written questions are the author's choice; generated ones never repeat a fact already asked.
      if (!isWrittenKind(draft.kind) && seenFacts.has(fact)) {
        reject(draft.prompt, `repeats ${fact}`);
        continue;
      }
      if ((draft.kind === 'limit' || draft.kind === 'cloze' || draft.kind === 'true-false') && repeatsEarlierAnswer(draft.about ?? draft.answer, asked)) {
        reject(draft.prompt, 'an earlier question’s answer already says it');
        continue;
      }
      if (draft.kind !== 'true-false') asked.push({ answer: draft.answer, prompt: draft.prompt });
      seenFacts.add(fact);
      seenIds.add(question.id);
      seenStems.add(stem);
      questions.push(question);
    }
  }
  return questions;
}
