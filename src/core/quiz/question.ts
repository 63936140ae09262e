/** A quiz question: always taken from one note, with the note's explanation and a way back to it. */
import type { Topic } from '../kb/topic';
import { hash32, seededRandom, shuffled } from './random';

/** Where a question comes from. */
export type QuestionKind = 'hand' | 'limit' | 'cloze' | 'true-false';

export interface Question {
  /** Stable across runs (kind, topic and prompt): progress is stored under it. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly topicId: string;
  readonly topicTitle: string;
  /** The note that answers it: file URI or path and 0-based heading line. */
  readonly source: { readonly uri: string; readonly line: number; readonly origin: Topic['origin'] };
  readonly prompt: string;
  readonly options: readonly string[];
  readonly answerIndex: number;
  /** Shown after answering: the note's own explanation. */
  readonly explanation: string;
}

/** What a generator returns before ids and option order are fixed. */
export interface QuestionDraft {
  readonly kind: QuestionKind;
  readonly prompt: string;
  /** The right answer first. */
  readonly answer: string;
  readonly distractors: readonly string[];
  readonly explanation: string;
  /** Keep options in this order (True/False). */
  readonly fixedOrder?: readonly string[];
}

/** Turns a draft into a question: stable id, options shuffled by a seed derived from the id. */
export function finishQuestion(topic: Topic, draft: QuestionDraft, seed = 0): Question {
  const id = `${topic.id}#${draft.kind}-${hash32(`${draft.kind}|${topic.id}|${draft.prompt}`).toString(36)}`;
  const options = draft.fixedOrder ? [...draft.fixedOrder] : shuffled([draft.answer, ...draft.distractors], seededRandom(hash32(id) ^ seed));
  return {
    id,
    kind: draft.kind,
    topicId: topic.id,
    topicTitle: topic.title,
    source: { uri: topic.uri, line: topic.line, origin: topic.origin },
    prompt: draft.prompt,
    options,
    answerIndex: options.indexOf(draft.answer),
    explanation: draft.explanation,
  };
}

const normalize = (s: string) => s.toLowerCase().replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Why a question is not fit to ask, or undefined when it is: 2–5 distinct options, one right answer,
 * and a prompt that does not contain the answer.
 */
export function questionProblem(q: Pick<Question, 'prompt' | 'options' | 'answerIndex' | 'kind'>): string | undefined {
  if (q.options.length < 2 || q.options.length > 5) return `${q.options.length} options`;
  if (q.answerIndex < 0 || q.answerIndex >= q.options.length) return 'no right answer';
  const seen = new Set(q.options.map(normalize));
  if (seen.size !== q.options.length || seen.has('')) return 'options are not distinct';
  if (q.kind === 'true-false') return undefined;
  const answer = normalize(q.options[q.answerIndex]);
  if (containsWord(normalize(q.prompt), answer)) return 'the prompt gives the answer away';
  return undefined;
}

function containsWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((!before || !/[a-z0-9]/.test(before)) && (!after || !/[a-z0-9]/.test(after))) return true;
    from = at + 1;
  }
}
