/**
 * Quiz commands: Start Quiz, Quiz Me on This File, Review Due Quiz Cards, Quiz Progress, Reset Quiz
 * Progress, Export Quiz to Anki; the "Quiz me on this" code action and the due-cards status bar item.
 * Each command picks its scope's questions (or the paused run of that scope) and opens the study view.
 */
import * as vscode from 'vscode';
import { quiz, type KnowledgeBase } from '../../core';
import { noteGone, topicOfSource } from '../notes/open-topic-link';
import type { NotesFeatures } from '../notes/register-notes';
import { StudyPanel, scopeLabelOf, type StudyTestApi } from '../study/study-panel';
import { startStudy } from '../study/study-session';
import { EXPORT_ANKI_COMMAND, registerAnkiExport } from './anki-export-command';
import { DueStatusItem, QUIZ_DUE_COMMAND, type DueStatus } from './due-status';
import { firstThenRest, questionsForFindings } from './finding-questions';
import { QuizBank } from './quiz-bank';
import { findingRuleIds, registerQuizCodeAction } from './quiz-code-action';
import { PROGRESS_KEY, QuizStore } from './quiz-store';

/** Questions per quiz. */
const QUIZ_LENGTH = 10;
export const PROGRESS_TITLE = 'Serverless Notes: Quiz Progress';
export const RESET_CONFIRM = 'Reset';

export interface QuizDeps {
  readonly notes: NotesFeatures;
  readonly extensionUri: vscode.Uri;
  readonly knowledgeBase: () => Promise<KnowledgeBase>;
  /** The resource types of a document's model, from the language server. */
  readonly resourceTypes: (uri: vscode.Uri) => Promise<string[]>;
  /** Where the language server reports diagnostics (the "Quiz me on this" code action goes there too). */
  readonly selector: vscode.DocumentSelector;
  readonly log: vscode.LogOutputChannel;
}

/** What integration tests read through the extension's API: the stored progress as a new window reads it, the status bar item. */
export interface QuizTestApi {
  progress(): quiz.QuizProgress;
  bank(): Promise<quiz.Question[]>;
  /** The status bar item once its latest update is applied. */
  dueStatus(): Promise<DueStatus>;
  readonly onDidChangeDueStatus: vscode.Event<DueStatus>;
  /** The study view (the webview's state as last sent, and its messages). */
  readonly study: StudyTestApi;
}

/** What the UI chunk hands the activation bundle: the study view, for the panel serializer. */
export interface QuizFeatures {
  readonly testApi: QuizTestApi;
  readonly study: StudyPanel;
}

