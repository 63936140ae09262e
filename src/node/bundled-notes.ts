/** Reads the bundled knowledge base (media/notes/*.md, package-internal) through the file gate, for the CLI, server, tests and benchmarks. */
import type { NoteSource } from '../core';
import { readText, walkFolder } from './file-gate';
import { MAX_NOTES_FILE_BYTES } from './notes-reader';

export function readNotesFolder(folder: string, origin: NoteSource['origin'] = 'bundled'): NoteSource[] {
  const { files } = walkFolder(folder, { accept: (rel) => rel.endsWith('.md') && !rel.includes('/'), skipFolder: () => true, maxEntries: 10_000 });
  return files.flatMap((path) => {
    const read = readText(path, { root: folder, maxBytes: MAX_NOTES_FILE_BYTES });
    return read.kind === 'text' ? [{ uri: path, text: read.text, origin }] : [];
  });
}
