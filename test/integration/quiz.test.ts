// Start Quiz opens the study view (a webview, not a QuickPick): a question with its options, feedback with the
// explanation after an answer; closing it pauses and the next Start Quiz resumes at the same question.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StudyTestApi } from '../../src/extension/study/study-panel';
import { activateExtension } from './helpers';
import { QuickPickSpy } from './quick-pick-spy';
import { STUDY_VIEW_TYPE, answer, closeStudy, next, startStudy, studyApi } from './study';

suite('quiz', () => {
  let spy: QuickPickSpy;
  let study: StudyTestApi;
  suiteSetup(async () => {
    await activateExtension();
    study = await studyApi();
  });
  setup(() => (spy = new QuickPickSpy()));
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeStudy(study);
    spy.dispose();
  });

  test('Start Quiz: the study view with a question and its options, feedback after an answer, and close then Start resumes', async () => {
    const first = await startStudy(study, 'serverlessNotes.startQuiz');
    const panel = study.panel();
    assert.ok(panel, 'no study panel');
    assert.equal(panel.viewType, STUDY_VIEW_TYPE);
    assert.ok(panel.visible && panel.active, 'the study view should be shown and focused');
    assert.equal(spy.created, 0, 'no QuickPick any more');
    assert.equal(first.scopeLabel, 'All topics');
    assert.equal(first.persist.scope, 'all');
    assert.ok(first.question && first.question.prompt.length > 10, `prompt: ${JSON.stringify(first.question?.prompt)}`);
    assert.ok(first.question.options.length >= 2);
    const asked = first.number;

    const feedback = await answer(study, [0]);
    assert.ok(feedback.feedback, 'no feedback');
    assert.ok(feedback.feedback.explanationHtml.length > 0, 'no explanation');
    assert.match(feedback.feedback.rating, /^(Good|Again)/);
    const moved = await next(study);
    assert.equal(moved.number, asked + 1);

    await closeStudy(study);
    const resumed = await startStudy(study, 'serverlessNotes.startQuiz');
    assert.equal(resumed.number, asked + 1, `resumed at ${resumed.number}`);
    assert.equal(resumed.question?.id, moved.question?.id);
  });

  test('Show Quiz Progress lists the topics with their counts', async () => {
    const done = vscode.commands.executeCommand('serverlessNotes.quizProgress');
    const shown = await spy.waitForShown((s) => s.options?.title === 'Serverless Notes: Quiz Progress', 'the progress QuickPick');
    assert.ok(shown.items.length > 0, 'no topics');
    for (const item of shown.items) assert.match(item.description ?? '', /^\d+\/\d+ seen · \d+ learned · \d+ due$/, item.label);
    assert.ok(shown.items.some((i) => /Lambda limits/.test(i.label)), `topics: ${shown.items.map((i) => i.label).join(', ')}`);
    shown.cancel();
    await done;
  });
});