export function registerQuiz(context: vscode.ExtensionContext, deps: QuizDeps): QuizFeatures {
  const store = new QuizStore(context.globalState);
  const bank = new QuizBank(deps.notes.index);
  const due = new DueStatusItem(bank, store);
  context.subscriptions.push(store, bank, due);
  const openNote = async (q: quiz.Question) => {
    const topic = topicOfSource(deps.notes.topics(), q.source, q.topicId);
    if (topic) await deps.notes.openTopic(topic, true);
    else noteGone(q.topicTitle);
  };
  const pick = (questions: readonly quiz.Question[], progress: quiz.QuizProgress, count = QUIZ_LENGTH) =>
    count > 0 ? quiz.pickQuestions(questions, progress, { now: new Date(), count, random: quiz.seededRandom(Date.now() >>> 0) }) : [];

  /** The session of one scope: its paused run when every question is still in `pool`, else a fresh one over `fresh()`. */
  const sessionFor = (scope: string, label: string, pool: readonly quiz.Question[], fresh: (progress: quiz.QuizProgress) => readonly quiz.Question[]) => {
    const progress = store.get();
    const resumed = quiz.resume(progress.paused, scope, pool);
    if (resumed) return { ...startStudy(scope, label, resumed.questions), index: resumed.index, correct: resumed.correct };
    return startStudy(scope, label, fresh(progress));
  };
  const topicSession = async (topicId: string) => {
    const topic = (await bank.get()).filter((q) => q.topicId === topicId);
    return sessionFor(`topic:${topicId}`, `Topic: ${topic[0]?.topicTitle ?? topicId}`, topic, (progress) => pick(topic, progress));
  };
  const exportAnki = async () => void (await vscode.commands.executeCommand(EXPORT_ANKI_COMMAND));
  const stateFile = vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'study-view.json');
  const study = new StudyPanel({ extensionUri: deps.extensionUri, bank, store, log: deps.log, openNote, topicSession, exportAnki, stateFile });
  context.subscriptions.push(study);

  /** Opens the study view on this scope (resuming its paused run); says so when the scope has no questions. */
  const start = async (scope: string, pool: readonly quiz.Question[], fresh: (progress: quiz.QuizProgress) => readonly quiz.Question[], label = scopeLabelOf(scope)) => {
    const session = sessionFor(scope, label, pool, fresh);
    if (!session.questions.length) {
      void vscode.window.showInformationMessage('Serverless Notes: no quiz questions for this scope.');
      return;
    }
    await study.show(session);
  };

  registerQuizCodeAction(context, deps.selector, { bank, store, start: (scope, questions) => start(scope, questions, () => questions) });
  registerAnkiExport(context, bank, deps.log);

  context.subscriptions.push(
    vscode.commands.registerCommand('serverlessNotes.startQuiz', async () => {
      const all = await bank.get();
      await start('all', all, (progress) => pick(all, progress));
    }),
    vscode.commands.registerCommand('serverlessNotes.quizFile', async () => {
      const editor = vscode.window.activeTextEditor;
      const types = editor ? await deps.resourceTypes(editor.document.uri).catch(() => []) : [];
      if (!types.length) {
        void vscode.window.showInformationMessage('Serverless Notes: open a CloudFormation/SAM template, serverless.yml or CDK stack to be quizzed on its services.');
        return;
      }
      const ids = quiz.topicIdsFor(types, await deps.knowledgeBase(), await deps.notes.index.current());
      const all = await bank.get();
      // The file's own findings first (each finding's rule questions, in turns), then its services' topics.
      const findings = questionsForFindings(all, findingRuleIds(editor!.document.uri), QUIZ_LENGTH);
      const topics = all.filter((q) => ids.has(q.topicId) && !findings.includes(q));
      await start(`file:${editor!.document.uri.toString()}`, [...findings, ...topics], (progress) =>
        firstThenRest(findings, pick(topics, progress, QUIZ_LENGTH - findings.length), QUIZ_LENGTH),
      );
    }),
    vscode.commands.registerCommand(QUIZ_DUE_COMMAND, async () => {
      const all = await bank.get();
      await start('due', all, (progress) => {
        const now = new Date();
        return all
          .filter((q) => quiz.isDue(progress, q.id, now))
          .sort((a, b) => Date.parse(progress.cards[a.id].due) - Date.parse(progress.cards[b.id].due))
          .slice(0, QUIZ_LENGTH);
      });
    }),
    vscode.commands.registerCommand('serverlessNotes.quizProgress', async () => {
      const rows = quiz.progressByTopic(await bank.get(), store.get(), new Date());
      const picked = await vscode.window.showQuickPick(
        rows.map((r) => ({
          label: r.topicTitle,
          description: `${r.seen}/${r.questions} seen · ${r.learned} learned · ${r.due} due`,
          detail: r.right + r.wrong ? `${r.right} right, ${r.wrong} wrong` : 'not started',
          topicId: r.topicId,
        })),
        { title: PROGRESS_TITLE, placeHolder: 'Progress per topic; pick one to be quizzed on it' },
      );
      if (!picked) return;
      const topic = (await bank.get()).filter((q) => q.topicId === picked.topicId);
      await start(`topic:${picked.topicId}`, topic, (progress) => pick(topic, progress), `Topic: ${picked.label}`);
    }),
    vscode.commands.registerCommand('serverlessNotes.resetQuiz', async () => {
      const answer = await vscode.window.showWarningMessage('Reset all quiz progress? Scheduled reviews and answer counts are forgotten.', { modal: true }, RESET_CONFIRM);
      if (answer !== RESET_CONFIRM) return;
      await store.reset();
      void vscode.window.showInformationMessage('Serverless Notes: quiz progress reset.');
    }),
  );
  const testApi: QuizTestApi = {
    progress: () => quiz.readProgress(context.globalState.get(PROGRESS_KEY)),
    bank: () => bank.get(),
    dueStatus: async () => {
      await due.whenUpdated();
      return due.status;
    },
    onDidChangeDueStatus: due.onDidChange,
    study: study.testApi,
  };
  return { testApi, study };
}
