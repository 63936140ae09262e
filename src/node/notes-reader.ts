/**
 * Reads markdown notes named by paths (a config's `notes`, `--notes`, `notes.paths` settings) through the file
 * gate: a file is read as it is, a folder gives every `.md` below it (walked by the gate, bounded). `root`
 * is the folder a repository-given path must stay inside; undefined when the user gave the paths (each is
 * then a root of its own, and a folder's walk still never leaves the folder's real path).
 */
import type { NoteSource } from '../core';
import { kindOf, readText, refuse, resolveInside, walkFolder, type Refusal } from './file-gate';

/** A notes file larger than this is not read (the largest bundled note is about 60 KB). */
export const MAX_NOTES_FILE_BYTES = 2 * 1024 * 1024;
/** At most this many notes files from one list of paths. */
export const MAX_NOTES_FILES = 5000;
/** Folder entries a notes walk looks at before it stops. */
export const MAX_NOTES_WALK_ENTRIES = 50_000;
const MAX_NOTES_DEPTH = 24;

/** Whether a folder is worth walking for notes (node_modules and dot folders are not). */
export function isNotesFolderName(name: string): boolean {
  return name !== 'node_modules' && !name.startsWith('.');
}

/** The notes files a list of paths names (files as given; folders walked for `.md`), refusals collected. */
export function notesFilesAt(paths: readonly string[], root: string | undefined, refusals: Refusal[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (files.length >= MAX_NOTES_FILES) break;
    // A repository-given path is confined before anything at it is looked at.
    if (root !== undefined) {
      const resolved = resolveInside(root, path);
      if (resolved.kind === 'missing') continue;
      if (resolved.kind === 'refused') {
        refusals.push(refuse(path, resolved.rule));
        continue;
      }
    }
    // A user-given folder is the root of its own walk; a repository-given one stays inside `root`.
    if (kindOf(path) === 'folder') {
      const walked = walkFolder(path, {
        root,
        accept: (rel) => rel.endsWith('.md'),
        skipFolder: (name) => !isNotesFolderName(name),
        maxEntries: MAX_NOTES_WALK_ENTRIES,
        maxDepth: MAX_NOTES_DEPTH,
        maxFiles: MAX_NOTES_FILES - files.length,
      });
      files.push(...walked.files);
      refusals.push(...walked.refusals);
    } else files.push(path);
  }
  return files;
}

/** The notes at `paths` as user notes; what the gate refused goes to `refusals` (missing files are skipped). */
export function readNotesAt(paths: readonly string[], root: string | undefined, refusals: Refusal[]): NoteSource[] {
  const notes: NoteSource[] = [];
  for (const file of notesFilesAt(paths, root, refusals)) {
    const read = readText(file, { root, maxBytes: MAX_NOTES_FILE_BYTES });
    if (read.kind === 'text') notes.push({ uri: file, text: read.text, origin: 'user' });
    else if (read.kind === 'refused') refusals.push(read.refusal);
  }
  return notes;
}
