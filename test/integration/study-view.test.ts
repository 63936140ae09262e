// The study view's scopes and reload survival, the read-only rendered note views (no quiz keys), the rule
// code link of a diagnostic, and the presence pieces (language status, Re-check Open Files' count).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StudyTestApi } from '../../src/extension/study/study-panel';
import type { UiApi } from '../../src/extension/ui';
import { codeOf, open, waitForDiagnostics } from './helpers';
import { MessageSpy } from './message-spy';
import { STUDY_VIEW_TYPE, answer, closeStudy, startStudy, uiApi } from './study';

const NOTE_SCHEME = 'serverless-notes-note';
const RULE = 'lambda-timeout';

/**
 * Resolves with the note view document that satisfies `predicate`: one loaded already (closing a preview does
 * not unload its document at once) or the next opened.
 */
function noteViewOpened(predicate: (d: vscode.TextDocument) => boolean, ms = 15_000): Promise<vscode.TextDocument> {
  const loaded = vscode.workspace.textDocuments.find((d) => d.uri.scheme === NOTE_SCHEME && predicate(d));
  if (loaded) return Promise.resolve(loaded);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      const views = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === NOTE_SCHEME).map((d) => `${d.uri.toString()}: ${d.getText().slice(0, 60)}`);
      reject(new Error(`no such note view opened in ${ms} ms; loaded: ${JSON.stringify(views)}`));
    }, ms);
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.scheme !== NOTE_SCHEME || !predicate(d)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(d);
    });
  });
}

const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);

