/**
 * Categorical claims (data in `data/category-claims.ts`) in one sentence. An item (a runtime, a feature, a
 * format) belongs to the subject named nearest before it; a negation between them ("can't use SnapStart
 * for Python", "no env vars") denies it, "only" ("only Java", "Java-only") says nothing else belongs.
 * A sentence that qualifies the claim (its `unless` words) is not judged.
 */
import { CATEGORY_CLAIMS, type CategoryClaim } from '../../data/category-claims';
import { HISTORY_CUES } from './cues';
import { CLAUSE_BREAKS, NEGATIONS, PhraseIndex, RESTRICTIONS, phraseSet, type PhraseHit, type Word } from './words';

export interface CategoryClaimHit {
  readonly claim: CategoryClaim;
  /** Word range [from, to) of the item (or subject) the claim is read at. */
  readonly from: number;
  readonly to: number;
  /** The items the sentence gets wrong, for the message ("Python"). */
  readonly items: readonly string[];
}

interface Compiled {
  readonly claim: CategoryClaim;
  readonly items: PhraseIndex<{ item: string; member: boolean }>;
  readonly context?: PhraseIndex<true>;
  readonly unless?: PhraseIndex<true>;
  readonly yes?: PhraseIndex<true>;
  readonly no?: PhraseIndex<true>;
  readonly needs?: PhraseIndex<true>;
}

/** Every claim's subject phrases, so an item can find the subject it belongs to. */
const SUBJECTS = new PhraseIndex<Set<CategoryClaim>>();
const subjectSets = new Map<string, Set<CategoryClaim>>();
const COMPILED: Compiled[] = CATEGORY_CLAIMS.map((claim) => {
  for (const s of claim.subject) {
    const key = s.toLowerCase();
    let set = subjectSets.get(key);
    if (!set) {
      set = new Set();
      subjectSets.set(key, set);
      SUBJECTS.add(s, set);
    }
    set.add(claim);
  }
  const items = new PhraseIndex<{ item: string; member: boolean }>();
  for (const [item, phrases] of Object.entries(claim.members ?? {})) for (const p of phrases) items.add(p, { item, member: true });
  for (const [item, phrases] of Object.entries(claim.others ?? {})) for (const p of phrases) items.add(p, { item, member: false });
  return {
    claim,
    items,
    context: claim.context && phraseSet(claim.context),
    unless: claim.unless && phraseSet(claim.unless),
    yes: claim.relation && phraseSet(claim.relation.yes),
    no: claim.relation && phraseSet(claim.relation.no),
    needs: claim.needs && phraseSet(claim.needs),
  };
});
/** Which claims name each item phrase: an item belongs to the nearest subject of a claim that lists it. */
const ITEM_CLAIMS = new Map<string, Set<CategoryClaim>>();
for (const c of COMPILED) for (const phrases of [...Object.values(c.claim.members ?? {}), ...Object.values(c.claim.others ?? {}), c.claim.needs ?? []]) for (const p of phrases) {
  const key = p.toLowerCase();
  ITEM_CLAIMS.set(key, (ITEM_CLAIMS.get(key) ?? new Set()).add(c.claim));
}
/** Subjects named by a headings array (the same array for every sentence of a section). */
const HEADING_SUBJECTS = new WeakMap<readonly Word[], ReturnType<typeof SUBJECTS.find>>();
const LOCAL_NEGATIONS = new Set(['no', 'without', 'none', 'lack', 'lacks']);
const CONTRAST = new Set(['unlike', 'except', 'besides', 'than', 'not']);
const REQUIRE_CUES = phraseSet(['require', 'required', 'requires', 'need', 'needs', 'needed', 'must', 'only work', 'only works', 'have to', 'has to', 'depend', 'depends', 'rely', 'relies', 'mandatory', 'prerequisite', 'enable', 'enabled', 'based on', 'built on', 'uses', 'use']);

/** A subject mention: where, and which claims it names. Heading mentions sit before the sentence (-1). */
interface Mention {
  readonly from: number;
  readonly to: number;
  readonly claims: ReadonlySet<CategoryClaim>;
}

