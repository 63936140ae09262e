/** Quiz commands: Start Quiz, Quiz Me on This File, Quiz Progress, Reset Quiz Progress. */
import * as vscode from 'vscode';
import { quiz, type KnowledgeBase } from '../../core';
import { openTopic } from '../notes/open-topic-link';
import type { UserNotesIndex } from '../notes/user-notes-index';
import { QuizStore } from './quiz-store';
import { runQuiz } from './quiz-ui';

/** Questions per quiz. */
const QUIZ_LENGTH = 10;
export const PROGRESS_TITLE = 'Serverless Notes: Quiz Progress';
export const RESET_CONFIRM = 'Reset';

export interface QuizDeps {
  readonly notes: UserNotesIndex;
  readonly knowledgeBase: () => Promise<KnowledgeBase>;
  /** The resource types of a document's model, from the language server. */
  readonly resourceTypes: (uri: vscode.Uri) => Promise<string[]>;
  readonly log: vscode.LogOutputChannel;
}

export function registerQuiz(context: vscode.ExtensionContext, deps: QuizDeps): QuizStore {
  const store = new QuizStore(context.globalState);
  const bank = async () => quiz.buildQuestionBank((await deps.notes.current()).topics);
  const openNote = (q: quiz.Question) => openTopic({ uri: q.source.uri, origin: q.source.origin, line: q.source.line }, { preview: true, preserveFocus: true });

  const start = async (scope: string, questions: readonly quiz.Question[]) => {
    if (!questions.length) {
      void vscode.window.showInformationMessage('Serverless Notes: no quiz questions for this scope.');
      return;
    }
    const progress = store.get();
    const resumed = quiz.resume(progress.paused, scope, questions);
    const session =
      resumed ?? quiz.startSession(scope, quiz.pickQuestions(questions, progress, { now: new Date(), count: QUIZ_LENGTH, random: quiz.seededRandom(Date.now() >>> 0) }));
    await runQuiz(session, { store, openNote });
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('serverlessNotes.startQuiz', async () => start('all', await bank())),
    vscode.commands.registerCommand('serverlessNotes.quizFile', async () => {
      const editor = vscode.window.activeTextEditor;
      const types = editor ? await deps.resourceTypes(editor.document.uri).catch(() => []) : [];
      if (!types.length) {
        void vscode.window.showInformationMessage('Serverless Notes: open a CloudFormation/SAM template, serverless.yml or CDK stack to be quizzed on its services.');
        return;
      }
      const ids = quiz.topicIdsFor(types, await deps.knowledgeBase(), await deps.notes.current());
      await start(`file:${editor!.document.uri.toString()}`, (await bank()).filter((q) => ids.has(q.topicId)));
    }),
    vscode.commands.registerCommand('serverlessNotes.quizProgress', async () => {
      const rows = quiz.progressByTopic(await bank(), store.get(), new Date());
      const picked = await vscode.window.showQuickPick(
        rows.map((r) => ({
          label: r.topicTitle,
          description: `${r.seen}/${r.questions} seen · ${r.learned} learned · ${r.due} due`,
          detail: r.right + r.wrong ? `${r.right} right, ${r.wrong} wrong` : 'not started',
          topicId: r.topicId,
        })),
        { title: PROGRESS_TITLE, placeHolder: 'Progress per topic; pick one to be quizzed on it' },
      );
      if (picked) await start(`topic:${picked.topicId}`, (await bank()).filter((q) => q.topicId === picked.topicId));
    }),
    vscode.commands.registerCommand('serverlessNotes.resetQuiz', async () => {
      const answer = await vscode.window.showWarningMessage('Reset all quiz progress? Scheduled reviews and answer counts are forgotten.', { modal: true }, RESET_CONFIRM);
      if (answer !== RESET_CONFIRM) return;
      await store.reset();
      void vscode.window.showInformationMessage('Serverless Notes: quiz progress reset.');
    }),
  );
  return store;
}
