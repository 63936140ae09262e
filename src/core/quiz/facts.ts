/**
 * What a question asks about, so one fact is asked once across kinds: a limit when the answer is a
 * limit's value in this topic, else the answer itself within the topic.
 */
import type { Topic } from '../kb/topic';
import { LIMITS, type Limit, type LimitId } from '../limits';
import { limitDisplay } from './distractors';
import { parseQuantity, sameQuantity, type Quantity } from './quantity';

/** The limit of this topic that the answer states (when exactly one has that value). */
export function limitOfAnswer(topic: Topic, answer: string): LimitId | undefined {
  const own = limitsByTopic().get(topic.id);
  if (!own) return undefined;
  const q = parseQuantity(answer);
  if (!q) return undefined;
  const matches = own.filter((l) => sameQuantity(l.quantity, q));
  return matches.length === 1 ? matches[0].id : undefined;
}

let byTopic: Map<string, Array<{ id: LimitId; quantity: Quantity }>> | undefined;

function limitsByTopic(): Map<string, Array<{ id: LimitId; quantity: Quantity }>> {
  if (byTopic) return byTopic;
  byTopic = new Map();
  for (const [id, l] of Object.entries(LIMITS) as Array<[LimitId, Limit]>) {
    const list = byTopic.get(l.topic) ?? [];
    list.push({ id, quantity: limitDisplay(l).quantity });
    byTopic.set(l.topic, list);
  }
  return byTopic;
}

export function factOf(topic: Topic, answer: string): string {
  const limitId = limitOfAnswer(topic, answer);
  if (limitId) return `limit:${limitId}`;
  const q = parseQuantity(answer);
  if (q) return `value:${topic.id}:${q.dimension}:${q.base}`;
  return `text:${topic.id}:${answer.toLowerCase().replace(/[`*]/g, '').trim()}`;
}
