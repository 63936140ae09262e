/**
 * Runtime claims: a sentence that calls a Lambda runtime supported ("python3.9 is still supported", "Node 18
 * is the latest") when the lifecycle data (`data/runtime-lifecycle.ts`) says it is deprecated on `today`.
 * A runtime recommended for new work ("for Go I still pick go1.x") is judged the same way, and "supported
 * until YEAR" against the year of its deprecation date ("dotnet8 is supported until 2028": deprecated
 * 2026-11-10). A negation, history or any word about the runtime's end ("deprecated", "upgrade",
 * "blocked") means the sentence already knows, and is not judged; "I use" is the writer's setup.
 */
import { runtimeLifecycle, runtimeStatus, successorOf, blockingSentence, type RuntimeLifecycle } from '../../data/runtime-lifecycle';
import { HISTORY_CUES, RUNTIME_CURRENT_CUES, RUNTIME_END_CUES, RUNTIME_PERSONAL_CUES, RUNTIME_RECOMMEND_CUES } from './cues';
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
  const recommends = RUNTIME_RECOMMEND_CUES.find(words).length > 0;
  const untilYear = supportedUntil(words);
  if (!recommends && !untilYear && !RUNTIME_CURRENT_CUES.find(words).length) return [];
  if (RUNTIME_END_CUES.find(words).length || HISTORY_CUES.find(words).length || words.some((w) => NEGATIONS.has(w.norm))) return [];
  // "until" or a year without "supported until YEAR" speaks of an end the checker can't read; "I use" is a setup.
  if (!untilYear && words.some((w) => w.norm === 'until' || /^\d{4}$/.test(w.norm))) return [];
  if (!recommends && RUNTIME_PERSONAL_CUES.find(words).length) return [];
  const hits: RuntimeClaimHit[] = [];
  for (const n of named) {
    const status = runtimeStatus(n.runtime, today);
    if (untilYear !== undefined) {
      // "dotnet8 is supported until 2028": the year must be the one of its (past or planned) deprecation.
      const year = n.runtime.deprecated ? Number(n.runtime.deprecated.slice(0, 4)) : undefined;
      if (year === undefined || year === untilYear) continue;
      const when = status === 'supported' ? `is scheduled for deprecation on ${n.runtime.deprecated}` : `is deprecated since ${n.runtime.deprecated}`;
      hits.push({ ...n, fact: `${n.runtime.id} ${when}, not ${untilYear}.${status === 'supported' ? '' : blockingSentence(n.runtime, today)}` });
      continue;
    }
    if (status === 'supported') continue;
    const next = successorOf(n.runtime, today);
    const fact = `${n.runtime.id} is deprecated since ${n.runtime.deprecated}.${blockingSentence(n.runtime, today)}${next ? ` Its successor is ${next.id}.` : ''}`;
    hits.push({ ...n, fact });
  }
  return hits;
}

/** The year in "supported until 2028", "supported through 2027", "until the end of 2027". */
function supportedUntil(words: readonly Word[]): number | undefined {
  const at = words.findIndex((w) => w.norm === 'supported' || w.norm === 'support' || w.norm === 'maintained');
  if (at < 0) return undefined;
  for (let i = at + 1; i < Math.min(words.length, at + 4); i++) {
    if (!['until', 'till', 'through', 'thru', 'to'].includes(words[i].norm)) continue;
    for (let k = i + 1; k < Math.min(words.length, i + 5); k++) if (/^\d{4}$/.test(words[k].norm)) return Number(words[k].norm);
  }
  return undefined;
}
