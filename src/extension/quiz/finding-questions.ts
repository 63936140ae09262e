/**
 * Which questions teach the findings of a file (pure: no `vscode`, unit-tested). A rule's topic is the one
 * its findings cite (the rule metadata's `topic`, which the engine copies to every finding).
 */
import { quiz, RULES } from '../../core';

/** The knowledge-base topic a rule's findings cite, when the rule is known. */
export function topicOfRule(ruleId: string): string | undefined {
  return RULES.find((r) => r.meta.id === ruleId)?.meta.topic;
}

/**
 * The questions for a file's findings (rule ids in the order found): each rule's own questions
 * (`questionsForRule`: its scenarios, then its topic's), taken in turns so that every finding's first
 * question comes before any finding's second; no question twice, at most `max`.
 */
export function questionsForFindings(bank: readonly quiz.Question[], ruleIds: readonly string[], max = Infinity): quiz.Question[] {
  const lists = [...new Set(ruleIds)].map((id) => quiz.questionsForRule(bank, id, topicOfRule(id)));
  const out: quiz.Question[] = [];
  const seen = new Set<string>();
  for (let round = 0; out.length < max && lists.some((l) => round < l.length); round++) {
    for (const list of lists) {
      const q = list[round];
      if (!q || seen.has(q.id) || out.length >= max) continue;
      seen.add(q.id);
      out.push(q);
    }
  }
  return out;
}

/** A quiz of `count` questions: `first` (all of them, up to `count`), then `rest` without the ones already in. */
export function firstThenRest(first: readonly quiz.Question[], rest: readonly quiz.Question[], count: number): quiz.Question[] {
  const ids = new Set(first.map((q) => q.id));
  return [...first, ...rest.filter((q) => !ids.has(q.id))].slice(0, count);
}
