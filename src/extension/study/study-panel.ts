/**
 * The study view: one webview panel that runs a quiz session (study-session.ts) and draws it with
 * src/webview/study.ts. Every answer is stored at once (FSRS card + the paused session), so closing the
 * panel or the window loses nothing; the webview keeps its own state (ticked options, feedback shown) and
 * VS Code hands it back to `restore` after a reload (the serializer is registered in extension.ts, so a
 * restored panel does not wait for the UI chunk's delay).
 */
import * as vscode from 'vscode';
import { quiz } from '../../core';
import type { QuizBank } from '../quiz/quiz-bank';
import type { QuizStore } from '../quiz/quiz-store';
import { renderMarkdown } from './render-markdown';
import { studyPageHtml } from './study-html';
import { STUDY_VIEW_TYPE, type StudyMessage, type StudyPersisted, type StudyView } from './study-protocol';
import { advance, currentOf, fromNow, fromPersisted, select, startStudy, submit, toPaused, toPersisted, viewOf, type StudySession } from './study-session';

export const STUDY_TITLE = 'Serverless Notes Quiz';

export interface StudyPanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly bank: QuizBank;
  readonly store: QuizStore;
  readonly log: vscode.LogOutputChannel;
  /** Opens the rendered, read-only note of a question at its section. */
  readonly openNote: (q: quiz.Question) => Promise<void>;
  /** The questions of one topic for the view's filter (a fresh pick, or the paused run of that topic). */
  readonly topicSession: (topicId: string) => Promise<StudySession>;
  /** Offered on the summary: the bank as an Anki deck. */
  readonly exportAnki: () => Promise<void>;
  /**
   * Where the view's state is also written on every change (the extension's storage folder). A browser
   * reload can restore the panel with the state its page saved a moment before the last click; this copy,
   * written by the extension host at once, wins when it is newer.
   */
  readonly stateFile?: vscode.Uri;
  readonly now?: () => Date;
}

/** What integration tests read and do through the extension's API: the view as last sent, and the webview's messages. */
export interface StudyTestApi {
  /** The view last sent to the webview (undefined while no panel is open). */
  view(): StudyView | undefined;
  /** Resolves with the next view sent that satisfies `predicate` (or the current one if it already does). */
  waitForView(predicate: (v: StudyView) => boolean, ms?: number): Promise<StudyView>;
  /** Handles a message as if the webview had sent it. */
  send(message: StudyMessage): Promise<void>;
  /** The panel, while open. */
  panel(): vscode.WebviewPanel | undefined;
}

