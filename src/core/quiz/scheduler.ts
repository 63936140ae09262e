/**
 * Spaced repetition with FSRS (ts-fsrs): each question is a card; a right answer rates it Good, a wrong
 * one Again. Progress is plain JSON (ISO dates) so the extension can keep it in synced global state.
 */
import { createEmptyCard, fsrs, Rating, State, type Card } from 'ts-fsrs';
import type { Question } from './question';
import { shuffled, type Random } from './random';

/** A card as stored: ts-fsrs fields with dates as ISO strings. */
export interface StoredCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: number;
  readonly last_review?: string;
  /** Answers given, right and wrong (for the progress view). */
  readonly right: number;
  readonly wrong: number;
}

/** A quiz left with Escape: resumed by the next start with the same scope. */
export interface PausedSession {
  readonly scope: string;
  readonly questionIds: readonly string[];
  readonly index: number;
  readonly correct: number;
}

/** Everything remembered between quizzes. */
export interface QuizProgress {
  readonly version: 1;
  readonly cards: Readonly<Record<string, StoredCard>>;
  readonly paused?: PausedSession;
}

const scheduler = fsrs({ enable_fuzz: false });

/** No answers yet. */
export function emptyProgress(): QuizProgress {
  return { version: 1, cards: {} };
}

/** Reads stored progress, tolerating anything malformed (it starts over rather than failing). */
export function readProgress(value: unknown): QuizProgress {
  if (!value || typeof value !== 'object' || (value as QuizProgress).version !== 1 || typeof (value as QuizProgress).cards !== 'object') return emptyProgress();
  return value as QuizProgress;
}

function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    state: stored.state as State,
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  };
}

function toStored(card: Card, right: number, wrong: number): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review?.toISOString(),
    right,
    wrong,
  };
}

/** Progress after answering a question (the card is rescheduled by FSRS). */
export function recordAnswer(progress: QuizProgress, questionId: string, correct: boolean, now: Date): QuizProgress {
  const stored = progress.cards[questionId];
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const next = scheduler.next(card, now, correct ? Rating.Good : Rating.Again).card;
  const right = (stored?.right ?? 0) + (correct ? 1 : 0);
  const wrong = (stored?.wrong ?? 0) + (correct ? 0 : 1);
  return { ...progress, cards: { ...progress.cards, [questionId]: toStored(next, right, wrong) } };
}

/** Whether a question's card is due (new questions are not "due", they are new). */
export function isDue(progress: QuizProgress, questionId: string, now: Date): boolean {
  const stored = progress.cards[questionId];
  return !!stored && new Date(stored.due).getTime() <= now.getTime();
}

export interface PickOptions {
  readonly now: Date;
  readonly count: number;
  readonly random: Random;
  /** Share of the quiz kept for new questions when enough are due (default 0.3). */
  readonly newShare?: number;
}

/**
 * The questions of the next quiz: due cards first (most overdue first), new cards mixed in, then, when
 * that is not enough, the cards due soonest (reviewing ahead), so a quiz is never empty.
 */
export function pickQuestions(bank: readonly Question[], progress: QuizProgress, options: PickOptions): Question[] {
  const { now, count, random } = options;
  const due = bank
    .filter((q) => isDue(progress, q.id, now))
    .sort((a, b) => Date.parse(progress.cards[a.id].due) - Date.parse(progress.cards[b.id].due));
  const fresh = shuffled(bank.filter((q) => !progress.cards[q.id]), random);
  const newSlots = Math.min(fresh.length, Math.max(count - due.length, Math.ceil(count * (options.newShare ?? 0.3))));
  const dueSlots = Math.min(due.length, count - newSlots);
  const picked = mixIn(due.slice(0, dueSlots), fresh.slice(0, newSlots));
  if (picked.length < count) {
    const ahead = bank
      .filter((q) => progress.cards[q.id] && !isDue(progress, q.id, now))
      .sort((a, b) => Date.parse(progress.cards[a.id].due) - Date.parse(progress.cards[b.id].due));
    picked.push(...ahead.slice(0, count - picked.length));
  }
  return picked;
}

/** Due cards in order, with the new ones spread evenly between them. */
function mixIn<T>(due: readonly T[], fresh: readonly T[]): T[] {
  if (!fresh.length) return [...due];
  const out: T[] = [];
  const every = Math.max(1, Math.floor(due.length / fresh.length));
  let f = 0;
  for (let i = 0; i < due.length; i++) {
    out.push(due[i]);
    if ((i + 1) % every === 0 && f < fresh.length) out.push(fresh[f++]);
  }
  while (f < fresh.length) out.push(fresh[f++]);
  return out;
}

/** A card counts as learned once FSRS has moved it to review with an interval of a week or more. */
export function isLearned(card: StoredCard | undefined): boolean {
  return !!card && card.state === State.Review && card.scheduled_days >= 7;
}
