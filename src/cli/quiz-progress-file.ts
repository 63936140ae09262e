/**
 * Where the terminal quiz keeps its progress: `$XDG_STATE_HOME/serverless-notes/quiz-progress.json`, or
 * `~/.local/state/serverless-notes/quiz-progress.json` when XDG_STATE_HOME is unset (`--progress <file>`
 * overrides it, for tests and scripts). Written whole to a temporary file, then renamed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { quiz } from '../core';

export function defaultProgressPath(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : join(homedir(), '.local', 'state');
  return join(state, 'serverless-notes', 'quiz-progress.json');
}

/** Stored progress (cards under old text-hash ids moved to the stable ids), or empty progress when the file is missing or unreadable. */
export function loadProgress(path: string): quiz.QuizProgress {
  try {
    return quiz.migrateProgress(quiz.readProgress(JSON.parse(readFileSync(path, 'utf8'))), quiz.legacyIdMap());
  } catch {
    return quiz.emptyProgress();
  }
}

export function saveProgress(path: string, progress: quiz.QuizProgress): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(progress));
  renameSync(tmp, path);
}
