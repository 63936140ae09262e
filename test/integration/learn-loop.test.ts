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
import { answer, closeStudy, next, startStudy } from './study';

const RULE = 'lambda-timeout';
const QUIZ_ME = 'Quiz me on this';
const SETTING = 'quiz.showDueCount';

type DueStatus = Awaited<ReturnType<UiApi['quiz']['dueStatus']>>;

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

const run = (api: UiApi, action: vscode.CodeAction) => startStudy(api.quiz.study, action.command!.command, ...(action.command!.arguments ?? []));

suite('learn loop', () => {
  let api: UiApi;
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
  teardown(async () => {
    await closeStudy(api.quiz.study);
    disposables.splice(0).forEach((d) => d.dispose());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Quiz me on this: the finding\'s questions become due cards, one is answered and stored, the quiz resumes where it paused', async () => {
    const { action, titles } = await quizMeAction();
    assert.equal(action.kind?.value, 'quickfix.serverlessNotes.quiz');
    assert.ok(!action.isPreferred, 'the quiz must not be the preferred fix');
    assert.ok(titles.includes('Set Timeout to 900'), `the rule's own fix is offered too: ${JSON.stringify(titles)}`);
    assert.ok(titles.indexOf('Set Timeout to 900') < titles.indexOf(QUIZ_ME), `the fix comes first: ${JSON.stringify(titles)}`);

    const bank = await api.quiz.bank();
    const first = await run(api, action);
    assert.equal(first.number, 1);
    assert.equal(first.persist.scope, `rule:${RULE}`);
    assert.equal(first.scopeLabel, `Finding: ${RULE}`);
    assert.match(first.question!.topicTitle, /Lambda/, `the first question is on the rule's topic: ${first.question!.topicTitle}`);

    // Marked due before the first question is shown: every question of the quiz is a card due now.
    const marked = Object.keys(api.quiz.progress().cards);
    assert.equal(marked.length, first.total, `cards ${JSON.stringify(marked)} for a quiz of ${first.total}`);
    const byId = new Map(bank.map((q) => [q.id, q]));
    const questions = marked.map((id) => byId.get(id));
    assert.ok(questions.every((q) => q && (q.ruleId === RULE || q.topicId === questions[0]!.topicId)), `not the rule's questions: ${JSON.stringify(marked)}`);
    assert.ok(questions.some((q) => q!.ruleId === RULE), 'no scenario of the rule');
    assert.ok(marked.includes(first.question!.id), `the question shown (${first.question!.id}) is not one of the cards`);
    await waitForStatus(api, (s) => s.due === first.total && s.visible && s.text === `$(mortar-board) ${first.total} due`, `${first.total} due in the status bar`);
    assert.equal(first.due, first.total, 'the study view counts the due cards too');

    // A scenario item shows the template it is about, highlighted.
    const scenario = bank.find((q) => q.id === first.question!.id)!;
    if (scenario.snippet) assert.match(first.question!.snippetHtml ?? '', /class="tok-key"/);

    const feedback = await answer(api.quiz.study, [0]);
    assert.match(feedback.feedback!.nextReview ?? '', /^(in |tomorrow)/);
    const answered = Object.entries(api.quiz.progress().cards).filter(([, c]) => c.right + c.wrong > 0);
    assert.equal(answered.length, 1, `one card answered: ${JSON.stringify(answered)}`);
    const [[answeredId, card]] = answered;
    assert.ok(marked.includes(answeredId), 'the answered card is one of the finding\'s');
    assert.ok(Date.parse(card.due) > Date.now(), `the answered card is scheduled later: ${card.due}`);
    await waitForStatus(api, (s) => s.due === first.total - 1, `${first.total - 1} due after the answer`);

    await closeStudy(api.quiz.study); // closing pauses

    // What a new window reads from the global state: the answer and the paused quiz.
    const stored = api.quiz.progress();
    assert.equal(stored.cards[answeredId].right + stored.cards[answeredId].wrong, 1);
    assert.deepEqual(
      { scope: stored.paused?.scope, index: stored.paused?.index, of: stored.paused?.questionIds.length },
      { scope: `rule:${RULE}`, index: 1, of: first.total },
    );

    // The same action again resumes at the second question.
    const resumed = await run(api, (await quizMeAction()).action);
    assert.deepEqual({ n: resumed.number, of: resumed.total }, { n: 2, of: first.total });
  });

  test('Quiz Me on This File asks the file\'s finding first: question 1 is one of lambda-timeout\'s', async () => {
    const { document } = await open('sam-timeout.yaml');
    await waitForDiagnostics(document.uri, (ds) => ds.some((x) => codeOf(x) === RULE), RULE);
    const ruleQuestions = (await api.quiz.bank()).filter((q) => q.ruleId === RULE);
    assert.ok(ruleQuestions.length > 0, `no scenario of ${RULE}`);
    const view = await startStudy(api.quiz.study, 'serverlessNotes.quizFile');
    assert.equal(view.number, 1);
    assert.ok(ruleQuestions.some((q) => q.id === view.question!.id), `question 1 is not a ${RULE} scenario: ${view.question!.prompt}`);
  });

  test('the status bar counts due cards, hides with serverlessNotes.quiz.showDueCount false, and a click reviews the due cards', async () => {
    await run(api, (await quizMeAction()).action); // marks the rule's questions due (again)
    await closeStudy(api.quiz.study);
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

    const review = await startStudy(api.quiz.study, shown.command);
    assert.equal(review.persist.scope, 'due');
    assert.equal(review.total, Math.min(shown.due, 10));
    const due = new Set(Object.entries(api.quiz.progress().cards).filter(([, c]) => Date.parse(c.due) <= Date.now()).map(([id]) => id));
    assert.ok(due.has(review.question!.id), `the question shown is not a due card: ${review.question!.prompt}`);
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
    // Anki's file headers: tab-separated, HTML, a note type and deck, a GUID column (re-imports update cards).
    const headers = rows.filter((r) => r.startsWith('#'));
    for (const h of ['#separator:tab', '#html:true', '#guid column:1']) assert.ok(headers.includes(h), `${h} in ${JSON.stringify(headers)}`);
    const columns = Number(/^#tags column:(\d+)$/.exec(headers.find((h) => h.startsWith('#tags column:')) ?? '')?.[1]);
    assert.ok(columns >= 3, `tags column: ${JSON.stringify(headers)}`);
    const bank = await api.quiz.bank();
    const cards = rows.filter((r) => !r.startsWith('#'));
    assert.equal(cards.length, bank.length, 'one card per question');
    for (const card of cards) assert.equal(card.split('\t').length, columns, card.slice(0, 80));
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

  test('the study view\'s summary offers the Anki export', async () => {
    let view = await run(api, (await quizMeAction()).action);
    while (view.phase !== 'summary') {
      if (view.phase === 'question') await answer(api.quiz.study, [0]);
      view = await next(api.quiz.study);
    }
    assert.equal(view.phase, 'summary');
    assert.equal(view.persist.scope, `rule:${RULE}`);
    assert.equal(api.quiz.progress().paused, undefined, 'a finished run is not paused');
    // Its "Export the quiz to Anki…" button runs the export (a cancelled save dialog here).
    const window = vscode.window as { showSaveDialog: typeof vscode.window.showSaveDialog };
    const original = window.showSaveDialog;
    let asked = 0;
    window.showSaveDialog = async () => (asked++, undefined);
    try {
      await api.quiz.study.send({ type: 'exportAnki' });
    } finally {
      window.showSaveDialog = original;
    }
    assert.equal(asked, 1, 'the export asked where to save');
  });
});
