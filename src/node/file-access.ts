/**
 * What `${file(...)}` in a serverless.yml may read: a repository-given path, so through the file gate
 * (src/node/file-gate.ts) with the project folder as its root — regular files inside the project's real
 * path, with a hard byte cap. Everything else is refused with a reason the core turns into one information
 * finding — never the file's contents. One function for every face (extension, CLI, language server).
 */
import { dirname, resolve } from 'node:path';
import type { FileAccess, FileRead } from '../core';
import { readText } from './file-gate';

// The CLI's project folder lives with the gate (config files are looked for below it too).
export { cliProjectRoot } from './file-gate';

/** Included files larger than this are not read (the largest real one in the corpus is a few KB). */
export const MAX_INCLUDED_FILE_BYTES = 1024 * 1024;

export interface ProjectFileAccessOptions {
  /**
   * The folder no `${file()}` of the analysed file may leave: the workspace folder in the extension,
   * {@link cliProjectRoot} in the CLI. Undefined: nothing is read for that file.
   */
  readonly projectRoot: (fromFileName: string) => string | undefined;
  /** False in an untrusted workspace: `${file()}` is not followed at all (no file is touched). */
  readonly trusted: boolean;
  readonly maxBytes?: number;
}

const UNTRUSTED: FileAccess = {
  readFile: () => ({ refused: 'not followed in an untrusted workspace (trust the workspace to resolve it)' }),
};

/** The file access for `${file(...)}` (see the top of this file). */
export function projectFileAccess(options: ProjectFileAccessOptions): FileAccess {
  if (!options.trusted) return UNTRUSTED;
  const maxBytes = options.maxBytes ?? MAX_INCLUDED_FILE_BYTES;
  return {
    readFile(fromFileName, relativePath) {
      const root = options.projectRoot(fromFileName);
      if (root === undefined) return { refused: 'not read: the file is outside any project folder' };
      return readInsideProject(root, resolve(dirname(fromFileName), relativePath), maxBytes);
    },
  };
}

function readInsideProject(root: string, path: string, maxBytes: number): FileRead | undefined {
  const read = readText(path, { root, maxBytes });
  // No such file: the Framework then takes the variable's fallback.
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'refused') return { refused: `not read: ${read.refusal.reason}` };
  return { text: read.text, key: read.realPath };
}
