/**
 * The file gate: the one module through which every byte is read from disk (folder scans of `check`,
 * `.serverless-notes.json`, notes files and folders, `${file()}`, the quiz progress file, the bundled notes).
 * A unit test (test/unit/safety/file-gate-only.test.ts) fails when another file of src/ reads the file system.
 *
 * Rules, in order:
 * - **Who gave the path decides the root.** A path the repository gives (a config's `notes`, `${file()}`, a
 *   symlink met in a walk, the config file itself) is read with `root`: it must stay inside the root's real
 *   path. Every component is resolved here, one symlink at a time, and the read is refused the moment a
 *   link or `..` leaves the root — before the target is looked at, so an outside file that exists and one
 *   that doesn't give the same refusal. A path the user gives (CLI arguments, `--notes`, `--config`,
 *   user-level settings) is a root of its own: read without `root`.
 * - **Regular files only.** Opened with `O_NONBLOCK` (a FIFO never waits for a writer) and `fstat`ed on the
 *   descriptor: a FIFO, a device (`/dev/zero`, `/dev/stdin`), a socket or a folder is refused, never read.
 * - **Bounded bytes.** The size is checked before reading and the read stops at a hard cap whatever `fstat`
 *   said (a file growing while read, `/proc` files that claim 0 bytes): memory never exceeds the cap.
 * - **Bounded walks.** Folder walks are loops over real paths (each folder once), never leave the real path
 *   of the folder they started in (a symlink to `/` is refused, not walked) and count their steps.
 * - **Refusals** name the path and the rule, never the contents; faces group them (see `groupRefusals`).
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, renameSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Why the gate refused a path. */
export type RefusalRule = 'outside-root' | 'not-regular-file' | 'too-large' | 'unreadable' | 'unreadable-name' | 'walk-limit';

/** A path the gate would not read, and the rule that refused it (never anything of its contents). */
export interface Refusal {
  readonly path: string;
  readonly rule: RefusalRule;
  /** A sentence for users ("it is outside the project folder"), the same whatever lies outside. */
  readonly reason: string;
}

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly realPath: string; readonly bytes: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly refusal: Refusal };

export interface ReadOptions {
  /**
   * The folder a repository-given path must stay inside (its real path is taken). Undefined for a path the
   * user gave: it is a root of its own.
   */
  readonly root?: string;
  /** The most bytes read; a larger file is refused (`too-large`). */
  readonly maxBytes: number;
}

/** Symlinks followed while resolving one path (Linux gives up at 40 too). */
const MAX_LINKS = 40;
const CHUNK_BYTES = 64 * 1024;

/** The reason of each rule, shown to users. */
export function refusalReason(rule: RefusalRule, maxBytes?: number): string {
  switch (rule) {
    case 'outside-root':
      return 'it is outside the project folder';
    case 'not-regular-file':
      return 'it is not a regular file (a folder, FIFO, socket or device)';
    case 'too-large':
      return `it is larger than ${formatBytes(maxBytes ?? 0)}`;
    case 'unreadable':
      return 'it cannot be opened';
    case 'unreadable-name':
      return 'its name cannot be read (not UTF-8, or too long)';
    case 'walk-limit':
      return 'the folder walk stopped at its step limit';
  }
}

export function refuse(path: string, rule: RefusalRule, maxBytes?: number): Refusal {
  return { path, rule, reason: refusalReason(rule, maxBytes) };
}