export function categoryClaims(words: readonly Word[], headingWords: readonly Word[]): CategoryClaimHit[] {
  if (HISTORY_CUES.find(words).length) return [];
  // "Unlike CloudFront Functions, they can …": a contrasted subject is not what the clause is about.
  let mentions: Mention[] = SUBJECTS.find(words)
    .filter((h) => !CONTRAST.has(words[h.from - 1]?.norm ?? ''))
    .map((h) => ({ from: h.from, to: h.to, claims: h.value }));
  // The headings name the subject of every sentence under them, farther away than any in the sentence.
  let inHeadings = HEADING_SUBJECTS.get(headingWords);
  if (!inHeadings) HEADING_SUBJECTS.set(headingWords, (inHeadings = SUBJECTS.find(headingWords)));
  if (inHeadings.length) mentions = [{ from: -1, to: 0, claims: new Set(inHeadings.flatMap((h) => [...h.value])) }, ...mentions];
  if (!mentions.length) return [];
  const named = new Set(mentions.flatMap((m) => [...m.claims]));
  const hits: CategoryClaimHit[] = [];
  for (const c of COMPILED) {
    if (!named.has(c.claim)) continue;
    if (c.context && !c.context.find(words).length && !c.context.find(headingWords).length) continue;
    if (c.unless?.find(words).length) continue;
    // A heading that qualifies the claim ("CloudFront Functions vs Lambda@Edge") names no subject for it: the sentence must.
    const own = c.unless && inHeadings.length && c.unless.find(headingWords).length ? mentions.filter((m) => m.from >= 0) : mentions;
    if (!own.some((m) => m.claims.has(c.claim))) continue;
    const hit = c.claim.kind === 'requires' ? requiresHit(c, words, own) : setHit(c, words, own);
    if (hit) hits.push(hit);
  }
  return hits;
}

function setHit(c: Compiled, words: readonly Word[], mentions: readonly Mention[]): CategoryClaimHit | undefined {
  const all = c.items.find(words);
  const mine = (h: PhraseHit) => owner(mentionsFor(mentions, h, c.claim), h.from)?.claims.has(c.claim) ?? false;
  const items = all.filter((h) => mine(h) && (!c.claim.listedOnly?.includes(h.value.item) || all.some((o) => o !== h && Math.abs(o.from - h.from) <= 4 && o.value.item !== h.value.item)));
  const yesHits = c.yes ? c.yes.find(words) : [];
  // "no extra charge": the "charge" inside a yes phrase is not a no.
  const noHits = c.no ? c.no.find(words).filter((n) => !yesHits.some((y) => n.from < y.to && y.from < n.to)) : [];
  const relationHits = [...yesHits.map((h) => ({ ...h, yes: true })), ...noHits.map((h) => ({ ...h, yes: false }))];
  const inRelation = (i: number) => relationHits.some((h) => i >= h.from && i < h.to);
  let at: PhraseHit | undefined;
  const judge = (item: string, member: boolean, from: number, to: number, phrase: string) => {
    const mention = owner(mentionsFor(mentions, { phrase, from, to }, c.claim), from);
    // A negation may come before the subject ("can't use SnapStart for Python"), within its clause.
    const start = mention && mention.from >= 0 && mention.from < from ? clauseStart(words, Math.max(0, mention.from - 4), from) : clauseStart(words, 0, from);
    const negated = negatedBetween(words, start, from, inRelation);
    let says: boolean;
    if (c.yes) {
      // The relation word decides ("free", "costs"); the nearest one in the item's clause.
      const end = clauseEnd(words, to);
      const near = relationHits.filter((h) => h.from >= start && h.from < end).sort((a, b) => Math.abs(a.from - from) - Math.abs(b.from - from))[0];
      if (!near) return;
      says = near.yes !== (negatedBetween(words, start, near.from, inRelation) || negated);
    } else says = !negated;
    (says === member ? right : wrong).add(item);
    if (says !== member) at ??= { phrase: item, from, to };
  };
  const right = new Set<string>();
  const wrong = new Set<string>();
  for (const h of items) judge(h.value.item, h.value.member, h.from, h.to, h.phrase);
  if (!items.length && c.claim.defaultItem && relationHits.length) {
    const member = Object.keys(c.claim.members ?? {}).includes(c.claim.defaultItem);
    const first = relationHits.sort((a, b) => a.from - b.from)[0];
    judge(c.claim.defaultItem, member, first.from, first.to, '');
  }
  // "Only Java" / "Java-only": every member left out is claimed not to belong.
  // An item both affirmed and denied ("DynamoDB JSON (not plain JSON)") is explained, not claimed.
  const wrongItems = [...wrong].filter((i) => !right.has(i));
  if (c.claim.closed && !c.yes && items.length && isRestricted(words, mentions, items, c.claim)) {
    const listed = new Set(items.map((h) => h.value.item));
    const missing = Object.keys(c.claim.members ?? {}).filter((m) => !listed.has(m));
    if (missing.length && items.some((h) => h.value.member)) {
      wrongItems.push(...missing.map((m) => `${m} (left out)`));
      at ??= { phrase: items[0].value.item, from: items[0].from, to: items[0].to };
    }
  }
  return wrongItems.length && at ? { claim: c.claim, from: at.from, to: at.to, items: wrongItems } : undefined;
}

