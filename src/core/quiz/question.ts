/** A quiz question: always taken from one note, with the note's explanation and a way back to it. */
import { sourceUrlOf, type Topic } from '../kb/topic';
import { containsTerm } from './distractors';
import { parseQuantity, sameQuantity, statesQuantity } from './quantity';
import { hash32, seededRandom, shuffled } from './random';

/**
 * Where a question comes from: written in a note (`hand`; `multiple-response` when several options are
 * right; `tradeoff` for an exam-style scenario with four complete solutions), a limit, a rule's scenario.
 * `cloze` and `true-false` are no longer generated (kept so old progress and tests still type-check).
 */
export type QuestionKind = 'hand' | 'multiple-response' | 'tradeoff' | 'limit' | 'scenario' | 'cloze' | 'true-false';

export interface Question {
  /**
   * Stable through rewording: `<topic>#<author id>` for hand-written items, `<topic>#limit-<limit>` or
   * `<topic>#rule-<rule>-<case>` for generated ones. Progress and Anki GUIDs are stored under it.
   */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly topicId: string;
  readonly topicTitle: string;
  /** The note that answers it: file URI or path, 0-based heading line, and the line of the explaining sentence. */
  readonly source: { readonly uri: string; readonly line: number; readonly origin: Topic['origin']; readonly whyLine?: number; readonly url?: string };
  readonly prompt: string;
  /** A template excerpt the question is about (scenario questions), shown as code under the prompt. */
  readonly snippet?: string;
  /** The snippet's language for highlighting (`yaml` for templates and serverless.yml). */
  readonly snippetLanguage?: string;
  /** The rule whose finding this question teaches (scenario questions): the learn loop picks them by rule. */
  readonly ruleId?: string;
  /** What it asks about (`limit:<id>`, `rule:<id>:<case>`, `text:<topic>:<answer>` …): one generated question per fact. */
  readonly fact: string;
  readonly options: readonly string[];
  /** The first right option (the only one unless `kind` is `multiple-response`). */
  readonly answerIndex: number;
  /** Every right option, ascending. */
  readonly answerIndexes: readonly number[];
  /** Shown after answering: the note's own explanation. */
  readonly explanation: string;
  /** The text-hash id this item had before ids were explicit (progress stored under it migrates). */
  readonly legacyId: string;
}

/** What a generator returns before ids and option order are fixed. */
export interface QuestionDraft {
  readonly kind: QuestionKind;
  readonly prompt: string;
  /** The stable part of the id (the author's id, `limit-<id>`, `rule-<id>-<case>`); without it, a hash of the text. */
  readonly key?: string;
  /** The right answer first. */
  readonly answer: string;
  /** Further right answers (multiple response). */
  readonly moreAnswers?: readonly string[];
  readonly distractors: readonly string[];
  readonly explanation: string;
  /** 0-based line of the explaining sentence in the note. */
  readonly whyLine?: number;
  readonly snippet?: string;
  readonly snippetLanguage?: string;
  readonly ruleId?: string;
  /**
   * What the question asks about (a limit id, a value, a rule), so that one fact is asked once across kinds;
   * derived from the answer when not given.
   */
  readonly fact?: string;
  /** What a true/false statement is about ("container images"): it is not asked when an earlier answer says it. */
  readonly about?: string;
  /** Keep options in this order (True/False). */
  readonly fixedOrder?: readonly string[];
}

/** The id questions had before ids were explicit: a hash of kind, topic and prompt (progress migrates from it). */
export function legacyQuestionId(kind: string, topicId: string, prompt: string): string {
  return `${topicId}#${kind}-${hash32(`${kind}|${topicId}|${prompt}`).toString(36)}`;
}

/** Kinds an author writes in a note's quiz section. */
export const isWrittenKind = (kind: QuestionKind): boolean => kind === 'hand' || kind === 'multiple-response' || kind === 'tradeoff';

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** A multiple-response stem says how many to choose, as AWS exams do ("(Choose two.)"). */
function withChooseCount(prompt: string, keys: number): string {
  return /\(choose \w+\.?\)/i.test(prompt) ? prompt : `${prompt} (Choose ${COUNT_WORDS[keys] ?? keys}.)`;
}

