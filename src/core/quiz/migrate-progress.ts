/**
 * Moves stored progress from the old text-hash question ids to the stable ids (issue 19): without it,
 * rewording an item or giving it an explicit id would orphan every learner's spaced-repetition state.
 * Pure: the extension's store and the CLI's progress file call it on load and save the result.
 */
import { LEGACY_QUESTION_IDS } from './legacy-question-ids';
import type { Question } from './question';
import type { QuizProgress, StoredCard } from './scheduler';

/** Old id -> new id: the frozen bundled map, plus each question's own legacy id (user notes given ids later). */
export function legacyIdMap(bank: readonly Pick<Question, 'id' | 'legacyId'>[] = []): ReadonlyMap<string, string> {
  const map = new Map(Object.entries(LEGACY_QUESTION_IDS));
  for (const q of bank) if (q.legacyId !== q.id && !map.has(q.legacyId)) map.set(q.legacyId, q.id);
  return map;
}

/**
 * The progress with cards (and a paused quiz's question ids) under their stable ids. A card already kept
 * under the new id wins over one migrated from an old id. Returns the same object when nothing moved, so a
 * caller can tell whether to save.
 */
export function migrateProgress(progress: QuizProgress, legacyIds: ReadonlyMap<string, string>): QuizProgress {
  const oldIds = Object.keys(progress.cards).filter((id) => legacyIds.has(id));
  const pausedMoves = progress.paused?.questionIds.some((id) => legacyIds.has(id)) ?? false;
  if (!oldIds.length && !pausedMoves) return progress;
  const cards: Record<string, StoredCard> = {};
  for (const [id, card] of Object.entries(progress.cards)) if (!legacyIds.has(id)) cards[id] = card;
  for (const id of oldIds) {
    const to = legacyIds.get(id)!;
    if (!(to in cards)) cards[to] = progress.cards[id];
  }
  const paused = progress.paused && { ...progress.paused, questionIds: progress.paused.questionIds.map((id) => legacyIds.get(id) ?? id) };
  return { ...progress, cards, ...(paused ? { paused } : {}) };
}
