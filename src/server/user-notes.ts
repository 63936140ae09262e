/**
 * The user's notes as the server indexes them for hovers: `serverlessNotes.notes.paths` plus the `notes`
 * of `.serverless-notes.json` files, re-read when watched files change (debounced). Only the user's
 * sections live here; the bundled notes are the language service's knowledge base.
 */
import { readFile, stat } from 'node:fs/promises';
import { NotesSearchIndex, parseNotes, type Topic } from '../core';
import { findNotesFiles, isNotesFile } from '../node/notes-files';
import { fileUri } from './uris';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const DEBOUNCE_MS = 300;

export class UserNotes {
  private index = new NotesSearchIndex();
  private files = new Set<string>();
  private paths: readonly string[] = [];
  private roots: readonly string[] = [];
  private ready: Promise<void> = Promise.resolve();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: (message: string) => void,
    private readonly changed: () => void,
  ) {}

  /** The index once a (re)load in progress has finished. */
  async current(): Promise<NotesSearchIndex> {
    await this.ready;
    return this.index;
  }

  /** Starts re-reading every notes file (synchronously marks the index as loading, so hovers wait for it). */
  reload(load: () => Promise<{ paths: readonly string[]; extraFiles: readonly string[]; roots: readonly string[] }>): Promise<void> {
    this.ready = (async () => {
      const { paths, extraFiles, roots } = await load();
      const started = Date.now();
      const found = await findNotesFiles(paths, roots);
      const files = [...new Set([...found, ...extraFiles])];
      const index = new NotesSearchIndex();
      for (const file of files) index.setFile(fileUri(file), await this.parse(file));
      this.index = index;
      this.files = new Set(files);
      this.paths = paths;
      this.roots = roots;
      if (files.length) this.log(`Indexed ${files.length} notes files (${index.topics.length} sections) in ${Date.now() - started} ms.`);
      this.changed();
    })().catch((error) => this.log(`Loading notes failed: ${(error as Error).message}`));
    return this.ready;
  }

  /** A watched `.md` file changed: re-index it if it is one of ours (or newly matches the globs). */
  touched(file: string): void {
    if (!this.files.has(file) && !isNotesFile(file, this.paths, this.roots)) return;
    this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.ready = this.ready.then(() => this.flush());
    }, DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const files = [...this.pending];
    this.pending.clear();
    for (const file of files) {
      const topics = await this.parse(file);
      this.index.setFile(fileUri(file), topics);
      if (topics.length) this.files.add(file);
    }
    this.changed();
  }

  private async parse(file: string): Promise<Topic[]> {
    try {
      if ((await stat(file)).size > MAX_FILE_BYTES) {
        this.log(`Skipped notes file ${file}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
        return [];
      }
      return parseNotes({ uri: fileUri(file), text: await readFile(file, 'utf8'), origin: 'user' });
    } catch {
      return [];
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
