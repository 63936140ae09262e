/**
 * Finds the user's notes files for the language server: `serverlessNotes.notes.paths` entries are
 * workspace-relative globs (`notes/**\/*.md`) or absolute paths of files and folders. Walks are bounded
 * (files, entries visited, depth) and skip node_modules and dot folders, so a huge workspace costs little.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export const MAX_NOTES_FILES = 5000;
const MAX_ENTRIES_VISITED = 50_000;
const MAX_DEPTH = 24;

/** Absolute paths of the notes files named by `paths`, searched in `roots` (workspace folders) for globs. */
export async function findNotesFiles(paths: readonly string[], roots: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const budget = { entries: MAX_ENTRIES_VISITED };
  for (const path of paths) {
    if (found.size >= MAX_NOTES_FILES) break;
    if (isAbsolute(path)) {
      const kind = await kindOf(path);
      if (kind === 'file') found.add(path);
      else if (kind === 'folder') await walk(path, (rel) => rel.endsWith('.md'), found, budget);
      continue;
    }
    const matcher = globMatcher(path);
    for (const root of roots) await walk(root, matcher, found, budget);
  }
  return [...found].slice(0, MAX_NOTES_FILES);
}

/** Whether an absolute file path is named by `paths` (for watched-file events). */
export function isNotesFile(file: string, paths: readonly string[], roots: readonly string[]): boolean {
  return paths.some((path) => {
    if (isAbsolute(path)) return file === path || (file.startsWith(path.endsWith(sep) ? path : path + sep) && file.endsWith('.md'));
    const matcher = globMatcher(path);
    return roots.some((root) => {
      const rel = relative(root, file);
      return !rel.startsWith('..') && !isAbsolute(rel) && matcher(rel.split(sep).join('/'));
    });
  });
}

/** `**`, `*`, `?` and `{a,b}` globs over `/`-separated relative paths (a regex over a short pattern string). */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  let source = '';
  let inBraces = false;
  const pattern = glob.replace(/^\.\//, '');
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      inBraces = true;
      source += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (c === ',' && inBraces) source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`);
  return (relativePath) => regex.test(relativePath);
}

async function walk(root: string, accept: (relativePath: string) => boolean, found: Set<string>, budget: { entries: number }): Promise<void> {
  const stack: Array<{ folder: string; depth: number }> = [{ folder: root, depth: 0 }];
  while (stack.length && found.size < MAX_NOTES_FILES && budget.entries > 0) {
    const { folder, depth } = stack.pop()!;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (--budget.entries <= 0) return;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.') || depth >= MAX_DEPTH) continue;
        stack.push({ folder: path, depth: depth + 1 });
      } else if (entry.isFile() && accept(relative(root, path).split(sep).join('/'))) {
        found.add(path);
        if (found.size >= MAX_NOTES_FILES) return;
      }
    }
  }
}

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
