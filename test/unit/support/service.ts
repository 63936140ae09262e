/** Test helpers: a language service over the bundled notes, and fixture readers. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type LanguageServiceOptions } from '../../../src/core';
import type { NoteSource } from '../../../src/core/kb/topic';

export const ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
/** The user's original study notes (test input only, never copied into the project). */
export const SEED = join(ROOT, '..', 'shared', 'seed', 'serverless-notes.md');
/** `skip` values for node:test: false when the shared test data is there, else why the test is skipped. */
export const NO_CORPUS: string | false = existsSync(CORPUS) ? false : 'corpus not present (../shared/corpus)';
export const NO_SEED: string | false = existsSync(SEED) ? false : 'seed notes not present (../shared/seed)';

export function bundledNotes(): NoteSource[] {
  const dir = join(ROOT, 'media', 'notes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ uri: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), origin: 'bundled' as const }));
}

/** Fixed "today" so runtime lifecycle findings don't change with the calendar. */
export const TODAY = new Date('2026-11-27T00:00:00Z');

/**
 * Unit tests judge work by the budget's steps, which are the same on every machine; the wall-time part of
 * the budget is for editors and pipelines, and a loaded CI machine must not turn it into a flaky test.
 */
export const TEST_BUDGET = { maxMillis: 120_000 } as const;

export function service(options: Partial<LanguageServiceOptions> = {}) {
  return createLanguageService({ notes: bundledNotes(), today: TODAY, budget: TEST_BUDGET, ...options });
}

export function fixture(...path: string[]): string {
  return readFileSync(join(FIXTURES, ...path), 'utf8');
}