/**
 * Turns a draft into a question: stable id, options shuffled by a seed derived from the id (so the key's
 * position is uniform over the bank and the same for everyone).
 */
export function finishQuestion(topic: Topic, draft: QuestionDraft & { fact: string }, seed = 0): Question {
  const id = draft.key ? `${topic.id}#${draft.key}` : legacyQuestionId(draft.kind, topic.id, draft.prompt);
  const answers = [draft.answer, ...(draft.moreAnswers ?? [])];
  const options = draft.fixedOrder ? [...draft.fixedOrder] : shuffled([...answers, ...draft.distractors], seededRandom(hash32(id) ^ seed));
  const answerIndexes = answers.map((a) => options.indexOf(a)).sort((a, b) => a - b);
  const prompt = answers.length > 1 ? withChooseCount(draft.prompt, answers.length) : draft.prompt;
  return {
    id,
    kind: draft.kind,
    topicId: topic.id,
    topicTitle: topic.title,
    source: { uri: topic.uri, line: topic.line, origin: topic.origin, ...(draft.whyLine !== undefined ? { whyLine: draft.whyLine } : {}), ...(sourceUrlOf(topic) ? { url: sourceUrlOf(topic) } : {}) },
    prompt,
    ...(draft.snippet ? { snippet: draft.snippet, snippetLanguage: draft.snippetLanguage ?? 'yaml' } : {}),
    ...(draft.ruleId ? { ruleId: draft.ruleId } : {}),
    fact: draft.fact,
    options,
    answerIndex: options.indexOf(draft.answer),
    answerIndexes,
    explanation: draft.explanation,
    legacyId: legacyQuestionId(isWrittenKind(draft.kind) ? 'hand' : draft.kind, topic.id, draft.prompt),
  };
}

const normalize = (s: string) => s.toLowerCase().replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

/** The type of an option: a quantity's dimension, True/False, or text. Options of one question share it. */
export function optionType(option: string): string {
  if (option === 'True' || option === 'False') return 'boolean';
  const q = parseQuantity(option);
  return q ? `quantity:${q.dimension}` : 'text';
}

/**
 * Why a question is not fit to ask, or undefined when it is: 2–5 distinct options, one right answer, all of
 * the answer's type, none saying the answer in other words (10 GB next to 10,240 MB), and a stem that does
 * not contain the answer, in any unit.
 */
export function questionProblem(q: Pick<Question, 'prompt' | 'options' | 'answerIndex' | 'kind'> & { snippet?: string; answerIndexes?: readonly number[] }): string | undefined {
  if (q.options.length < 2 || q.options.length > 6) return `${q.options.length} options`;
  if (q.answerIndex < 0 || q.answerIndex >= q.options.length) return 'no right answer';
  const keys = q.answerIndexes ?? [q.answerIndex];
  if (keys.some((k) => k < 0 || k >= q.options.length)) return 'a right answer is not among the options';
  if ((q.kind === 'multiple-response') !== keys.length > 1) return keys.length > 1 ? 'several right answers in a single-answer item' : 'a multiple-response item with one right answer';
  if (q.kind === 'multiple-response' && q.options.length < 5) return 'a multiple-response item needs five options';
  const seen = new Set(q.options.map(normalize));
  if (seen.size !== q.options.length || seen.has('')) return 'options are not distinct';
  if (q.kind === 'true-false') return undefined;
  const answerText = q.options[q.answerIndex];
  const type = optionType(answerText);
  if (type.startsWith('quantity') && q.options.some((o) => optionType(o) !== type)) return 'options of mixed types';
  const quantity = parseQuantity(answerText);
  if (quantity) {
    const bare = (o: string) => /^[\d,.]+\s*[A-Za-z]*$/.test(o.replace(/`/g, '').trim());
    if (bare(answerText) && q.options.some((o, i) => i !== q.answerIndex && bare(o) && sameQuantity(parseQuantity(o)!, quantity))) return 'two options say the same quantity';
    if (quantity.dimension !== 'count' && statesQuantity(q.prompt, quantity)) return 'the prompt gives the answer away';
  }
  const answer = normalize(answerText);
  if (containsTerm(normalize(q.prompt), answer)) return 'the prompt gives the answer away';
  return undefined;
}
