/**
 * The quiz in a QuickPick, keyboard first: question as placeholder, numbered options, immediate feedback
 * with the note's explanation and a button to open the note, progress in the title, a summary at the
 * end. Escape pauses; the next start with the same scope resumes.
 */
import * as vscode from 'vscode';
import { quiz } from '../../core';
import type { QuizStore } from './quiz-store';

/** Labels integration tests drive. */
export const QUIZ_TITLE = 'Serverless Notes Quiz';
export const NEXT_LABEL = '$(arrow-right) Next question';
export const FINISH_LABEL = '$(check) See the summary';
export const OPEN_NOTE_LABEL = '$(book) Open the note';
export const CLOSE_LABEL = '$(close) Close';
export const EXPORT_ANKI_LABEL = '$(export) Export the quiz to Anki…';
export const RIGHT_PREFIX = '$(pass) Right';
export const WRONG_PREFIX = '$(error) Not quite';

interface Item extends vscode.QuickPickItem {
  readonly action: 'answer' | 'next' | 'open' | 'close' | 'info' | 'export';
  readonly choice?: number;
}

export interface QuizUiDeps {
  readonly store: QuizStore;
  readonly openNote: (question: quiz.Question) => Promise<void>;
  readonly now?: () => Date;
  /** Offered on the summary: writes the bank as an Anki deck (the picker closes first). */
  readonly exportAnki?: () => void;
}

/** Runs a session until it ends or the user presses Escape (then it is stored as paused). */
export function runQuiz(session: quiz.QuizSession, deps: QuizUiDeps): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const pick = vscode.window.createQuickPick<Item>();
  const openButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('book'), tooltip: 'Open the note' };
  pick.ignoreFocusOut = true;
  let state = session;
  let phase: 'question' | 'feedback' | 'summary' = 'question';
  let lastQuestion: quiz.Question | undefined;

  const showQuestion = () => {
    const q = quiz.currentQuestion(state)!;
    phase = 'question';
    pick.title = `${QUIZ_TITLE} (${quiz.progressLabel(state)}) · ${q.topicTitle}`;
    pick.placeholder = q.prompt;
    pick.buttons = [];
    pick.items = q.options.map((option, i) => ({ label: `${i + 1}. ${option}`, action: 'answer' as const, choice: i }));
    pick.value = '';
  };

  const showFeedback = (q: quiz.Question, correct: boolean) => {
    phase = 'feedback';
    lastQuestion = q;
    pick.placeholder = correct ? 'Right. Enter for the next question.' : `The answer is: ${q.options[q.answerIndex]}`;
    pick.buttons = [openButton];
    pick.items = [
      { label: correct ? RIGHT_PREFIX : `${WRONG_PREFIX}: ${q.options[q.answerIndex]}`, detail: q.explanation, action: 'info' },
      { label: quiz.isFinished(state) ? FINISH_LABEL : NEXT_LABEL, action: 'next' },
      { label: OPEN_NOTE_LABEL, description: q.topicTitle, action: 'open' },
    ];
    pick.activeItems = [pick.items[1]];
    pick.value = '';
  };

  const showSummary = () => {
    phase = 'summary';
    const summary = quiz.summarize(state);
    pick.title = `${QUIZ_TITLE}: done`;
    pick.placeholder = summary.text;
    pick.buttons = [];
    pick.items = [
      { label: CLOSE_LABEL, detail: summary.text, action: 'close' },
      ...(deps.exportAnki ? [{ label: EXPORT_ANKI_LABEL, detail: 'Every question of the bank as a deck Anki imports (tab-separated text)', action: 'export' as const }] : []),
    ];
  };

  return new Promise<void>((resolve) => {
    pick.onDidTriggerButton(() => {
      if (lastQuestion) void deps.openNote(lastQuestion);
    });
    pick.onDidAccept(async () => {
      const [item] = pick.selectedItems.length ? pick.selectedItems : pick.activeItems;
      if (!item) return;
      if (phase === 'question' && item.action === 'answer' && item.choice !== undefined) {
        const result = quiz.answer(state, item.choice);
        state = result.session;
        pick.busy = true;
        await deps.store.set({ ...quiz.recordAnswer(deps.store.get(), result.question.id, result.correct, now()), paused: quiz.isFinished(state) ? undefined : quiz.pause(state) });
        pick.busy = false;
        showFeedback(result.question, result.correct);
      } else if (phase === 'feedback' && item.action === 'next') {
        if (quiz.isFinished(state)) showSummary();
        else showQuestion();
      } else if (phase === 'feedback' && (item.action === 'open' || item.action === 'info') && lastQuestion) {
        void deps.openNote(lastQuestion);
      } else if (phase === 'summary') {
        pick.hide();
        if (item.action === 'export') deps.exportAnki?.();
      }
    });
    pick.onDidHide(async () => {
      const progress = deps.store.get();
      await deps.store.set({ ...progress, paused: quiz.isFinished(state) ? undefined : quiz.pause(state) });
      pick.dispose();
      resolve();
    });
    if (quiz.isFinished(state)) showSummary();
    else showQuestion();
    pick.show();
  });
}
