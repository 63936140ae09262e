// The quiz commands show their pickers; answering gives feedback; Escape pauses and the next start resumes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';
import { QuickPickSpy, accept, waitUntil } from './quick-pick-spy';

const QUIZ_TITLE = /^Serverless Notes Quiz \((\d+)\/10\)/;
const FEEDBACK = /^\$\((pass|error)\) (Right|Not quite)/;

const questionNumber = (title: string | undefined) => Number(QUIZ_TITLE.exec(title ?? '')?.[1]);

suite('quiz', () => {
  let spy: QuickPickSpy;
  suiteSetup(activateExtension);
  setup(() => (spy = new QuickPickSpy()));
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    spy.dispose();
  });

  test('Start Quiz: a question with numbered options, feedback after an answer, and Escape then Start resumes', async () => {
    const first = vscode.commands.executeCommand('serverlessNotes.startQuiz');
    const pick = await spy.waitForPick((p) => QUIZ_TITLE.test(p.title ?? ''), 'the quiz QuickPick');
    assert.ok(pick.placeholder && pick.placeholder.length > 10, `the question should be the placeholder: ${JSON.stringify(pick.placeholder)}`);
    assert.ok(pick.items.length >= 2, `options: ${JSON.stringify(pick.items.map((i) => i.label))}`);
    pick.items.forEach((item, i) => assert.ok(item.label.startsWith(`${i + 1}. `), `option ${i}: ${item.label}`));
    const asked = questionNumber(pick.title);

    await accept(pick, pick.items[0]);
    await waitUntil(pick, (p) => FEEDBACK.test(p.items[0]?.label ?? ''), 'the feedback item');
    const next = pick.items.find((i) => i.label.includes('Next question'));
    assert.ok(next, `no "Next question" item: ${JSON.stringify(pick.items.map((i) => i.label))}`);
    await accept(pick, next);
    await waitUntil(pick, (p) => questionNumber(p.title) === asked + 1, `question ${asked + 1}`);

    await vscode.commands.executeCommand('workbench.action.closeQuickOpen'); // Escape pauses
    await first; // the command settles when the picker hides

    const second = vscode.commands.executeCommand('serverlessNotes.startQuiz');
    const resumed = await spy.waitForPick((p) => p !== pick && QUIZ_TITLE.test(p.title ?? ''), 'the resumed quiz QuickPick');
    assert.equal(questionNumber(resumed.title), asked + 1, `resumed at ${resumed.title}`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await second;
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
