/**
 * Where the terminal quiz keeps its progress: `$XDG_STATE_HOME/serverless-notes/quiz-progress.json`, or
 * `~/.local/state/serverless-notes/quiz-progress.json` when XDG_STATE_HOME is unset (`--progress <file>`
 * overrides it, for tests and scripts). Written whole to a temporary file, then renamed.
 */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { quiz } from '../core';
import { readText, writeTextAtomically } from '../node/file-gate';

/** A progress file larger than this is not read (a year of daily answers is a few hundred KB). */
const MAX_PROGRESS_BYTES = 16 * 1024 * 1024;

export function defaultProgressPath(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : join(homedir(), '.local', 'state');
  return join(state, 'serverless-notes', 'quiz-progress.json');
}

/** Stored progress (cards under old text-hash ids moved to the stable ids), or empty progress when the file is missing or unreadable. */
export function loadProgress(path: string): quiz.QuizProgress {
  // The user's own file (a root of its own): still a regular file only, size-capped.
  const read = readText(path, { maxBytes: MAX_PROGRESS_BYTES });
  if (read.kind !== 'text') return quiz.emptyProgress();
  try {
    return quiz.migrateProgress(quiz.readProgress(JSON.parse(read.text)), quiz.legacyIdMap());
  } catch {
    return quiz.emptyProgress();
  }
}

export function saveProgress(path: string, progress: quiz.QuizProgress): void {
  writeTextAtomically(path, JSON.stringify(progress));
}
