// The learn loop in VS Code: "Quiz me on this" on a finding makes its questions due cards and quizzes them at
// once; the progress is stored and the quiz resumes; the status bar counts due cards (off by a setting) and
// a click reviews them; Export Quiz to Anki writes the CLI's deck through a save dialog.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import type { UiApi } from '../../src/extension/ui';
import { activateExtension, codeOf, open, waitForDiagnostics } from './helpers';
import { MessageSpy } from './message-spy';
import { QuickPickSpy, accept, waitUntil } from './quick-pick-spy';

const RULE = 'lambda-timeout';
const QUIZ_ME = 'Quiz me on this';
const QUESTION_TITLE = /^Serverless Notes Quiz \((\d+)\/(\d+)\) · (.+)$/;
const FEEDBACK = /^\$\((pass|error)\) (Right|Not quite)/;
const SETTING = 'quiz.showDueCount';

type Pick = vscode.QuickPick<vscode.QuickPickItem>;
type DueStatus = Awaited<ReturnType<UiApi['quiz']['dueStatus']>>;

const questionOf = (pick: Pick) => {
  const m = QUESTION_TITLE.exec(pick.title ?? '');
  return m ? { n: Number(m[1]), of: Number(m[2]), topic: m[3] } : undefined;
};

/** Resolves once the status bar item satisfies `predicate` (checked now and after each of its updates). */
function waitForStatus(api: UiApi, predicate: (s: DueStatus) => boolean, what: string, ms = 10_000): Promise<DueStatus> {
  return new Promise((resolve, reject) => {
    let last: DueStatus | undefined;
    const check = (s: DueStatus) => {
      last = s;
      if (!predicate(s)) return;
      cleanup();
      resolve(s);
    };
    const sub = api.quiz.onDidChangeDueStatus(check);
    const timer = setTimeout(() => (cleanup(), reject(new Error(`timed out after ${ms} ms waiting for ${what}; status ${JSON.stringify(last)}`))), ms);
    const cleanup = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    void api.quiz.dueStatus().then(check);
  });
}

/** The "Quiz me on this" action for the lambda-timeout finding of sam-timeout.yaml (and every action offered there). */
async function quizMeAction(): Promise<{ action: vscode.CodeAction; titles: string[] }> {
  const { document } = await open('sam-timeout.yaml');
  const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some((x) => codeOf(x) === RULE), RULE)).filter((x) => codeOf(x) === RULE);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range)) ?? [];
  const titles = actions.map((a) => a.title);
  const action = actions.find((a) => a.title === QUIZ_ME);
  assert.ok(action, `no "${QUIZ_ME}" among: ${JSON.stringify(titles)}`);
  return { action, titles };
}

const run = (action: vscode.CodeAction) => vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));

