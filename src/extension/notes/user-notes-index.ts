/**
 * The user's notes files (setting `serverlessNotes.notes.paths`) read into the search index, off the UI
 * path: files are found and parsed asynchronously, and re-indexed (debounced) when they change.
 */
import * as vscode from 'vscode';
import { NotesSearchIndex, parseNotes, safeField, type NoteSource, type Topic } from '../../core';
import { kindOf, readText } from '../../node/file-gate';
import { readNotesSettings } from './notes-settings';

const DEBOUNCE_MS = 300;
/** Larger files are skipped: notes, not data dumps. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 5000;
/** Indexing that takes longer than this shows progress in the status bar. */
export const PROGRESS_DELAY_MS = 1000;

export class UserNotesIndex implements vscode.Disposable {
  private index: NotesSearchIndex;
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the index changed (files added, edited or removed). */
  readonly onDidChange = this.changed.event;
  private ready: Promise<void> = Promise.resolve();
  private readonly userFiles = new Set<string>();

  constructor(
    private readonly bundled: () => Promise<readonly NoteSource[]>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.index = new NotesSearchIndex();
  }

  /** The index once the current (re)load has finished. */
  async current(): Promise<NotesSearchIndex> {
    await this.ready;
    return this.index;
  }

  /** The index as it is now (hovers must not wait). */
  get now(): NotesSearchIndex {
    return this.index;
  }

  /** How many of the user's notes files are indexed (the language status item shows it). */
  get userFileCount(): number {
    return this.userFiles.size;
  }

  /** (Re)reads every notes file named by the settings and (re)creates the watchers. */
  reload(): Promise<void> {
    const ready = this.load().catch((error) => this.log.error('Loading notes failed', error as Error));
    this.ready = ready;
    progressAfter(PROGRESS_DELAY_MS, 'Serverless Notes: indexing notes', ready);
    return ready;
  }

  private async load(): Promise<void> {
    const settings = readNotesSettings();
    const started = Date.now();
    const index = new NotesSearchIndex();
    if (settings.includeBundled) for (const source of await this.bundled()) index.setFile(source.uri, parseNotes(source));
    // An untrusted workspace reads no notes file but the bundled ones (its settings may name any path).
    const files = vscode.workspace.isTrusted ? await this.findFiles(settings.paths) : [];
    for (const uri of files) index.setFile(uri.toString(), await this.parse(uri));
    this.index = index;
    this.userFiles.clear();
    for (const uri of files) this.userFiles.add(uri.toString());
    this.watch(settings.paths);
    this.log.info(`Indexed ${files.length} notes files (${index.topics.length} sections) in ${Date.now() - started} ms.`);
    this.changed.fire();
  }

  private async parse(uri: vscode.Uri): Promise<Topic[]> {
    if (uri.scheme !== 'file') return [];
    // Through the file gate: regular files only (a FIFO or a device never blocks the host), size-capped.
    const read = readText(uri.fsPath, { maxBytes: MAX_FILE_BYTES });
    if (read.kind === 'refused') this.log.warn(`Skipped notes file ${safeField(uri.fsPath)}: ${read.refusal.reason} (${read.refusal.rule}).`);
    return read.kind === 'text' ? parseNotes({ uri: uri.toString(), text: read.text, origin: 'user' }) : [];
  }

  private async findFiles(paths: readonly string[]): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const path of paths) {
      if (isAbsolute(path)) {
        const uri = vscode.Uri.file(path);
        const kind = kindOf(path);
        if (kind === 'folder') for (const f of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.md'), undefined, MAX_FILES)) found.set(f.toString(), f);
        else if (kind === 'missing') this.log.warn(`Notes path not found: ${safeField(path)}`);
        else found.set(uri.toString(), uri);
      } else {
        for (const f of await vscode.workspace.findFiles(path, '**/node_modules/**', MAX_FILES)) found.set(f.toString(), f);
      }
    }
    return [...found.values()].slice(0, MAX_FILES);
  }

  private watch(paths: readonly string[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const path of paths) {
      const pattern = isAbsolute(path) ? new vscode.RelativePattern(vscode.Uri.file(path), '**/*.md') : path;
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const touch = (uri: vscode.Uri) => this.schedule(uri);
      this.watchers.push(watcher, watcher.onDidChange(touch), watcher.onDidCreate(touch), watcher.onDidDelete(touch));
    }
  }

  private schedule(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const uris = [...this.pending];
    this.pending.clear();
    for (const key of uris) {
      const topics = await this.parse(vscode.Uri.parse(key));
      this.index.setFile(key, topics);
      if (topics.length) this.userFiles.add(key);
      else this.userFiles.delete(key);
    }
    this.log.info(`Re-indexed ${uris.length} notes files.`);
    this.changed.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    this.changed.dispose();
  }
}

/** Shows `title` as status-bar progress while `work` runs, if it is still running after `delayMs`. */
export function progressAfter(delayMs: number, title: string, work: Promise<unknown>): void {
  let settled = false;
  const done = work.finally(() => (settled = true));
  const timer = setTimeout(() => {
    if (!settled) void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => done);
  }, delayMs);
  void done.finally(() => clearTimeout(timer));
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\');
}
