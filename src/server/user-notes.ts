/**
 * The user's notes files as the server reads them: `serverlessNotes.notes.paths` plus the `notes` of
 * `.serverless-notes.json` files, re-read when watched files change (debounced) or, for clients that cannot
 * watch files, when a document is opened or saved. Every file is read through the file gate, inside the root
 * its path came from (src/node/notes-files.ts). The texts go to the analysis workers, whose language service
 * indexes them (src/core/service); only the user's files live here, the bundled notes are the service's
 * knowledge base.
 */
import { safeField, type NoteSource } from '../core';
import { groupRefusals, readText, type Refusal } from '../node/file-gate';
import { findNotesFiles, notesFileOf, type NotesFile, type NotesLocations } from '../node/notes-files';
import { MAX_NOTES_FILE_BYTES } from '../node/notes-reader';
import { fileUri } from './uris';

const DEBOUNCE_MS = 300;
const NO_LOCATIONS: NotesLocations = { settingsPaths: [], isUserLevel: () => false, configNotes: [], workspaceRoots: [] };

export class UserNotes {
  private sources = new Map<string, NoteSource>();
  /** Each read file and the folder it must be read inside (undefined: the user named it). */
  private files = new Map<string, NotesFile>();
  private locations: NotesLocations = NO_LOCATIONS;
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
  reload(load: () => Promise<NotesLocations>): Promise<void> {
    this.ready = (async () => {
      const locations = await load();
      const started = Date.now();
      const refusals: Refusal[] = [];
      const files = findNotesFiles(locations, refusals);
      const sources = new Map<string, NoteSource>();
      for (const file of files) {
        const source = this.read(file, refusals);
        if (source) sources.set(file.file, source);
      }
      this.sources = sources;
      this.files = new Map(files.map((f) => [f.file, f]));
      this.locations = locations;
      this.logRefusals(refusals);
      if (files.length) this.log(`Read ${files.length} notes files in ${Date.now() - started} ms.`);
      this.changed([...sources.values()]);
    })().catch((error) => this.log(`Loading notes failed: ${safeField((error as Error).message)}`));
    return this.ready;
  }

  /** A notes file changed on disk: re-read it if it is one of ours (or newly matches the paths). */
  touched(file: string): void {
    if (!this.files.has(file) && !notesFileOf(file, this.locations)) return;
    this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.ready = this.ready.then(() => this.flush());
    }, DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const files = [...this.pending];
    this.pending.clear();
    const refusals: Refusal[] = [];
    for (const file of files) {
      const notesFile = this.files.get(file) ?? notesFileOf(file, this.locations);
      if (!notesFile) continue;
      const source = this.read(notesFile, refusals);
      if (source) {
        this.sources.set(file, source);
        this.files.set(file, notesFile);
      } else this.sources.delete(file);
    }
    this.logRefusals(refusals);
    this.changed([...this.sources.values()]);
  }

  /** One notes file through the file gate, inside its root; a refused one says so in the log (grouped). */
  private read({ file, root }: NotesFile, refusals: Refusal[]): NoteSource | undefined {
    const read = readText(file, { root, maxBytes: MAX_NOTES_FILE_BYTES });
    if (read.kind === 'refused') refusals.push(read.refusal);
    return read.kind === 'text' ? { uri: fileUri(file), text: read.text, origin: 'user' } : undefined;
  }

  private logRefusals(refusals: readonly Refusal[]): void {
    for (const line of groupRefusals(refusals)) this.log(`Notes file ${safeField(line.path)}: ${line.text}`);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
