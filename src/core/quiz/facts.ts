/**
 * What a question asks about, so one fact is asked once across kinds: a limit when the answer is a
 * limit's value in this topic, else the answer itself within the topic.
 */
import type { Topic } from '../kb/topic';
import { LIMITS, type Limit, type LimitId } from '../limits';
import { containsTerm, limitDisplay } from './distractors';
import { significantWords } from './explain';
import { parseQuantity, sameQuantity, statesQuantity, type Quantity } from './quantity';

/**
 * The limit of this topic that the answer states: the one with that value, or, when several share it
 * (10,240 MB of memory and of /tmp), the one whose title shares most words with the question.
 */
export function limitOfAnswer(topic: Topic, answer: string, prompt?: string): LimitId | undefined {
  const own = limitsByTopic().get(topic.id);
  if (!own) return undefined;
  const q = parseQuantity(answer);
  if (!q) return undefined;
  const matches = own.filter((l) => sameQuantity(l.quantity, q));
  if (matches.length === 1) return matches[0].id;
  if (!prompt || matches.length === 0) return undefined;
  const words = significantWords(prompt);
  const overlap = (id: LimitId) => [...significantWords(LIMITS[id].title)].filter((w) => words.has(w)).length;
  const ranked = matches.map((m) => ({ id: m.id, score: overlap(m.id) })).sort((a, b) => b.score - a.score);
  return ranked[0].score > 0 && ranked[0].score > (ranked[1]?.score ?? 0) ? ranked[0].id : undefined;
}

/**
 * Whether an earlier question of the topic already teaches this answer: a quantity that an earlier right
 * answer (or stem) states in any unit ("at most 10,240 MB" before "What is the most memory …?"), or a
 * term an earlier right answer contains ("A route to a NAT gateway" before a cloze whose blank is "NAT
 * gateway"). Generated questions that would only repeat it are left out.
 */
export function repeatsEarlierAnswer(answer: string, earlier: ReadonlyArray<{ readonly answer: string; readonly prompt: string }>): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[`*]/g, '').trim();
  const q = parseQuantity(answer);
  if (q && /^[\d,.]+\s*[A-Za-z]*$/.test(plain(answer))) {
    // Written the same way ("10,240"): 10 GB of container image is another fact than 10,240 MB of memory.
    const digits = /^[\d,.]+/.exec(plain(answer))![0];
    const says = (text: string) => statesQuantity(text, q) && containsTerm(plain(text), digits);
    return earlier.some((e) => says(e.answer) || (q.dimension !== 'count' && says(e.prompt)));
  }
  const term = plain(answer);
  if (term.length < 3) return false;
  return earlier.some((e) => containsTerm(plain(e.answer), term));
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

export function factOf(topic: Topic, answer: string, prompt?: string): string {
  const limitId = limitOfAnswer(topic, answer, prompt);
  if (limitId) return `limit:${limitId}`;
  const q = parseQuantity(answer);
  if (q) return `value:${topic.id}:${q.dimension}:${q.base}`;
  return `text:${topic.id}:${answer.toLowerCase().replace(/[`*]/g, '').trim()}`;
}
