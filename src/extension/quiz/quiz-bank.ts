/** The question bank over the current notes, built once and again only after the notes changed. */
import * as vscode from 'vscode';
import { quiz } from '../../core';
import type { UserNotesIndex } from '../notes/user-notes-index';

export class QuizBank implements vscode.Disposable {
  private cached: Promise<quiz.Question[]> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the notes changed (the next `get()` builds a new bank). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly notes: UserNotesIndex) {
    this.subscription = notes.onDidChange(() => {
      this.cached = undefined;
      this.changed.fire();
    });
  }

  get(): Promise<quiz.Question[]> {
    const built = (this.cached ??= this.notes.current().then((index) => quiz.buildQuestionBank(index.topics)));
    // A failed build is not kept: the next call tries again.
    built.catch(() => this.cached === built && (this.cached = undefined));
    return built;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
