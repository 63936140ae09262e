// Quiz Me on This File asks only about the services of the template in the editor (and declines without one);
// Reset Quiz Progress forgets every answer once confirmed, and nothing when the warning is dismissed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StudyTestApi } from '../../src/extension/study/study-panel';
import { activateExtension, open } from './helpers';
import { MessageSpy } from './message-spy';
import { QuickPickSpy, type ShownQuickPick } from './quick-pick-spy';
import { answer, closeStudy, next, startStudy, studyApi } from './study';

const NO_TEMPLATE = /open a CloudFormation\/SAM template/;
const PROGRESS_TITLE = 'Serverless Notes: Quiz Progress';
const ROW = /^(\d+)\/(\d+) seen · (\d+) learned · (\d+) due$/;

/** Progress pickers already read (the spy keeps every showQuickPick call). */
const read = new WeakSet<ShownQuickPick>();

/** Runs Show Quiz Progress, returns its rows and cancels the picker. */
async function progressRows(spy: QuickPickSpy): Promise<ShownQuickPick['items']> {
  const done = vscode.commands.executeCommand('serverlessNotes.quizProgress');
  const shown = await spy.waitForShown((s) => s.options?.title === PROGRESS_TITLE && !read.has(s), 'the progress QuickPick');
  read.add(shown);
  shown.cancel();
  await done;
  return shown.items;
}

const seenTotal = (rows: ShownQuickPick['items']) =>
  rows.reduce((sum, row) => {
    const m = ROW.exec(row.description ?? '');
    assert.ok(m, `unexpected progress row ${row.label}: ${JSON.stringify(row.description)}`);
    return sum + Number(m[1]);
  }, 0);

/** Starts the whole-bank quiz, answers one question and closes the study view: at least one card is then stored. */
async function answerOneQuestion(study: StudyTestApi): Promise<void> {
  await startStudy(study, 'serverlessNotes.startQuiz');
  await answer(study, [0]);
  await closeStudy(study);
}

suite('quiz commands', () => {
  let spy: QuickPickSpy;
  let study: StudyTestApi;
  const disposables: vscode.Disposable[] = [];
  suiteSetup(async () => {
    await activateExtension();
    study = await studyApi();
  });
  setup(() => (spy = new QuickPickSpy()));
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeStudy(study);
    disposables.splice(0).forEach((d) => d.dispose());
    spy.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Quiz Me on This File: a DynamoDB-only template is quizzed on DynamoDB topics only, to the summary', async () => {
    const editor = await open('dynamodb-ttl.yaml');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());

    let view = await startStudy(study, 'serverlessNotes.quizFile');
    assert.equal(view.persist.scope, `file:${editor.document.uri.toString()}`);
    assert.equal(view.scopeLabel, 'This file: dynamodb-ttl.yaml');
    assert.equal(view.number, 1, 'the file quiz should start at question 1');
    const total = view.total;
    assert.ok(total >= 2, `a DynamoDB template should give several questions: ${total}`);
    for (let n = 1; n <= total; n++) {
      assert.equal(view.phase, 'question');
      assert.equal(view.number, n);
      assert.match(view.question!.topicTitle, /DynamoDB/, `question ${n} is not about a DynamoDB topic: ${view.question!.topicTitle}`);
      await answer(study, [0]);
      view = await next(study);
    }
    assert.equal(view.phase, 'summary');
    assert.match(view.message ?? '', new RegExp(`of ${total} right`));
  });

  for (const [name, prepare] of [
    ['a Kubernetes YAML file', () => open('k8s.yaml')],
    ['a Markdown file', () => open('notes/dynamodb.md')],
    ['no editor', () => vscode.commands.executeCommand('workbench.action.closeAllEditors')],
  ] as const) {
    test(`Quiz Me on This File with ${name}: an information message, no quiz`, async () => {
      await prepare();
      if (name === 'no editor') assert.equal(vscode.window.activeTextEditor, undefined, 'an editor is still active');
      else assert.ok(vscode.window.activeTextEditor, `${name} is not the active editor`);

      const info = new MessageSpy('showInformationMessage');
      disposables.push(info);
      await vscode.commands.executeCommand('serverlessNotes.quizFile');
      const shown = await info.waitFor((m) => NO_TEMPLATE.test(m.message), 'the "open a template" information message');
      assert.match(shown.message, /^Serverless Notes: /);
      assert.equal(study.panel(), undefined, 'a study view was opened');
    });
  }

  test('Reset Quiz Progress, confirmed with Reset: no topic is seen any more', async () => {
    await answerOneQuestion(study);
    const before = await progressRows(spy);
    assert.ok(seenTotal(before) > 0, `answering should mark a question seen: ${JSON.stringify(before.map((r) => r.description))}`);

    const warning = new MessageSpy('showWarningMessage', () => 'Reset');
    disposables.push(warning);
    const info = new MessageSpy('showInformationMessage');
    disposables.push(info);
    await vscode.commands.executeCommand('serverlessNotes.resetQuiz');
    const asked = await warning.waitFor(() => true, 'the reset confirmation');
    assert.equal(asked.options?.modal, true, 'the confirmation should be modal');
    assert.deepEqual(asked.items, ['Reset']);
    await info.waitFor((m) => /quiz progress reset/.test(m.message), 'the "reset" information message');

    const after = await progressRows(spy);
    assert.equal(after.length, before.length, 'the topics listed should not change');
    for (const row of after) {
      assert.match(row.description ?? '', /^0\/\d+ seen · 0 learned · 0 due$/, `${row.label} after reset`);
      assert.equal(row.detail, 'not started', `${row.label} after reset`);
    }
  });

  test('Reset Quiz Progress, warning dismissed: the progress stays', async () => {
    await answerOneQuestion(study);
    const before = await progressRows(spy);
    assert.ok(seenTotal(before) > 0, `answering should mark a question seen: ${JSON.stringify(before.map((r) => r.description))}`);

    const warning = new MessageSpy('showWarningMessage', () => undefined);
    disposables.push(warning);
    const info = new MessageSpy('showInformationMessage');
    disposables.push(info);
    await vscode.commands.executeCommand('serverlessNotes.resetQuiz');
    await warning.waitFor(() => true, 'the reset confirmation');
    assert.deepEqual(info.shown.map((m) => m.message), [], 'nothing should be reported as reset');

    const after = await progressRows(spy);
    assert.deepEqual(
      after.map((r) => [r.label, ROW.exec(r.description ?? '')?.slice(1, 3), r.detail]),
      before.map((r) => [r.label, ROW.exec(r.description ?? '')?.slice(1, 3), r.detail]),
      'seen counts and answers should be unchanged',
    );
  });
});
