// Quiz Me on This File asks only about the services of the template in the editor (and declines without one);
// Reset Quiz Progress forgets every answer once confirmed, and nothing when the warning is dismissed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open } from './helpers';
import { MessageSpy } from './message-spy';
import { QuickPickSpy, accept, waitUntil, type ShownQuickPick } from './quick-pick-spy';

const QUESTION_TITLE = /^Serverless Notes Quiz \((\d+)\/(\d+)\) · (.+)$/;
const SUMMARY_TITLE = 'Serverless Notes Quiz: done';
const FEEDBACK = /^\$\((pass|error)\) (Right|Not quite)/;
const NO_TEMPLATE = /open a CloudFormation\/SAM template/;
const PROGRESS_TITLE = 'Serverless Notes: Quiz Progress';
const ROW = /^(\d+)\/(\d+) seen · (\d+) learned · (\d+) due$/;

type Pick = vscode.QuickPick<vscode.QuickPickItem>;

const questionOf = (pick: Pick) => {
  const m = QUESTION_TITLE.exec(pick.title ?? '');
  return m ? { n: Number(m[1]), of: Number(m[2]), topic: m[3] } : undefined;
};

const labels = (pick: Pick) => JSON.stringify(pick.items.map((i) => i.label));

/** Answers the question on screen with its first option and waits for the feedback. */
async function answerFirstOption(pick: Pick): Promise<void> {
  await accept(pick, pick.items[0]);
  await waitUntil(pick, (p) => FEEDBACK.test(p.items[0]?.label ?? ''), 'the feedback item');
}

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

/** Starts the whole-bank quiz, answers one question and pauses (Escape): at least one card is then stored. */
async function answerOneQuestion(spy: QuickPickSpy): Promise<void> {
  const running = vscode.commands.executeCommand('serverlessNotes.startQuiz');
  const pick = await spy.waitForPick((p) => !!questionOf(p), 'the quiz QuickPick');
  await answerFirstOption(pick);
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  await running; // settles once the picker hid and the progress was stored
}

suite('quiz commands', () => {
  let spy: QuickPickSpy;
  const disposables: vscode.Disposable[] = [];
  suiteSetup(activateExtension);
  setup(() => (spy = new QuickPickSpy()));
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    disposables.splice(0).forEach((d) => d.dispose());
    spy.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Quiz Me on This File: a DynamoDB-only template is quizzed on DynamoDB topics only, to the summary', async () => {
    const editor = await open('dynamodb-ttl.yaml');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());

    const running = vscode.commands.executeCommand('serverlessNotes.quizFile');
    const pick = await spy.waitForPick((p) => !!questionOf(p), 'the file quiz QuickPick');
    const first = questionOf(pick)!;
    assert.equal(first.n, 1, `the file quiz should start at question 1: ${pick.title}`);
    assert.ok(first.of >= 2, `a DynamoDB template should give several questions: ${pick.title}`);

    const topics: string[] = [];
    for (let n = 1; n <= first.of; n++) {
      const q = questionOf(pick);
      assert.ok(q && q.n === n && q.of === first.of, `expected question ${n}/${first.of}, title ${JSON.stringify(pick.title)}`);
      topics.push(q.topic);
      assert.match(q.topic, /DynamoDB/, `question ${n} is not about a DynamoDB topic: ${pick.title}`);
      await answerFirstOption(pick);
      const onward = pick.items.find((i) => i.label.includes(n < first.of ? 'Next question' : 'See the summary'));
      assert.ok(onward, `no way on after question ${n}: ${labels(pick)}`);
      await accept(pick, onward);
      if (n < first.of) await waitUntil(pick, (p) => questionOf(p)?.n === n + 1, `question ${n + 1}`);
    }
    await waitUntil(pick, (p) => p.title === SUMMARY_TITLE, 'the summary');
    const close = pick.items.find((i) => i.label.includes('Close'));
    assert.ok(close, `no Close item on the summary: ${labels(pick)}`);
    await accept(pick, close);
    await running;
    assert.ok(topics.length === first.of, `asked ${topics.length} of ${first.of}`);
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
      const running = vscode.commands.executeCommand('serverlessNotes.quizFile');
      // a quiz would keep the command running until its picker hides: whichever comes first tells
      const quiz = spy.waitForPick((p) => !!questionOf(p), 'a quiz', 10_000).then((p) => p.title, () => undefined);
      const outcome = await Promise.race([running.then(() => 'settled' as const), quiz.then((t) => (t ? `quiz shown: ${t}` : 'settled'))]);
      assert.equal(outcome, 'settled', `Quiz Me on This File started a quiz with ${name}`);

      const shown = await info.waitFor((m) => NO_TEMPLATE.test(m.message), 'the "open a template" information message');
      assert.match(shown.message, /^Serverless Notes: /);
      assert.equal(spy.created, 0, 'a QuickPick was created');
    });
  }

  test('Reset Quiz Progress, confirmed with Reset: no topic is seen any more', async () => {
    await answerOneQuestion(spy);
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
    await answerOneQuestion(spy);
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
