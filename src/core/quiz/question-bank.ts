/**
 * The question bank: every question the notes can answer. Hand-written questions, numbers from the
 * limits table, cloze questions from bold key facts and true/false from "Not supported:" lists; each
 * checked (distinct options, answer not in the prompt) and tied to the section that answers it.
 */
import { findContradictions } from '../kb/contradictions';
import type { Topic } from '../kb/topic';
import { handQuestions } from './from-hand';
import { limitQuestions } from './from-limits';
import { boldPool, clozeQuestions, trueFalseQuestions } from './from-note-facts';
import { finishQuestion, questionProblem, type Question } from './question';
import { hash32, seededRandom } from './random';

export interface QuestionBankOptions {
  /** Seed for distractors and option order; the same seed gives the same bank. */
  readonly seed?: number;
  /** Called for each generated question that failed its checks (tests and `--verbose`). */
  readonly onRejected?: (topic: Topic, prompt: string, problem: string) => void;
}

/**
 * Questions for the given topics, in topic order. Sections of the user's notes that contradict a
 * checked fact are left out: the quiz never drills something that is no longer true.
 */
export function buildQuestionBank(topics: readonly Topic[], options: QuestionBankOptions = {}): Question[] {
  const seed = options.seed ?? 0;
  const questions: Question[] = [];
  const seen = new Set<string>();
  const allPool = boldPool(topics);
  for (const topic of topics) {
    if (topic.origin === 'user' && findContradictions(topic).length) continue;
    const random = seededRandom(hash32(topic.id) ^ seed);
    const sameFile = boldPool(topics.filter((t) => t.uri === topic.uri && t !== topic));
    const pool = sameFile.length >= 6 ? sameFile : allPool;
    const drafts = [...handQuestions(topic), ...limitQuestions(topic, random), ...clozeQuestions(topic, pool, random), ...trueFalseQuestions(topic, random)];
    for (const draft of drafts) {
      const question = finishQuestion(topic, draft, seed);
      const problem = questionProblem(question);
      if (problem) {
        options.onRejected?.(topic, draft.prompt, problem);
        continue;
      }
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      questions.push(question);
    }
  }
  return questions;
}
