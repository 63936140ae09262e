import * as vscode from 'vscode';
import { quiz } from '../../core';

/** Global-state key of the quiz progress (synced across machines with Settings Sync). */
export const PROGRESS_KEY = 'serverlessNotes.quizProgress';

/** Quiz progress in the extension's global state: never lost on reload, synced between machines. */
export class QuizStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after this window stored new progress (an answer, a pause, cards marked due, a reset). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    state.setKeysForSync([PROGRESS_KEY]);
  }

  get(): quiz.QuizProgress {
    // Cards stored under the old text-hash ids move to the stable ids (saved with the next answer).
    return quiz.migrateProgress(quiz.readProgress(this.state.get(PROGRESS_KEY)), quiz.legacyIdMap());
  }

  async set(progress: quiz.QuizProgress): Promise<void> {
    await this.state.update(PROGRESS_KEY, progress);
    this.changed.fire();
  }

  async reset(): Promise<void> {
    await this.state.update(PROGRESS_KEY, undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
