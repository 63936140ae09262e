/**
 * "$(mortar-board) N due" in the status bar: quiz cards due now (the learn loop's and the scheduler's).
 * Hidden when none are due or `serverlessNotes.quiz.showDueCount` is false; a click reviews them.
 */
import * as vscode from 'vscode';
import { quiz } from '../../core';
import type { QuizBank } from './quiz-bank';
import type { QuizStore } from './quiz-store';

export const SHOW_DUE_SETTING = 'serverlessNotes.quiz.showDueCount';
export const QUIZ_DUE_COMMAND = 'serverlessNotes.quizDue';
/** Cards fall due as time passes: the count is looked at again this often. */
const RECOUNT_MS = 60_000;

export interface DueStatus {
  readonly visible: boolean;
  readonly text: string;
  readonly due: number;
  /** What a click runs. */
  readonly command: string;
}

export class DueStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('serverlessNotes.quizDue', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private state: DueStatus = { visible: false, text: '', due: 0, command: QUIZ_DUE_COMMAND };
  private generation = 0;
  private updated: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<DueStatus>();
  /** Fires after the item was updated (integration tests wait on it). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly bank: QuizBank, private readonly store: QuizStore) {
    this.item.name = 'Serverless Notes: quiz cards due';
    this.item.command = QUIZ_DUE_COMMAND;
    const timer = setInterval(() => this.refresh(), RECOUNT_MS);
    this.disposables.push(
      this.item,
      this.changed,
      { dispose: () => clearInterval(timer) },
      store.onDidChange(() => this.refresh()),
      bank.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SHOW_DUE_SETTING) && this.refresh()),
    );
    this.refresh();
  }

  /** What the item shows now (integration tests read it through the extension's API). */
  get status(): DueStatus {
    return this.state;
  }

  /** Resolves once the latest refresh has been applied. */
  whenUpdated(): Promise<void> {
    return this.updated;
  }

  refresh(): Promise<void> {
    const generation = ++this.generation;
    this.updated = this.count().then(
      (due) => {
        if (generation !== this.generation) return; // a later refresh wins
        const enabled = vscode.workspace.getConfiguration().get<boolean>(SHOW_DUE_SETTING, true);
        this.state = { due, visible: enabled && due > 0, text: `$(mortar-board) ${due} due`, command: QUIZ_DUE_COMMAND };
        this.item.text = this.state.text;
        this.item.tooltip = `Serverless Notes: ${due} quiz card${due === 1 ? '' : 's'} due. Click to review ${due === 1 ? 'it' : 'them'}.`;
        if (this.state.visible) this.item.show();
        else this.item.hide();
        this.changed.fire(this.state);
      },
      () => undefined,
    );
    return this.updated;
  }

  private async count(): Promise<number> {
    const progress = this.store.get();
    // Nothing answered or marked due yet: no bank to build.
    if (!Object.keys(progress.cards).length) return 0;
    return quiz.dueCount(await this.bank.get(), progress, new Date());
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
