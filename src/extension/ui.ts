/**
 * The VS Code UI beyond the language client: the bundled knowledge base, the user's notes (index, Search
 * Notes, outdated-claims diagnostics, note links) and the quiz with its learn loop. It is its own chunk,
 * dist/ui.js (markdown-it, the quiz's generators and FSRS are most of the extension's code): extension.ts
 * loads it a moment after activation, or at once when one of its commands runs (lazy-ui.ts).
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
}

export interface UiApi {
  /** The quiz's stored progress, bank and status bar item, as integration tests read them. */
  readonly quiz: QuizTestApi;
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
  const notes = registerNotesFeatures(context, { bundledNotes, bundledTopics: () => bundledTopics, log });
  const quiz = registerQuiz(context, { notes, knowledgeBase, resourceTypes: deps.resourceTypes, selector: deps.selector, log });
  return { quiz };
}
