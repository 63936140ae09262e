// The study view as integration tests see it: the view the extension last sent to the webview and the
// messages the webview would send (the e2e tests drive the real page). Shared by the quiz suites.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import type { StudyTestApi } from '../../src/extension/study/study-panel';
import type { StudyView } from '../../src/extension/study/study-protocol';
import type { UiApi } from '../../src/extension/ui';
import { activateExtension } from './helpers';

export const STUDY_VIEW_TYPE = 'serverlessNotes.study';

export async function uiApi(): Promise<UiApi> {
  return ((await activateExtension()).exports as ExtensionApi).ui();
}

export async function studyApi(): Promise<StudyTestApi> {
  return (await uiApi()).quiz.study;
}

/** Runs a command and resolves with the study view's first question (the command settles once it is shown). */
export async function startStudy(study: StudyTestApi, command: string, ...args: unknown[]): Promise<StudyView> {
  const before = study.view();
  await vscode.commands.executeCommand(command, ...args);
  // With the panel open the command settles after sending the new view; a new panel sends it once its page is ready.
  const now = study.view();
  if (now && now !== before && (now.phase === 'question' || now.phase === 'feedback')) return now;
  return study.waitForView((v) => v !== before && (v.phase === 'question' || v.phase === 'feedback'));
}

/** Answers the question shown with `choices` and resolves with the feedback view. */
export async function answer(study: StudyTestApi, choices: number[]): Promise<StudyView> {
  const id = study.view()?.question?.id;
  assert.ok(id, `no question shown: ${JSON.stringify(study.view()?.phase)}`);
  const feedback = study.waitForView((v) => v.phase === 'feedback' && v.question?.id === id);
  await study.send({ type: 'answer', choices });
  return feedback;
}

/** On from the feedback: the next question, or the summary. */
export async function next(study: StudyTestApi): Promise<StudyView> {
  const from = study.view()!;
  const moved = study.waitForView((v) => (v.phase === 'question' && v.number === from.number + 1) || v.phase === 'summary');
  await study.send({ type: 'next' });
  return moved;
}

/** Closes the study panel (its run stays paused in the quiz progress). */
export async function closeStudy(study: StudyTestApi): Promise<void> {
  const panel = study.panel();
  if (!panel) return;
  const closed = new Promise<void>((resolve) => panel.onDidDispose(() => resolve()));
  panel.dispose();
  await closed;
  // The pause is stored on dispose: let that write land.
  await new Promise((r) => setTimeout(r, 50));
}

export const topicsOf = (v: StudyView) => v.question?.topicTitle ?? '';