/** Reads one file as UTF-8 text under the rules above. Never throws. */
export function readText(path: string, options: ReadOptions): ReadResult {
  const absolute = resolve(path);
  let target = absolute;
  if (options.root !== undefined) {
    const resolved = resolveInside(options.root, absolute);
    if (resolved.kind !== 'inside') return resolved.kind === 'missing' ? { kind: 'missing' } : { kind: 'refused', refusal: refuse(path, resolved.rule) };
    target = resolved.realPath;
  }
  let fd: number | undefined;
  try {
    try {
      // O_NOFOLLOW on a resolved path: a link swapped in after resolving is refused, not followed out.
      const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.root !== undefined ? (constants.O_NOFOLLOW ?? 0) : 0);
      fd = openSync(target, flags);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      if (code === 'ENAMETOOLONG') return { kind: 'refused', refusal: refuse(path, 'unreadable-name') };
      if (code === 'ELOOP' && options.root !== undefined) return { kind: 'refused', refusal: refuse(path, 'outside-root') };
      if (code === 'ENXIO' || code === 'EISDIR') return { kind: 'refused', refusal: refuse(path, 'not-regular-file') };
      return { kind: 'refused', refusal: refuse(path, 'unreadable') };
    }
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'refused', refusal: refuse(path, 'not-regular-file') };
    if (stats.size > options.maxBytes) return { kind: 'refused', refusal: refuse(path, 'too-large', options.maxBytes) };
    const chunks: Buffer[] = [];
    let bytes = 0;
    // Read until end of file or past the cap, whatever fstat said (at most one chunk past it: whole chunks,
    // since some kernel files such as /proc/self/pagemap refuse reads of odd sizes).
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      bytes += n;
      if (bytes > options.maxBytes) return { kind: 'refused', refusal: refuse(path, 'too-large', options.maxBytes) };
    }
    return { kind: 'text', text: Buffer.concat(chunks, bytes).toString('utf8'), realPath: target, bytes };
  } catch (error) {
    // EAGAIN from a non-blocking read, EIO, EISDIR...: not readable as a file.
    return { kind: 'refused', refusal: refuse(path, (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'not-regular-file' : 'unreadable') };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

type Resolved = { readonly kind: 'inside'; readonly realPath: string } | { readonly kind: 'missing' } | { readonly kind: 'refused'; readonly rule: RefusalRule };

/**
 * The real path of `path` if it stays inside the real path of `root`, resolved one component at a time:
 * a `..` or a symlink target that leaves the root refuses at once, before anything outside is looked at.
 */
export function resolveInside(root: string, path: string): Resolved {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { kind: 'refused', rule: 'outside-root' };
  }
  const lexical = resolve(root, path);
  const rootResolved = resolve(root);
  // The path as given must lie under the root as given (or its real path): the rest is resolved inside it.
  let rest: string[];
  if (isInsideOrSame(rootResolved, lexical)) rest = componentsOf(relative(rootResolved, lexical));
  else if (isInsideOrSame(realRoot, lexical)) rest = componentsOf(relative(realRoot, lexical));
  else return { kind: 'refused', rule: 'outside-root' };
  let current = realRoot;
  let links = 0;
  while (rest.length) {
    const part = rest.shift()!;
    if (part === '.' || part === '') continue;
    if (part === '..') {
      current = dirname(current);
      if (!isInsideOrSame(realRoot, current)) return { kind: 'refused', rule: 'outside-root' };
      continue;
    }
    const next = join(current, part);
    let stats;
    try {
      stats = lstatSync(next);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      if (code === 'ENAMETOOLONG') return { kind: 'refused', rule: 'unreadable-name' };
      return { kind: 'refused', rule: 'unreadable' };
    }
    if (!stats.isSymbolicLink()) {
      current = next;
      continue;
    }
    if (++links > MAX_LINKS) return { kind: 'refused', rule: 'outside-root' };
    let target: string;
    try {
      target = readlinkSync(next);
    } catch {
      return { kind: 'refused', rule: 'unreadable' };
    }
    // An absolute target must itself lie inside the root; a relative one continues from the link's folder.
    if (isAbsolute(target)) {
      const absoluteTarget = resolve(target);
      if (!isInsideOrSame(realRoot, absoluteTarget)) return { kind: 'refused', rule: 'outside-root' };
      rest = [...componentsOf(relative(realRoot, absoluteTarget)), ...rest];
      current = realRoot;
    } else {
      rest = [...componentsOf(target), ...rest];
    }
  }
  return { kind: 'inside', realPath: current };
}

function componentsOf(path: string): string[] {
  return path.split(/[\\/]+/).filter((p) => p !== '');
}

/** Whether `path` is `root` or below it (both absolute, lexically). */
export function isInsideOrSame(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * What lies at a path, without reading it (`follow` false: a final symlink is not followed). `missing` only
 * when nothing is there; a path that can't be looked at (a name too long, no permission) is `other`, so the
 * reader that opens it next reports why instead of calling it missing.
 */
export function kindOf(path: string, follow = true): 'file' | 'folder' | 'link' | 'other' | 'missing' {
  try {
    // stat, not realpath: /dev/stdin leads to a pipe that has no real path but is something (a FIFO).
    const stats = follow ? statSync(path) : lstatSync(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : stats.isSymbolicLink() ? 'link' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'other';
  }
}

/** Whether one of the package's own files (a bundle chunk, a wasm grammar) is there: package-internal, never user input. */
export function packageFileExists(path: string): boolean {
  return kindOf(path) === 'file';
}

/** Whether a folder holds an entry of this name (a file, folder or link; nothing is followed or read). */
export function hasEntry(folder: string, name: string): boolean {
  return kindOf(join(folder, name), false) !== 'missing';
}

export interface WalkOptions {
  /** Whether to take a file found in the walk (relative path with `/`, and its name). */
  readonly accept: (relativePath: string, name: string) => boolean;
  /** Folders not entered (by name). */
  readonly skipFolder?: (name: string) => boolean;
  /** Entries looked at before the walk stops with one `walk-limit` refusal. */
  readonly maxEntries: number;
  readonly maxDepth?: number;
  readonly maxFiles?: number;
  /**
   * The folder the walk may not leave (default: the folder walked). Symlinks are followed only while their
   * real path stays inside it.
   */
  readonly root?: string;
}

export interface WalkResult {
  /** Accepted files, as paths under the folder walked (the spelling users gave), in name order. */
  readonly files: string[];
  readonly refusals: Refusal[];
}

/**
 * Files below `folder`, depth-first in name order, as a loop (a deep tree can't exhaust the stack). Each
 * folder is entered once by its real path (symlink loops end); a symlink whose real path leaves the root is
 * refused (one refusal each, grouped by the caller), so `ln -s / everything` is never walked. Files that
 * are not regular (FIFOs, devices) are refused when the walk would have taken them by name.
 */
export function walkFolder(folder: string, options: WalkOptions): WalkResult {
  const files: string[] = [];
  const refusals: Refusal[] = [];
  const root = options.root ?? folder;
  const start = resolveInside(root, resolve(folder));
  if (start.kind !== 'inside') {
    if (start.kind === 'refused') refusals.push(refuse(folder, start.rule));
    return { files, refusals };
  }
  const maxFiles = options.maxFiles ?? Number.POSITIVE_INFINITY;
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  // Real paths already taken: each folder is entered once and each file is found once (symlink loops end).
  const seen = new Set<string>([start.realPath]);
  // Depth-first in name order, files and folders alike: the stack holds each folder's entries reversed.
  type Item = { readonly path: string; readonly rel: string; readonly depth: number; readonly real: string; readonly kind: 'file' | 'folder' | 'other' | 'link' };
  const stack: Item[] = [{ path: folder, rel: '', depth: 0, real: start.realPath, kind: 'folder' }];
  let entries = 0;
  while (stack.length && files.length < maxFiles) {
    const item = stack.pop()!;
    let { kind, real } = item;
    const name = basename(item.path);
    if (kind === 'link') {
      const resolved = resolveInside(root, item.path);
      if (resolved.kind === 'missing') continue; // a dangling link: nothing there
      if (resolved.kind === 'refused') {
        refusals.push(refuse(item.path, resolved.rule));
        continue;
      }
      real = resolved.realPath;
      const k = kindOf(real, false);
      kind = k === 'file' ? 'file' : k === 'folder' ? 'folder' : 'other';
    }
    if (kind !== 'folder') {
      if (!options.accept(item.rel, name) || seen.has(real)) continue;
      seen.add(real);
      if (kind === 'other') refusals.push(refuse(item.path, 'not-regular-file'));
      else files.push(item.path);
      continue;
    }
    if (item.depth > 0) {
      if (options.skipFolder?.(name) || item.depth > maxDepth || seen.has(real)) continue;
      seen.add(real);
    }
    let listed: Dirent<Buffer>[];
    try {
      listed = readdirSync(item.path, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue; // an unreadable folder: nothing in it to report
    }
    const named = listed.map((entry) => ({ entry, name: entry.name.toString('utf8') })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = named.length - 1; i >= 0; i--) {
      if (++entries > options.maxEntries) {
        refusals.push(refuse(folder, 'walk-limit'));
        return { files, refusals };
      }
      const { entry, name: childName } = named[i];
      const path = join(item.path, childName);
      const rel = item.rel ? `${item.rel}/${childName}` : childName;
      // A name that is not UTF-8 can't be spelled again to open it: said, not skipped silently.
      if (!Buffer.from(childName, 'utf8').equals(entry.name)) {
        if (!entry.isDirectory() && options.accept(rel, childName)) refusals.push(refuse(path, 'unreadable-name'));
        continue;
      }
      const kind = entry.isSymbolicLink() ? 'link' : entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
      stack.push({ path, rel, depth: item.depth + 1, real: join(item.real, childName), kind });
    }
  }
  return { files, refusals };
}

/**
 * Refusals as at most `max` lines: the first ones of each rule by path, then one line per rule that counts
 * the rest ("and 19,980 more paths: it is outside the project folder"). 20,000 spellings of a refused path
 * never become 20,000 findings.
 */
export function groupRefusals(refusals: readonly Refusal[], max = 5): Array<{ path: string; text: string }> {
  const byRule = new Map<RefusalRule, Refusal[]>();
  const seen = new Set<string>();
  for (const r of refusals) {
    const key = `${r.rule}\u0000${r.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byRule.get(r.rule) ?? [];
    list.push(r);
    byRule.set(r.rule, list);
  }
  const lines: Array<{ path: string; text: string }> = [];
  for (const [rule, list] of byRule) {
    for (const r of list.slice(0, max)) lines.push({ path: r.path, text: `Not read: ${r.reason} (${rule}).` });
    if (list.length > max) lines.push({ path: list[max].path, text: `Not read: ${list.length - max} more paths like this one; ${list[0].reason} (${rule}).` });
  }
  return lines;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The folder of the CLI's project for a checked file: the nearest folder from the file's folder up to the
 * working directory (never above it) holding one of {@link PROJECT_MARKERS}; without one, the file's own
 * folder. A file outside the working directory is its own folder's project. Config files are never looked
 * for above it.
 */
export const PROJECT_MARKERS = ['.git', '.serverless-notes.json', 'serverless.yml', 'samconfig.toml', 'cdk.json'] as const;

export function cliProjectRoot(fileName: string, cwd: string = process.cwd()): string {
  const own = dirname(resolve(fileName));
  const top = resolve(cwd);
  if (!isInsideOrSame(top, own)) return own;
  for (let dir = own; ; dir = dirname(dir)) {
    if (PROJECT_MARKERS.some((marker) => hasEntry(dir, marker))) return dir;
    if (dir === top || dirname(dir) === dir) return own;
  }
}

/** Writes a file atomically (a temporary file renamed over it): the gate's one writer (the quiz progress). */
export function writeTextAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
