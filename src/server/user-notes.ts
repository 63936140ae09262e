/**
 * The user's notes as the server indexes them for hovers: `serverlessNotes.notes.paths` plus the `notes`
 * of `.serverless-notes.json` files, re-read when watched files change (debounced). Only the user's
 * sections live here; the bundled notes are the language service's knowledge base.
 */
import { NotesSearchIndex, parseNotes, safeField, type Topic } from '../core';
import { groupRefusals, readText, type Refusal } from '../node/file-gate';
import { findNotesFiles, notesFileOf, type NotesFile, type NotesLocations } from '../node/notes-files';
import { MAX_NOTES_FILE_BYTES } from '../node/notes-reader';
import { fileUri } from './uris';

const DEBOUNCE_MS = 300;
const NO_LOCATIONS: NotesLocations = { settingsPaths: [], isUserLevel: () => false, configNotes: [], workspaceRoots: [] };

export class UserNotes {
  private index = new NotesSearchIndex();
  /** Each indexed file and the folder it must be read inside (undefined: the user named it). */
  private files = new Map<string, NotesFile>();
  private locations: NotesLocations = NO_LOCATIONS;
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
  reload(load: () => Promise<NotesLocations>): Promise<void> {
    this.ready = (async () => {
      const locations = await load();
      const started = Date.now();
      const refusals: Refusal[] = [];
      const files = findNotesFiles(locations, refusals);
      const index = new NotesSearchIndex();
      for (const file of files) index.setFile(fileUri(file.file), this.parse(file, refusals));
      this.index = index;
      this.files = new Map(files.map((f) => [f.file, f]));
      this.locations = locations;
      this.logRefusals(refusals);
      if (files.length) this.log(`Indexed ${files.length} notes files (${index.topics.length} sections) in ${Date.now() - started} ms.`);
      this.changed();
    })().catch((error) => this.log(`Loading notes failed: ${(error as Error).message}`));
    return this.ready;
  }

  /** A watched `.md` file changed: re-index it if it is one of ours (or newly matches the globs). */
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
      const topics = this.parse(notesFile, refusals);
      this.index.setFile(fileUri(file), topics);
      if (topics.length) this.files.set(file, notesFile);
    }
    this.logRefusals(refusals);
    this.changed();
  }

  /** One notes file through the file gate, inside its root; a refused one says so in the log (grouped). */
  private parse({ file, root }: NotesFile, refusals: Refusal[]): Topic[] {
    const read = readText(file, { root, maxBytes: MAX_NOTES_FILE_BYTES });
    if (read.kind === 'refused') refusals.push(read.refusal);
    return read.kind === 'text' ? parseNotes({ uri: fileUri(file), text: read.text, origin: 'user' }) : [];
  }

  private logRefusals(refusals: readonly Refusal[]): void {
    for (const line of groupRefusals(refusals)) this.log(`Notes file ${safeField(line.path)}: ${line.text}`);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
