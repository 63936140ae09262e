/**
 * Scenario questions from the rules: each rule's generator (scenarios/, keyed by rule id) describes
 * template excerpts and their outcome; the question is asked on the rule's topic, with the note's
 * explaining sentence and the scenario's own reasoning as its why.
 */
import type { Topic } from '../kb/topic';
import { RULES } from '../rules';
import { explainingSentence, finish } from './explain';
import { limitOfAnswer } from './facts';
import type { QuestionDraft } from './question';
import type { Random } from './random';
import { SCENARIOS } from './scenarios/index';

/** The scenario questions of the rules whose topic is this one. */
export function scenarioQuestions(topic: Topic, _topics: ReadonlyMap<string, Topic>, _random: Random): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  for (const rule of RULES) {
    if (rule.meta.topic !== topic.id) continue;
    for (const s of SCENARIOS[rule.meta.id]?.() ?? []) {
      const why = explainingSentence(topic, s.answer, s.find ?? s.prompt, { minScore: 2 });
      const limitId = limitOfAnswer(topic, s.answer);
      drafts.push({
        kind: 'scenario',
        key: `rule-${rule.meta.id}-${s.case}`,
        prompt: s.prompt,
        snippet: s.snippet,
        answer: s.answer,
        distractors: s.distractors,
        explanation: [why?.text ?? finish(rule.meta.description), s.because].filter(Boolean).join(' '),
        whyLine: why?.line,
        ruleId: rule.meta.id,
        fact: limitId ? `limit:${limitId}` : `rule:${rule.meta.id}:${s.case}`,
      });
    }
  }
  return drafts;
}
