/**
 * The user's notes files as the server reads them: `serverlessNotes.notes.paths` plus the `notes` of
 * `.serverless-notes.json` files, re-read when watched files change (debounced) or, for clients that cannot
 * watch files, when a document is opened or saved. The texts go to the analysis workers, whose language
 * service indexes them (src/core/service); only the user's files live here, the bundled notes are the
 * service's knowledge base.
 */
import { readFile, stat } from 'node:fs/promises';
import type { NoteSource } from '../core';
import { findNotesFiles, isNotesFile } from '../node/notes-files';
import { fileUri } from './uris';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const DEBOUNCE_MS = 300;

export class UserNotes {
  private sources = new Map<string, NoteSource>();
  private paths: readonly string[] = [];
  private roots: readonly string[] = [];
  private ready: Promise<void> = Promise.resolve();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: (message: string) => void,
    private readonly changed: (notes: readonly NoteSource[]) => void,
  ) {}

  /** The notes once a (re)load in progress has finished. */
  async current(): Promise<NoteSource[]> {
    await this.ready;
    return [...this.sources.values()];
  }

  /** Whether a file is one of the user's notes files (its diagnostics are the claims check). */
  has(file: string): boolean {
    return this.sources.has(file);
  }

  /** Starts re-reading every notes file. */
  reload(load: () => Promise<{ paths: readonly string[]; roots: readonly string[] }>): Promise<void> {
    this.ready = (async () => {
      const { paths, roots } = await load();
      const started = Date.now();
      const files = [...new Set(await findNotesFiles(paths, roots))];
      const sources = new Map<string, NoteSource>();
      for (const file of files) {
        const source = await this.read(file);
        if (source) sources.set(file, source);
      }
      this.sources = sources;
      this.paths = paths;
      this.roots = roots;
      if (files.length) this.log(`Read ${files.length} notes files in ${Date.now() - started} ms.`);
      this.changed([...sources.values()]);
    })().catch((error) => this.log(`Loading notes failed: ${(error as Error).message}`));
    return this.ready;
  }

  /** A notes file changed on disk: re-read it if it is one of ours (or newly matches the paths). */
  touched(file: string): void {
    if (!this.sources.has(file) && !isNotesFile(file, this.paths, this.roots)) return;
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
      const source = await this.read(file);
      if (source) this.sources.set(file, source);
      else this.sources.delete(file);
    }
    this.changed([...this.sources.values()]);
  }

  private async read(file: string): Promise<NoteSource | undefined> {
    try {
      if ((await stat(file)).size > MAX_FILE_BYTES) {
        this.log(`Skipped notes file ${file}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
        return undefined;
      }
      return { uri: fileUri(file), text: await readFile(file, 'utf8'), origin: 'user' };
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
