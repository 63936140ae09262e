/**
 * Messages between the study view's webview (src/webview/study.ts) and the extension (study-panel.ts), and
 * the state the webview keeps for a window reload. Types only: both sides import them, neither bundles code.
 */

/** What the webview shows; every HTML string in it was built by the extension from escaped text. */
export interface StudyView {
  readonly phase: 'question' | 'feedback' | 'summary' | 'empty';
  /** "All topics", "Due cards", "This file: template.yaml" … */
  readonly scopeLabel: string;
  /** 1-based number of the question shown, of `total`. */
  readonly number: number;
  readonly total: number;
  readonly correct: number;
  /** Cards due now across the bank. */
  readonly due: number;
  /** The topic filter: every topic of the bank, and the one chosen ('' = the command's own scope). */
  readonly topics: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly filter: string;
  readonly question?: StudyQuestionView;
  /** Options ticked and not yet submitted (they survive a reload). */
  readonly selected: readonly number[];
  readonly feedback?: StudyFeedbackView;
  /** The end of a quiz, or why there is nothing to ask. */
  readonly message?: string;
  /** What the webview stores for a reload (`acquireVsCodeApi().setState`). */
  readonly persist: StudyPersisted;
}

export interface StudyQuestionView {
  readonly id: string;
  readonly kind: string;
  readonly topicTitle: string;
  readonly prompt: string;
  readonly options: readonly string[];
  /** The prompt and the options as inline HTML (code spans, emphasis; raw HTML off, https links only). */
  readonly promptHtml: string;
  readonly optionsHtml: readonly string[];
  /** Several right options: checkboxes and a Submit button. */
  readonly multiple: boolean;
  /** How many options a multiple-response item asks for. */
  readonly choose: number;
  /** The highlighted snippet (inner HTML of <code>) and its language, when the item is about code. */
  readonly snippetHtml?: string;
  readonly snippetLanguage?: string;
}

export interface StudyFeedbackView {
  readonly correct: boolean;
  readonly choices: readonly number[];
  readonly answers: readonly number[];
  readonly explanationHtml: string;
  readonly sourceUrl?: string;
  /** "Good (right answer)": the FSRS rating recorded automatically. */
  readonly rating: string;
  /** "in 3 days", "in 10 minutes". */
  readonly nextReview?: string;
  readonly last: boolean;
}

/** The webview's saved state: enough to rebuild the session from the bank after a reload. */
export interface StudyPersisted {
  readonly scope: string;
  readonly scopeLabel: string;
  readonly questionIds: readonly string[];
  readonly index: number;
  readonly correct: number;
  readonly selected: readonly number[];
  /** Set while the feedback of question `index` is shown. */
  readonly answered?: { readonly choices: readonly number[]; readonly correct: boolean };
  readonly filter: string;
  /** When the extension sent it (ms): after a reload the newer of the page's copy and the extension's wins. */
  readonly savedAt?: number;
}

export type StudyMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'select'; readonly choices: readonly number[] }
  | { readonly type: 'answer'; readonly choices: readonly number[] }
  | { readonly type: 'next' }
  | { readonly type: 'openNote' }
  | { readonly type: 'filter'; readonly topicId: string }
  | { readonly type: 'exportAnki' };

export const STUDY_VIEW_TYPE = 'serverlessNotes.study';
