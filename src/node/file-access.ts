/**
 * What `${file(...)}` in a serverless.yml may read: regular files inside the configuration's project
 * folder, found through their real path (a symlink out of the project is refused), checked with fstat
 * on the open descriptor (a FIFO, `/dev/zero` or `/dev/stdin` is never read) and read with a hard byte
 * cap. Everything else is refused with a reason the core turns into one information finding — never
 * the file's contents. One function for every face (extension, CLI, language server).
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileAccess, FileRead } from '../core';

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
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(path);
  } catch (error) {
    // No such file: the Framework then takes the variable's fallback.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    return { refused: 'not read: its path cannot be resolved' };
  }
  if (!isInside(realRoot, real)) return { refused: 'not read: it is outside the project folder' };
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: 'not read: it is not a regular file' };
    if (stats.size > maxBytes) return { refused: `not read: it is larger than ${formatBytes(maxBytes)}` };
    // The size may change between fstat and read: never read more than the cap, whatever fstat said.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { refused: `not read: it is larger than ${formatBytes(maxBytes)}` };
    return { text: buffer.toString('utf8', 0, length), key: real };
  } catch {
    return { refused: 'not read: it cannot be opened as a file' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The CLI's project folder of a checked file: the nearest folder holding a `.git` from the file's
 * folder up to the working directory (never above it), else the file's own folder (where its
 * serverless.yml is).
 */
export function cliProjectRoot(fileName: string, cwd: string = process.cwd()): string {
  const own = dirname(resolve(fileName));
  const top = resolve(cwd);
  if (own !== top && !isInside(top, own)) return own;
  for (let dir = own; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dir === top || dirname(dir) === dir) return own;
  }
}
