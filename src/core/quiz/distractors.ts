/**
 * Wrong answers of the answer's type. A quantity gets other real values of the same dimension (the
 * limit's confusers first, then other limits and confusers closest in scale), a name gets other members of
 * its category, a runtime id other runtime ids from the lifecycle data. Nothing equal to the answer in
 * another unit (10 GB next to 10,240 MB), nothing the stem already says: never two right options.
 */
import { LIMITS, type Limit, type LimitId } from '../limits';
import { CONFUSERS } from './confusers';
import { categoryOf, runtimeNeighbours } from './name-categories';
import { formatQuantity, parseQuantity, sameQuantity, statesQuantity, type Quantity } from './quantity';
import { shuffled, type Random } from './random';

/** A candidate wrong answer with the reason it is wrong (for explanations). */
export interface Distractor {
  readonly text: string;
  readonly why?: string;
}

/** A limit's value as the notes write it (4,096 bytes -> 4 KB; 29,000 ms -> 29 seconds; 300 s -> 5 minutes). */
export function limitDisplay(limit: Pick<Limit, 'value' | 'unit'>): { text: string; quantity: Quantity } {
  const { value, unit } = limit;
  let shown: [number, string];
  if (unit === 'bytes' && value % 1024 === 0) shown = [value / 1024, 'KB'];
  else if (unit === 'bytes') shown = [value, 'bytes'];
  else if (unit === 'ms' && value % 1000 === 0) shown = [value / 1000, 's'];
  else if (unit === 'ms') shown = [value, 'ms'];
  else if (unit === 'count') shown = [value, ''];
  else if (unit === 'hours') shown = [value, 'h'];
  else shown = [value, unit];
  const text = formatQuantity(shown[0], shown[1]);
  return { text, quantity: parseQuantity(text)! };
}

interface PoolEntry {
  readonly quantity: Quantity;
  readonly text: string;
  readonly why?: string;
}

let realValues: PoolEntry[] | undefined;

/** Every real value of the data: limits and confusers (built once). */
function realValuePool(): PoolEntry[] {
  if (realValues) return realValues;
  const pool: PoolEntry[] = [];
  for (const limit of Object.values(LIMITS) as Limit[]) {
    if (limit.kind === 'recommended' && limit.unit === 'months') continue;
    const shown = limitDisplay(limit);
    const text = humanTime(shown.quantity) ?? shown.text;
    pool.push({ quantity: parseQuantity(text)!, text, why: limit.title });
  }
  for (const list of Object.values(CONFUSERS)) {
    for (const c of list ?? []) {
      const text = formatQuantity(c.value, c.unit);
      const quantity = parseQuantity(text);
      const human = quantity && (humanTime(quantity) ?? text);
      if (quantity && human) pool.push({ quantity: parseQuantity(human)!, text: human, why: c.why });
    }
  }
  realValues = pool;
  return pool;
}

/** A duration in the largest unit it is a whole number of (43,200 s -> 12 hours), for pooled distractors. */
function humanTime(q: Quantity): string | undefined {
  if (q.dimension !== 'time') return undefined;
  for (const [unit, factor] of [['days', 86400], ['h', 3600], ['min', 60], ['s', 1]] as const) {
    const v = q.base / factor;
    if (v >= 1 && Number.isInteger(v)) return formatQuantity(v, unit);
  }
  return undefined;
}

/**
 * `count` wrong quantities for `answer`: the confusers of `limitId` first, then real values of the same
 * dimension nearest in scale. None equals the answer or another option, none is stated in `stem`.
 */
export function quantityDistractors(answer: Quantity, count: number, random: Random, options: { limitId?: LimitId; stem?: string; avoid?: readonly Quantity[] } = {}): Distractor[] {
  const chosen: PoolEntry[] = [];
  const taken = [answer, ...(options.avoid ?? [])];
  const fits = (e: PoolEntry) =>
    e.quantity.dimension === answer.dimension &&
    !taken.some((t) => sameQuantity(t, e.quantity)) &&
    !chosen.some((c) => sameQuantity(c.quantity, e.quantity)) &&
    !(options.stem && statesQuantity(options.stem, e.quantity)) &&
    // Negative or zero counts only as named confusers.
    e.quantity.base >= 0;
  for (const c of (options.limitId && CONFUSERS[options.limitId]) || []) {
    const text = formatQuantity(c.value, c.unit);
    const quantity = parseQuantity(text);
    if (quantity && fits({ quantity, text })) chosen.push({ quantity, text, why: c.why });
    if (chosen.length === count) break;
  }
  if (chosen.length < count) {
    const scale = (q: Quantity) => Math.abs(Math.log10(Math.max(q.base, 1e-3)) - Math.log10(Math.max(answer.base, 1e-3)));
    const near = realValuePool()
      .filter((e) => e.quantity.dimension === answer.dimension && e.quantity.base > 0)
      // Same unit as the answer first (days next to days), then nearest in scale.
      .sort((a, b) => Number(b.quantity.unit === answer.unit) - Number(a.quantity.unit === answer.unit) || scale(a.quantity) - scale(b.quantity) || a.quantity.base - b.quantity.base);
    // The nearest few, shuffled, so the same values don't always come in the same order.
    const candidates: PoolEntry[] = [];
    for (const e of near) {
      if (!fits(e) || candidates.some((c) => sameQuantity(c.quantity, e.quantity))) continue;
      candidates.push(e);
      if (candidates.length >= count - chosen.length + 1) break;
    }
    for (const e of shuffled(candidates, random)) {
      if (chosen.length === count) break;
      if (fits(e)) chosen.push(e);
    }
  }
  return chosen.map((c) => ({ text: c.text, why: c.why }));
}

/**
 * Wrong names for a text answer: members of its category (runtimes from the lifecycle data), none the stem
 * mentions; undefined when the answer belongs to no category (then it gets no generated question).
 */
export function nameDistractors(answer: string, stem: string, count: number, random: Random): Distractor[] | undefined {
  const category = categoryOf(answer);
  if (!category) return undefined;
  const a = answer.toLowerCase().replace(/`/g, '');
  const s = stem.toLowerCase().replace(/`/g, '');
  const candidates = category.id === 'runtime' ? runtimeNeighbours(a).slice(0, 6) : category.members;
  const picked = shuffled(
    candidates.filter((m) => {
      const n = m.toLowerCase();
      return n !== a && !n.includes(a) && !a.includes(n) && !containsTerm(s, n);
    }),
    random,
  ).slice(0, count);
  const code = answer.startsWith('`');
  return picked.map((text) => ({ text: code && !text.startsWith('`') ? `\`${text}\`` : text }));
}

/** Whether `text` contains `term` as a whole term (not inside a longer word). */
export function containsTerm(text: string, term: string): boolean {
  if (!term) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + term.length];
    if ((!before || !/[a-z0-9_]/i.test(before)) && (!after || !/[a-z0-9_]/i.test(after))) return true;
    from = at + 1;
  }
}