function requiresHit(c: Compiled, words: readonly Word[], mentions: readonly Mention[]): CategoryClaimHit | undefined {
  const needs = c.needs!.find(words).filter((h) => owner(mentionsFor(mentions, h, c.claim), h.from)?.claims.has(c.claim));
  const cue = REQUIRE_CUES.find(words)[0];
  if (!needs.length || !cue) return undefined;
  const negated = negatedBetween(words, 0, needs[0].from, () => false);
  const outdated = c.claim.truth === 'depends' || (c.claim.truth === 'never' ? !negated : negated);
  return outdated ? { claim: c.claim, from: needs[0].from, to: needs[0].to, items: [] } : undefined;
}

/** The mentions an item may belong to: subjects of the claims that list the item (all of them for a default item). */
function mentionsFor(mentions: readonly Mention[], item: PhraseHit, claim: CategoryClaim): Mention[] {
  const claims = ITEM_CLAIMS.get(item.phrase) ?? new Set([claim]);
  return mentions.filter((m) => m.from < 0 || [...m.claims].some((c) => claims.has(c)));
}

/** The subject mention an item at `from` belongs to: the nearest before it, else the nearest after. */
function owner(mentions: readonly Mention[], from: number): Mention | undefined {
  let before: Mention | undefined;
  for (const m of mentions) if (m.from <= from && (!before || m.from > before.from)) before = m;
  if (before) return before;
  return mentions.reduce<Mention | undefined>((best, m) => (!best || m.from < best.from ? m : best), undefined);
}

function clauseStart(words: readonly Word[], from: number, item: number): number {
  let i = Math.min(from, item);
  while (i > 0 && !CLAUSE_BREAKS.has(words[i - 1].norm) && item - i < 12) i--;
  return Math.max(i, Math.min(from, item));
}

function clauseEnd(words: readonly Word[], to: number): number {
  let i = to;
  while (i < words.length && !CLAUSE_BREAKS.has(words[i].norm) && i - to < 12) i++;
  return i;
}

/** A negation word in [from, to) that is not part of a relation phrase ("no extra cost"), or right before `to`. */
function negatedBetween(words: readonly Word[], from: number, to: number, inRelation: (i: number) => boolean): boolean {
  for (let i = Math.max(0, Math.min(from, to - 3)); i < to; i++) if (NEGATIONS.has(words[i].norm) && !inRelation(i) && !CLAUSE_BREAKS.has(words[i].norm)) {
    // "no"/"without" deny the noun they stand before ("no VPC"), not what comes later ("no extra charge for Java").
    if (LOCAL_NEGATIONS.has(words[i].norm) && to - i > 2) continue;
    if ((words[i].depth ?? 0) !== (words[to]?.depth ?? words[to - 1]?.depth ?? 0)) continue;
    // A break between the negation and the item ends its reach.
    if (words.slice(i + 1, to).some((w) => CLAUSE_BREAKS.has(w.norm))) continue;
    return true;
  }
  return false;
}

function isRestricted(words: readonly Word[], mentions: readonly Mention[], items: ReadonlyArray<PhraseHit>, claim: CategoryClaim): boolean {
  for (const h of items) {
    if (RESTRICTIONS.has(words[h.to]?.norm ?? '')) return true;
    const mention = owner(mentionsFor(mentions, h, claim), h.from);
    const start = mention && mention.from >= 0 && mention.from < h.from ? mention.from : Math.max(0, h.from - 4);
    for (let i = start; i < h.from; i++) if (RESTRICTIONS.has(words[i].norm)) return true;
  }
  return false;
}
