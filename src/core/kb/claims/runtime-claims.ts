/**
 * Runtime claims: a sentence that calls a Lambda runtime supported ("python3.9 is still supported", "Node 18
 * is the latest") when the lifecycle data (`data/runtime-lifecycle.ts`) says it is deprecated on `today`.
 * Only a plain statement is judged: a negation, history, a date ("until 2027") or any word about the
 * runtime's end ("deprecated", "upgrade", "blocked") means the sentence already knows, and is not judged.
 */
import { runtimeLifecycle, runtimeStatus, successorOf, blockingSentence, type RuntimeLifecycle } from '../../data/runtime-lifecycle';
import { HISTORY_CUES, RUNTIME_CURRENT_CUES, RUNTIME_END_CUES } from './cues';
import { NEGATIONS, type Word } from './words';

export interface RuntimeClaimHit {
  /** Word range [from, to) of the runtime as written. */
  readonly from: number;
  readonly to: number;
  readonly runtime: RuntimeLifecycle;
  /** What is true today, one or two sentences. */
  readonly fact: string;
}

/** Family words as `normalizeWord` folds them, and how their ids are spelled ("node" 18 -> nodejs18.x). */
const FAMILIES: Readonly<Record<string, (version: string) => string>> = {
  node: (v) => `nodejs${v.endsWith('.x') ? v : `${v}.x`}`,
  python: (v) => `python${v}`,
  ruby: (v) => `ruby${v}`,
  dotnet: (v) => `dotnet${v}`,
};

/** The deprecated runtimes a sentence calls supported, in order. */
export function runtimeClaims(words: readonly Word[], today: Date): RuntimeClaimHit[] {
  const named: Array<{ from: number; to: number; runtime: RuntimeLifecycle }> = [];
  for (let i = 0; i < words.length; i++) {
    const direct = runtimeLifecycle(words[i].norm);
    if (direct) {
      named.push({ from: i, to: i + 1, runtime: direct });
      continue;
    }
    const spell = FAMILIES[words[i].norm];
    const version = words[i + 1]?.norm;
    // "Python 3.12+" is a range of versions, not one runtime.
    if (!spell || !version || !/^\d+(?:\.\d+)?(?:\.x)?$/.test(version)) continue;
    const runtime = runtimeLifecycle(spell(version));
    if (runtime) named.push({ from: i, to: i + 2, runtime });
  }
  if (!named.length) return [];
  if (!RUNTIME_CURRENT_CUES.find(words).length || RUNTIME_END_CUES.find(words).length || HISTORY_CUES.find(words).length) return [];
  if (words.some((w) => NEGATIONS.has(w.norm)) || words.some((w) => /^\d{4}$/.test(w.norm))) return [];
  const hits: RuntimeClaimHit[] = [];
  for (const n of named) {
    if (runtimeStatus(n.runtime, today) === 'supported') continue;
    const next = successorOf(n.runtime, today);
    const fact = `${n.runtime.id} is deprecated since ${n.runtime.deprecated}.${blockingSentence(n.runtime, today)}${next ? ` Its successor is ${next.id}.` : ''}`;
    hits.push({ ...n, fact });
  }
  return hits;
}