/** Resolves once a markdown preview tab whose label includes `title` is open. */
async function previewTab(title: string, ms = 15_000): Promise<vscode.Tab> {
  const until = Date.now() + ms;
  for (;;) {
    const tab = allTabs().find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType) && t.label.includes(title));
    if (tab) return tab;
    if (Date.now() > until) throw new Error(`no markdown preview tab "${title}"; tabs: ${JSON.stringify(allTabs().map((t) => t.label))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The note view's document is read-only: its file system is not writable (VS Code's editors refuse typing) and refuses a write. */
async function assertReadOnly(document: vscode.TextDocument): Promise<void> {
  assert.equal(vscode.workspace.fs.isWritableFileSystem(NOTE_SCHEME), false, 'the note views\' file system is writable');
  await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(document.uri, new TextEncoder().encode('x'))), 'a note view was writable');
  assert.equal(document.isDirty, false);
  const editable = allTabs().filter((t) => t.input instanceof vscode.TabInputText && (t.input.uri.scheme === NOTE_SCHEME || t.input.uri.path.includes('/media/notes/') || t.input.uri.path.endsWith('/docs/rules.md')));
  assert.deepEqual(editable.map((t) => t.label), [], 'a note or the rules document is open as text');
}

suite('study view and note views', () => {
  let ui: UiApi;
  let study: StudyTestApi;
  suiteSetup(async () => {
    ui = await uiApi();
    study = ui.quiz.study;
  });
  teardown(async () => {
    await closeStudy(study);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('each command opens the one study view with its scope: Start Quiz, Quiz Me on This File, Quiz me on this, Review Due', async () => {
    const all = await startStudy(study, 'serverlessNotes.startQuiz');
    assert.equal(all.persist.scope, 'all');
    const panel = study.panel();

    const { document } = await open('sam-timeout.yaml');
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === RULE), RULE);
    const file = await startStudy(study, 'serverlessNotes.quizFile');
    assert.equal(file.persist.scope, `file:${document.uri.toString()}`);
    assert.equal(study.panel(), panel, 'a second study panel was opened');

    const rule = await startStudy(study, 'serverlessNotes.quizFinding', RULE);
    assert.equal(rule.persist.scope, `rule:${RULE}`);
    assert.ok(rule.due > 0, 'Quiz me on this marks its questions due');

    const due = await startStudy(study, 'serverlessNotes.quizDue');
    assert.equal(due.persist.scope, 'due');
    assert.equal(due.scopeLabel, 'Due cards');
    const panels = allTabs().filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(STUDY_VIEW_TYPE));
    assert.equal(panels.length, 1, `study panels: ${panels.length}`);

    // The topic filter narrows the run to one topic; '' goes back to the command's scope.
    const topic = due.topics.find((t) => /Lambda limits/.test(t.title));
    assert.ok(topic, `topics: ${due.topics.map((t) => t.title).join(', ')}`);
    const filtered = study.waitForView((v) => v.filter === topic.id && v.phase === 'question');
    await study.send({ type: 'filter', topicId: topic.id });
    const narrowed = await filtered;
    assert.equal(narrowed.question!.topicTitle, topic.title);
    assert.equal(narrowed.persist.scope, `topic:${topic.id}`);
    const back = study.waitForView((v) => v.filter === '' && v.persist.scope === 'due');
    await study.send({ type: 'filter', topicId: '' });
    await back;
  });

  test('a window reload: the serializer restores the state the webview saved — a half-answered question, then its feedback', async () => {
    const bank = await ui.quiz.bank();
    // A multiple-response item when the bank has them (the quiz helper's kinds), else any.
    const shown = await startStudy(study, 'serverlessNotes.startQuiz');
    const choices = shown.question!.multiple ? [0, 2] : [1];
    // What the webview saves when options are ticked (setState) and tells the extension ("select").
    await study.send({ type: 'select', choices });
    const saved = JSON.parse(JSON.stringify({ ...shown.persist, selected: choices }));
    await closeStudy(study);

    // As VS Code does after a reload: a new panel of the view type, handed to the serializer with the saved state.
    const panel = vscode.window.createWebviewPanel(STUDY_VIEW_TYPE, 'Serverless Notes Quiz', vscode.ViewColumn.Active, { enableScripts: true });
    const restored = study.waitForView((v) => v.question?.id === shown.question!.id);
    await ui.restoreStudy(panel, saved);
    const back = await restored;
    assert.equal(study.panel(), panel);
    assert.equal(back.phase, 'question');
    assert.deepEqual(back.selected, choices, 'the ticked options survive');
    assert.equal(back.number, shown.number);
    assert.ok(bank.some((q) => q.id === back.question!.id));

    const feedback = await answer(study, choices);
    const afterAnswer = JSON.parse(JSON.stringify(feedback.persist));
    await closeStudy(study);
    const again = vscode.window.createWebviewPanel(STUDY_VIEW_TYPE, 'Serverless Notes Quiz', vscode.ViewColumn.Active, { enableScripts: true });
    const restoredFeedback = study.waitForView((v) => v.phase === 'feedback' && v.question?.id === shown.question!.id);
    await ui.restoreStudy(again, afterAnswer);
    const fb = await restoredFeedback;
    assert.deepEqual(fb.feedback!.choices, choices);
    assert.equal(fb.feedback!.correct, feedback.feedback!.correct);

    // A (newer) state that names questions no longer in the bank falls back to the paused run in the progress.
    await closeStudy(study);
    const third = vscode.window.createWebviewPanel(STUDY_VIEW_TYPE, 'Serverless Notes Quiz', vscode.ViewColumn.Active, { enableScripts: true });
    const fallback = study.waitForView(() => true);
    await ui.restoreStudy(third, { ...afterAnswer, questionIds: ['no-such-question'], savedAt: Date.now() + 60_000 });
    const paused = ui.quiz.progress().paused;
    const v = await fallback;
    if (paused) assert.equal(v.question?.id, paused.questionIds[paused.index]);
    else assert.equal(v.phase, 'empty');
  });

  test('"Open the note" from the study view: the rendered, read-only section, without its quiz', async () => {
    const bank = await ui.quiz.bank();
    const hand = bank.find((q) => q.kind === 'hand' && q.source.origin === 'bundled');
    assert.ok(hand, 'no hand-written question in the bank');
    const shown = await startStudy(study, 'serverlessNotes.startQuiz');
    const topicTitle = shown.question!.topicTitle;
    const opened = noteViewOpened((d) => d.getText().startsWith(`# ${topicTitle}\n`));
    await study.send({ type: 'openNote' });
    const document = await opened;
    await previewTab(topicTitle.slice(0, 20));
    const text = document.getText();
    assert.ok(text.startsWith(`# ${topicTitle}\n`), text.slice(0, 200));
    assert.ok(!/^###\s+Quiz\b/m.test(text), 'the quiz subsection is shown');
    assert.ok(!/^\s*[-*]\s+\[[xX ]\]/m.test(text), 'quiz options with their key are shown');
    assert.ok(study.panel()?.visible, 'the note opened over the study view instead of beside it');
    await assertReadOnly(document);
  });

  test('a hover link (openTopic) opens a note with a quiz rendered, read-only, without its answer keys', async () => {
    const bank = await ui.quiz.bank();
    const hand = bank.find((q) => q.kind === 'hand' && q.source.origin === 'bundled')!;
    const opened = noteViewOpened((d) => d.getText().startsWith(`# ${hand.topicTitle}\n`));
    await vscode.commands.executeCommand('serverlessNotes.openTopic', { id: hand.topicId, n: 0 });
    const document = await opened;
    await previewTab(hand.topicTitle.slice(0, 20));
    const text = document.getText();
    assert.ok(text.startsWith(`# ${hand.topicTitle}\n`), text.slice(0, 200));
    assert.ok(!text.includes(hand.prompt.slice(0, 40)), `the hand-written question is shown: ${hand.prompt}`);
    assert.ok(!/^###\s+Quiz\b/m.test(text) && !/\[[xX]\]/.test(text), 'quiz keys are shown');
    await assertReadOnly(document);
    // A link that names no indexed note opens nothing.
    await vscode.commands.executeCommand('serverlessNotes.openTopic', { id: 'no/such-topic', n: 0 });
    await vscode.commands.executeCommand('serverlessNotes.openTopic', { uri: 'file:///etc/passwd' });
  });

  test('the rule code of a diagnostic links to the rule, rendered and read-only — not docs/rules.md inside the extension', async () => {
    const { document } = await open('sam-timeout.yaml');
    const [d] = (await waitForDiagnostics(document.uri, (ds) => ds.some((x) => codeOf(x) === RULE), RULE)).filter((x) => codeOf(x) === RULE);
    assert.ok(typeof d.code === 'object', 'the code has no link');
    const target = d.code.target;
    assert.equal(target.scheme, NOTE_SCHEME, `the rule code links to ${target.toString()}`);
    assert.equal(new URLSearchParams(target.query).get('rule'), RULE);

    // What the Problems panel does with the link: open it. The text editor gives way to the rendered preview.
    const opened = noteViewOpened((doc) => doc.uri.toString() === target.toString());
    await vscode.commands.executeCommand('vscode.open', target);
    const rule = await opened;
    await previewTab(RULE);
    assert.ok(rule.getText().startsWith(`# ${RULE}\n`), rule.getText().slice(0, 200));
    assert.match(rule.getText(), /900/);
    for (let i = 0; i < 50 && allTabs().some((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === NOTE_SCHEME); i++) await new Promise((r) => setTimeout(r, 100));
    await assertReadOnly(rule);
  });

  test('Search Notes opens a section rendered', async () => {
    const bank = await ui.quiz.bank();
    assert.ok(bank.length > 0);
    // (the QuickPick is covered by notes.test.ts; here the opener it uses)
    const topic = [...bank].reverse().find((q) => q.source.origin === 'bundled')!;
    const opened = noteViewOpened((d) => d.getText().startsWith(`# ${topic.topicTitle}\n`));
    await vscode.commands.executeCommand('serverlessNotes.openTopic', { id: topic.topicId, n: 0 });
    const document = await opened;
    await assertReadOnly(document);
  });

  test('Re-check Open Files says how many files it checked; the language status counts findings', async () => {
    const { document } = await open('sam-timeout.yaml');
    await waitForDiagnostics(document.uri, (ds) => ds.some((x) => codeOf(x) === RULE), RULE);
    const info = new MessageSpy('showInformationMessage', () => undefined);
    try {
      const n = await vscode.commands.executeCommand<number>('serverlessNotes.refresh');
      assert.ok(n >= 1, `checked ${n}`);
      await info.waitFor((m) => m.message === `Serverless Notes: re-checked ${n} open ${n === 1 ? 'file' : 'files'}.`, 'the re-check message');
    } finally {
      info.dispose();
    }
  });
});
