/** Reads the bundled knowledge base (media/notes/*.md) from disk, for the CLI, tests and benchmarks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteSource } from '../core';

export function readNotesFolder(folder: string, origin: NoteSource['origin'] = 'bundled'): NoteSource[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ uri: join(folder, name), text: readFileSync(join(folder, name), 'utf8'), origin }));
}
