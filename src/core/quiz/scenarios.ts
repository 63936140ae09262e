/** Scenario questions from the rules (see scenarios/): placeholder until the generators land. */
import type { Topic } from '../kb/topic';
import type { QuestionDraft } from './question';
import type { Random } from './random';

export function scenarioQuestions(_topic: Topic, _topics: ReadonlyMap<string, Topic>, _random: Random): QuestionDraft[] {
  return [];
}