suite('learn loop', () => {
  let api: UiApi;
  let spy: QuickPickSpy;
  const disposables: vscode.Disposable[] = [];

  suiteSetup(async () => {
    // The quiz lives in the UI chunk (dist/ui.js): ui() loads it if the activation delay has not yet.
    api = await ((await activateExtension()).exports as ExtensionApi).ui();
    assert.ok(api?.quiz, 'the extension API has no quiz');
    // Other suites answered questions: start from no progress.
    const confirm = new MessageSpy('showWarningMessage', () => 'Reset');
    const info = new MessageSpy('showInformationMessage', () => undefined);
    try {
      await vscode.commands.executeCommand('serverlessNotes.resetQuiz');
    } finally {
      confirm.dispose();
      info.dispose();
    }
    assert.deepEqual(api.quiz.progress().cards, {}, 'the progress was not reset');
  });
  setup(() => (spy = new QuickPickSpy()));
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    disposables.splice(0).forEach((d) => d.dispose());
    spy.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Quiz me on this: the finding\'s questions become due cards, one is answered and stored, the quiz resumes where it paused', async () => {
    const { action, titles } = await quizMeAction();
    assert.equal(action.kind?.value, 'quickfix.serverlessNotes.quiz');
    assert.ok(!action.isPreferred, 'the quiz must not be the preferred fix');
    assert.ok(titles.includes('Set Timeout to 900'), `the rule's own fix is offered too: ${JSON.stringify(titles)}`);
    assert.ok(titles.indexOf('Set Timeout to 900') < titles.indexOf(QUIZ_ME), `the fix comes first: ${JSON.stringify(titles)}`);

    const bank = await api.quiz.bank();
    const running = run(action);
    const pick = await spy.waitForPick((p) => !!questionOf(p), 'the finding\'s quiz');
    const first = questionOf(pick)!;
    assert.equal(first.n, 1, pick.title);
    assert.match(first.topic, /Lambda/, `the first question is on the rule's topic: ${pick.title}`);

    // Marked due before the first question is shown: every question of the quiz is a card due now.
    const marked = Object.keys(api.quiz.progress().cards);
    assert.equal(marked.length, first.of, `cards ${JSON.stringify(marked)} for a quiz of ${first.of}`);
    const byId = new Map(bank.map((q) => [q.id, q]));
    const questions = marked.map((id) => byId.get(id));
    assert.ok(questions.every((q) => q && (q.ruleId === RULE || q.topicId === questions[0]!.topicId)), `not the rule's questions: ${JSON.stringify(marked)}`);
    assert.ok(questions.some((q) => q!.ruleId === RULE), 'no scenario of the rule');
    assert.ok(questions.some((q) => q!.prompt === pick.placeholder), `the question shown (${pick.placeholder}) is not one of the cards`);
    await waitForStatus(api, (s) => s.due === first.of && s.visible && s.text === `$(mortar-board) ${first.of} due`, `${first.of} due in the status bar`);

    await accept(pick, pick.items[0]);
    await waitUntil(pick, (p) => FEEDBACK.test(p.items[0]?.label ?? ''), 'the feedback item');
    const answered = Object.entries(api.quiz.progress().cards).filter(([, c]) => c.right + c.wrong > 0);
    assert.equal(answered.length, 1, `one card answered: ${JSON.stringify(answered)}`);
    const [[answeredId, card]] = answered;
    assert.ok(marked.includes(answeredId), 'the answered card is one of the finding\'s');
    assert.ok(Date.parse(card.due) > Date.now(), `the answered card is scheduled later: ${card.due}`);
    await waitForStatus(api, (s) => s.due === first.of - 1, `${first.of - 1} due after the answer`);

    await vscode.commands.executeCommand('workbench.action.closeQuickOpen'); // Escape pauses
    await running;

    // What a new window reads from the global state: the answer and the paused quiz.
    const stored = api.quiz.progress();
    assert.equal(stored.cards[answeredId].right + stored.cards[answeredId].wrong, 1);
    assert.deepEqual(
      { scope: stored.paused?.scope, index: stored.paused?.index, of: stored.paused?.questionIds.length },
      { scope: `rule:${RULE}`, index: 1, of: first.of },
    );

    // The same action again resumes at the second question.
    const again = run((await quizMeAction()).action);
    const resumed = await spy.waitForPick((p) => p !== pick && !!questionOf(p), 'the resumed quiz');
    assert.deepEqual({ n: questionOf(resumed)!.n, of: questionOf(resumed)!.of }, { n: 2, of: first.of }, resumed.title);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await again;
  });

  test('Quiz Me on This File asks the file\'s finding first: question 1 is one of lambda-timeout\'s', async () => {
    const { document } = await open('sam-timeout.yaml');
    await waitForDiagnostics(document.uri, (ds) => ds.some((x) => codeOf(x) === RULE), RULE);
    const ruleQuestions = (await api.quiz.bank()).filter((q) => q.ruleId === RULE);
    assert.ok(ruleQuestions.length > 0, `no scenario of ${RULE}`);
    const running = vscode.commands.executeCommand('serverlessNotes.quizFile');
    const pick = await spy.waitForPick((p) => !!questionOf(p), 'the file quiz');
    assert.equal(questionOf(pick)!.n, 1, pick.title);
    assert.ok(ruleQuestions.some((q) => q.prompt === pick.placeholder), `question 1 is not a ${RULE} scenario: ${pick.placeholder}`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
  });

  test('the status bar counts due cards, hides with serverlessNotes.quiz.showDueCount false, and a click reviews the due cards', async () => {
    const running = run((await quizMeAction()).action); // marks the rule's questions due (again)
    await spy.waitForPick((p) => !!questionOf(p), 'the finding\'s quiz');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
    const shown = await waitForStatus(api, (s) => s.visible && s.due > 0, 'due cards in the status bar');
    assert.equal(shown.text, `$(mortar-board) ${shown.due} due`);

    const config = vscode.workspace.getConfiguration('serverlessNotes');
    try {
      await config.update(SETTING, false, vscode.ConfigurationTarget.Workspace);
      await waitForStatus(api, (s) => !s.visible && s.due === shown.due, 'the item to hide with the setting off');
    } finally {
      await config.update(SETTING, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForStatus(api, (s) => s.visible, 'the item back with the setting removed');

    const review = vscode.commands.executeCommand(shown.command);
    const pick = await spy.waitForPick((p) => !!questionOf(p), 'the quiz of due cards');
    assert.equal(questionOf(pick)!.of, Math.min(shown.due, 10), pick.title);
    const due = new Set(Object.entries(api.quiz.progress().cards).filter(([, c]) => Date.parse(c.due) <= Date.now()).map(([id]) => id));
    const bank = await api.quiz.bank();
    assert.ok(bank.some((q) => due.has(q.id) && q.prompt === pick.placeholder), `the question shown is not a due card: ${pick.placeholder}`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await review;
  });

  test('Export Quiz to Anki…: a save dialog named serverless-notes-anki.txt, and the file holds the CLI\'s deck', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anki-'));
    const target = vscode.Uri.file(path.join(dir, 'deck.txt'));
    const window = vscode.window as { showSaveDialog: typeof vscode.window.showSaveDialog };
    const original = window.showSaveDialog;
    const asked: (vscode.SaveDialogOptions | undefined)[] = [];
    window.showSaveDialog = async (options) => (asked.push(options), target);
    disposables.push({ dispose: () => (window.showSaveDialog = original) });
    const info = new MessageSpy('showInformationMessage', () => undefined);
    disposables.push(info);

    await vscode.commands.executeCommand('serverlessNotes.exportQuizAnki');
    assert.equal(asked.length, 1, 'one save dialog');
    assert.equal(path.basename(asked[0]?.defaultUri?.path ?? ''), 'serverless-notes-anki.txt');
    const written = fs.readFileSync(target.fsPath, 'utf8');
    const rows = written.trimEnd().split('\n');
    assert.deepEqual(rows.slice(0, 3), ['#separator:tab', '#html:true', '#tags column:3']);
    const bank = await api.quiz.bank();
    const cards = rows.filter((r) => !r.startsWith('#'));
    assert.equal(cards.length, bank.length, 'one card per question');
    for (const card of cards) assert.equal(card.split('\t').length, 3, card.slice(0, 80));
    await info.waitFor((m) => m.message.includes(`exported ${bank.length} quiz cards`), 'the "exported" message');

    // The CLI's `quiz --export anki` over the same (bundled) notes writes the same text.
    const ext = vscode.extensions.getExtension('serverless-notes.serverless-notes')!;
    const cli = execFileSync(process.execPath, [path.join(ext.extensionPath, 'dist', 'cli.js'), 'quiz', '--export', 'anki'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(written === cli, `the deck differs from the CLI's (${written.length} vs ${cli.length} characters)`);

    asked.length = 0;
    window.showSaveDialog = async (options) => (asked.push(options), undefined);
    fs.rmSync(target.fsPath);
    await vscode.commands.executeCommand('serverlessNotes.exportQuizAnki');
    assert.equal(asked.length, 1);
    assert.ok(!fs.existsSync(target.fsPath), 'a cancelled dialog writes nothing');
  });

  test('the quiz summary offers the Anki export', async () => {
    const running = run((await quizMeAction()).action);
    const pick = await spy.waitForPick((p) => !!questionOf(p), 'the finding\'s quiz');
    for (let q = questionOf(pick)!; ; q = questionOf(pick)!) {
      await accept(pick, pick.items[0]);
      await waitUntil(pick, (p) => FEEDBACK.test(p.items[0]?.label ?? ''), 'the feedback item');
      const onward = pick.items.find((i) => /Next question|See the summary/.test(i.label))!;
      await accept(pick, onward);
      if (q.n === q.of) break;
      await waitUntil(pick, (p) => questionOf(p)?.n === q.n + 1, `question ${q.n + 1}`);
    }
    await waitUntil(pick, (p) => p.title === 'Serverless Notes Quiz: done', 'the summary');
    assert.ok(pick.items.some((i) => /Export the quiz to Anki/.test(i.label)), `summary items: ${JSON.stringify(pick.items.map((i) => i.label))}`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
  });
});
