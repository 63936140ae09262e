/**
 * The VS Code UI beyond the language client: the bundled knowledge base, the user's notes (index, Search
 * Notes, outdated-claims diagnostics, read-only note views) and the quiz's study view with its learn loop.
 * It is its own chunk, dist/ui.js (markdown-it, the quiz's generators and FSRS are most of the extension's
 * code): extension.ts loads it a moment after activation, or at once when one of its commands runs, a
 * note view is read or a study view is restored (lazy-ui.ts).
 */
import * as vscode from 'vscode';
import { KnowledgeBase, type Topic } from '../core';
import { loadBundledNotes } from './bundled-notes';
import { registerNotesFeatures } from './notes/register-notes';
import { registerQuiz, type QuizTestApi } from './quiz/register-quiz';

export interface UiDeps {
  readonly log: vscode.LogOutputChannel;
  /** The resource types of a document's model, from the language server. */
  readonly resourceTypes: (uri: vscode.Uri) => Promise<string[]>;
  /** The documents the language server analyses. */
  readonly selector: vscode.DocumentSelector;
  /** Tells the language status item how many notes files are indexed. */
  readonly notesIndexed?: (files: number) => void;
  /** Tells the note views' content provider (in the activation bundle) that a view should be read again. */
  readonly noteViewChanged?: (uri: vscode.Uri) => void;
}

export interface UiApi {
  /** The quiz's stored progress, bank, status bar item and study view, as integration tests read them. */
  readonly quiz: QuizTestApi;
  /** Restores a study view after a window reload (the panel serializer in extension.ts calls it). */
  restoreStudy(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  /** The content of a read-only note view (the content provider in extension.ts delegates here). */
  noteViewContent(uri: vscode.Uri): Promise<string>;
}

/** Registers every UI command and provider; called once, when the chunk loads. */
export function activateUi(context: vscode.ExtensionContext, deps: UiDeps): UiApi {
  const { log } = deps;
  // The bundled notes as a knowledge base, for the quiz and for opening bundled notes from hover links.
  let bundledTopics: readonly Topic[] = [];
  let kb: Promise<KnowledgeBase> | undefined;
  const bundledNotes = () => loadBundledNotes(context.extensionUri);
  const knowledgeBase = () =>
    (kb ??= bundledNotes().then((notes) => {
      log.info(`Loaded ${notes.length} bundled notes files.`);
      const loaded = new KnowledgeBase(notes);
      bundledTopics = loaded.topics;
      return loaded;
    }));
  void knowledgeBase();
  const notes = registerNotesFeatures(context, { bundledNotes, bundledTopics: () => bundledTopics, log, extensionUri: context.extensionUri, notesIndexed: deps.notesIndexed });
  context.subscriptions.push(notes.noteViews.onDidChange((uri) => deps.noteViewChanged?.(uri)));
  const quiz = registerQuiz(context, { notes, knowledgeBase, resourceTypes: deps.resourceTypes, selector: deps.selector, log, extensionUri: context.extensionUri });
  return {
    quiz: quiz.testApi,
    restoreStudy: (panel, state) => quiz.study.restore(panel, state),
    noteViewContent: async (uri) => {
      await Promise.all([knowledgeBase(), notes.index.current()]);
      return notes.noteViews.provideTextDocumentContent(uri);
    },
  };
}