export class StudyPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private session: StudySession | undefined;
  private origin: StudySession | undefined;
  private lastView: StudyView | undefined;
  private schedule: { rating: string; nextReview?: string } | undefined;
  private readonly viewSent = new vscode.EventEmitter<StudyView>();
  private readonly disposables: vscode.Disposable[] = [this.viewSent];
  private emptyMessage: string | undefined;
  private handling = false;

  constructor(private readonly deps: StudyPanelDeps) {
    // Another window's answers, a reset or new notes change the due count and the bank: redraw (not while
    // this view's own message is handled, which redraws once at its end).
    const redraw = () => void (this.handling || this.post());
    this.disposables.push(deps.bank.onDidChange(redraw), deps.store.onDidChange(redraw));
  }

  /** Opens (or reveals) the panel on this session; the session it replaces stays paused in the store. */
  async show(session: StudySession, emptyMessage?: string): Promise<void> {
    await this.pauseCurrent();
    this.session = session;
    this.origin = session.filter ? this.origin : session;
    this.schedule = undefined;
    this.emptyMessage = emptyMessage;
    if (this.panel) {
      this.panel.reveal(undefined, false);
      await this.post();
      return;
    }
    const panel = vscode.window.createWebviewPanel(STUDY_VIEW_TYPE, STUDY_TITLE, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, this.webviewOptions());
    this.attach(panel);
  }

  /** A panel VS Code restored after a reload, with the state its webview saved. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const bank = await this.deps.bank.get();
    const written = await this.readStateFile();
    const newest = written && (!isRun(state) || (written.savedAt ?? 0) >= (state.savedAt ?? 0)) ? written : state;
    const session = fromPersisted(newest, bank) ?? fromPersisted(state, bank) ?? this.pausedFromStore(bank);
    if (this.panel && this.panel !== panel) this.panel.dispose();
    this.session = session ?? startStudy('all', 'All topics', []);
    this.origin = this.session.filter ? undefined : this.session;
    this.emptyMessage = session ? undefined : 'Nothing to resume: run "Serverless Notes: Start Quiz".';
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
    this.deps.log.info(`Study view restored (${this.session.scope}, question ${this.session.index + 1} of ${this.session.questions.length}).`);
  }

  readonly testApi: StudyTestApi = {
    view: () => (this.panel ? this.lastView : undefined),
    waitForView: (predicate, ms = 20_000) =>
      new Promise((resolve, reject) => {
        if (this.panel && this.lastView && predicate(this.lastView)) return resolve(this.lastView);
        const timer = setTimeout(() => (sub.dispose(), reject(new Error(`timed out after ${ms} ms waiting for the study view; last: ${JSON.stringify(this.lastView?.persist)} phase ${this.lastView?.phase}`))), ms);
        const sub = this.viewSent.event((v) => {
          if (!predicate(v)) return;
          clearTimeout(timer);
          sub.dispose();
          resolve(v);
        });
      }),
    send: (message) => this.onMessage(message),
    panel: () => this.panel,
  };

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    const { extensionUri } = this.deps;
    return {
      enableScripts: true,
      enableFindWidget: true,
      // A hidden study view keeps its page: the next quiz command shows its question at once, not after a reload.
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media', 'study')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    const webview = panel.webview;
    webview.html = studyPageHtml({
      cspSource: webview.cspSource,
      script: webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'study-view.js')).toString(),
      style: webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'study', 'study.css')).toString(),
    });
    const subscriptions = [
      webview.onDidReceiveMessage((m: StudyMessage) => void this.onMessage(m).catch((e) => this.deps.log.error('Study view', e as Error))),
      panel.onDidDispose(() => {
        subscriptions.forEach((d) => d.dispose());
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.lastView = undefined;
        void this.pauseCurrent();
      }),
    ];
  }

  private pausedFromStore(bank: readonly quiz.Question[]): StudySession | undefined {
    const paused = this.deps.store.get().paused;
    const resumed = paused && quiz.resume(paused, paused.scope, bank);
    return resumed ? { ...startStudy(resumed.scope, scopeLabelOf(resumed.scope), resumed.questions), index: resumed.index, correct: resumed.correct } : undefined;
  }

  private async pauseCurrent(): Promise<void> {
    const s = this.session;
    if (!s || !s.questions.length) return;
    const progress = this.deps.store.get();
    const paused = toPaused(s);
    if (JSON.stringify(progress.paused) === JSON.stringify(paused)) return;
    await this.deps.store.set({ ...progress, paused });
  }

  private async onMessage(message: StudyMessage): Promise<void> {
    this.handling = true;
    try {
      await this.handle(message);
    } finally {
      this.handling = false;
    }
  }

  private async handle(message: StudyMessage): Promise<void> {
    const s = this.session;
    if (!s) return;
    switch (message?.type) {
      case 'ready':
        break;
      case 'select':
        this.session = select(s, Array.isArray(message.choices) ? message.choices : []);
        await this.writeStateFile(this.session, Date.now());
        return; // the webview already shows it (and saved it)
      case 'answer': {
        const { session, question, correct } = submit(s, Array.isArray(message.choices) ? message.choices : []);
        if (!question) break;
        this.session = session;
        const now = (this.deps.now ?? (() => new Date()))();
        const progress = quiz.recordAnswer(this.deps.store.get(), question.id, !!correct, now);
        const card = progress.cards[question.id];
        this.schedule = { rating: correct ? 'Good (right answer)' : 'Again (wrong answer)', nextReview: card ? fromNow(new Date(card.due), now) : undefined };
        await this.deps.store.set({ ...progress, paused: toPaused(session) });
        break;
      }
      case 'next':
        this.session = advance(s);
        this.schedule = undefined;
        break;
      case 'openNote': {
        const q = currentOf(s);
        if (q) await this.deps.openNote(q);
        return;
      }
      case 'exportAnki':
        await this.deps.exportAnki();
        return;
      case 'filter': {
        const topicId = typeof message.topicId === 'string' ? message.topicId : '';
        await this.pauseCurrent();
        this.session = topicId ? { ...(await this.deps.topicSession(topicId)), filter: topicId } : (this.origin ?? s);
        this.schedule = undefined;
        break;
      }
      default:
        return;
    }
    await this.post();
  }

  private async post(): Promise<void> {
    const s = this.session;
    const panel = this.panel;
    if (!s || !panel) return;
    const bank = await this.deps.bank.get();
    const now = (this.deps.now ?? (() => new Date()))();
    const topics = [...new Map(bank.map((q) => [q.topicId, q.topicTitle])).entries()].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
    const drawn = viewOf(s, { due: quiz.dueCount(bank, this.deps.store.get(), now), topics, markdown: renderMarkdown, schedule: this.schedule, emptyMessage: this.emptyMessage });
    const savedAt = Date.now();
    const view: StudyView = { ...drawn, persist: { ...drawn.persist, savedAt } };
    if (this.panel !== panel) return;
    panel.title = s.questions.length && s.index < s.questions.length ? `${STUDY_TITLE} (${s.index + 1}/${s.questions.length})` : STUDY_TITLE;
    this.lastView = view;
    await Promise.all([panel.webview.postMessage({ type: 'view', view }), this.writeStateFile(s, savedAt)]);
    this.viewSent.fire(view);
  }

  private async writeStateFile(s: StudySession, savedAt: number): Promise<void> {
    const file = this.deps.stateFile;
    if (!file) return;
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ ...toPersisted(s), savedAt })));
    } catch (error) {
      this.deps.log.debug(`Study view: could not write ${file.toString()}: ${(error as Error).message}`);
    }
  }

  private async readStateFile(): Promise<StudyPersisted | undefined> {
    const file = this.deps.stateFile;
    if (!file) return undefined;
    try {
      const state: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      return isRun(state) ? state : undefined;
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

function isRun(state: unknown): state is StudyPersisted {
  return !!state && typeof state === 'object' && typeof (state as StudyPersisted).scope === 'string' && Array.isArray((state as StudyPersisted).questionIds);
}

/** How a scope reads in the view's header. */
export function scopeLabelOf(scope: string): string {
  if (scope === 'all') return 'All topics';
  if (scope === 'due') return 'Due cards';
  if (scope.startsWith('file:')) return `This file: ${decodeURIComponent(scope.slice('file:'.length).split('/').pop() ?? '')}`;
  if (scope.startsWith('rule:')) return `Finding: ${scope.slice('rule:'.length)}`;
  if (scope.startsWith('topic:')) return `Topic: ${scope.slice('topic:'.length)}`;
  return scope;
}
