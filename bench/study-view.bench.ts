/**
 * The study view's first question after the command, as the last `npm run test:e2e` measured it in a real
 * browser (test/e2e/quiz.e2e.mts: from Enter in the command palette to the question on screen; cold = first
 * open in the window, warm = opened again). A browser run does not belong in this table's process, so the
 * e2e run writes test-results/e2e/study-view-timing.json and this reads it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(__dirname, '..', 'test-results', 'e2e', 'study-view-timing.json');

export async function benchStudyView(): Promise<Array<{ name: string; ms: number; note?: string }>> {
  if (!existsSync(FILE)) return [{ name: 'study view: first question after the command', ms: Number.NaN, note: 'run `npm run test:e2e` first (it measures in the browser)' }];
  const t = JSON.parse(readFileSync(FILE, 'utf8')) as { coldMs?: number; warmMs?: number };
  const when = statSync(FILE).mtime.toISOString().slice(0, 16).replace('T', ' ');
  return [
    { name: 'study view: first question, cold (first open in the window; e2e)', ms: t.coldMs ?? Number.NaN, note: `code-server + chromium, measured ${when} UTC` },
    { name: 'study view: first question, warm (opened again; e2e)', ms: t.warmMs ?? Number.NaN, note: 'target ≤ 300 ms' },
  ];
}
