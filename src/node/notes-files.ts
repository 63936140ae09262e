/**
 * Finds the user's notes files for the language server, through the file gate. Who gave a path decides the
 * folder it may read:
 * - `serverlessNotes.notes.paths` at user level (`~/notes`, an absolute folder or file): the user's own, a
 *   root of its own (still regular files only, size-capped, walks never leave the folder's real path);
 * - workspace-relative globs (`notes/**\/*.md`) and absolute paths set at workspace level: the repository's,
 *   walked and read only inside the workspace folders;
 * - the `notes` of a `.serverless-notes.json`: the repository's, read only inside that config's project root.
 * Walks are bounded (files, entries visited, depth) and skip node_modules and dot folders.
 */
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isInsideOrSame, walkFolder, type Refusal } from './file-gate';
import { isNotesFolderName, MAX_NOTES_FILES, MAX_NOTES_WALK_ENTRIES, notesFilesAt } from './notes-reader';

export { MAX_NOTES_FILES } from './notes-reader';

const MAX_DEPTH = 24;

/** Where the server looks for notes, and who named each place. */
export interface NotesLocations {
  /** `notes.paths` as the settings give them (globs, absolute paths, `~/…`). */
  readonly settingsPaths: readonly string[];
  /**
   * Whether an absolute (or `~`) settings path was set by the user (user-level settings, or a client without
   * workspace settings): then it is a root of its own. Otherwise it must lie inside a workspace folder.
   */
  readonly isUserLevel: (path: string) => boolean;
  /** The `notes` of config files: absolute paths and the project root they must stay inside. */
  readonly configNotes: ReadonlyArray<{ readonly paths: readonly string[]; readonly root: string }>;
  /** The workspace folders (globs are matched in them; repository-given paths stay in them). */
  readonly workspaceRoots: readonly string[];
}

/** A notes file and the folder it must be read inside (undefined: the user named it). */
export interface NotesFile {
  readonly file: string;
  readonly root?: string;
}

/**
 * Which settings paths are the user's own: those the client says were set at user level; with a client that
 * has no workspace-level settings (it answers no `workspace/configuration`), every one.
 */
export function userLevelNotesPaths(userLevel: readonly string[] | undefined, clientHasWorkspaceSettings: boolean): (path: string) => boolean {
  if (!clientHasWorkspaceSettings) return () => true;
  const set = new Set(userLevel ?? []);
  return (path) => set.has(path);
}

/** `~/notes` as the user's home folder's `notes`. */
export function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

/** The notes files of every location; what the gate refused goes to `refusals`. */
export function findNotesFiles(locations: NotesLocations, refusals: Refusal[]): NotesFile[] {
  const found = new Map<string, NotesFile>();
  const add = (files: readonly string[], root: string | undefined) => {
    for (const file of files) if (found.size < MAX_NOTES_FILES && !found.has(file)) found.set(file, { file, root });
  };
  for (const entry of locations.settingsPaths) {
    const path = expandHome(entry);
    if (isAbsolute(path)) {
      if (locations.isUserLevel(entry)) add(notesFilesAt([path], undefined, refusals), undefined);
      else {
        const root = innermostRoot(path, locations.workspaceRoots) ?? locations.workspaceRoots[0];
        // No workspace folder: a workspace-level path has nothing it may be read inside.
        if (root === undefined) refusals.push({ path, rule: 'outside-root', reason: 'it is outside the project folder' });
        else add(notesFilesAt([path], root, refusals), root);
      }
      continue;
    }
    const matcher = globMatcher(path);
    for (const root of locations.workspaceRoots) {
      const walked = walkFolder(root, { accept: (rel) => matcher(rel), skipFolder: (name) => !isNotesFolderName(name), maxEntries: MAX_NOTES_WALK_ENTRIES, maxDepth: MAX_DEPTH, maxFiles: MAX_NOTES_FILES });
      refusals.push(...walked.refusals.filter((r) => matcher(relative(root, r.path).split(sep).join('/'))));
      add(walked.files, root);
    }
  }
  for (const { paths, root } of locations.configNotes) add(notesFilesAt(paths, root, refusals), root);
  return [...found.values()];
}

/** The notes file an absolute path (a watched-file event) is, with its root; undefined when it is none. */
export function notesFileOf(file: string, locations: NotesLocations): NotesFile | undefined {
  for (const entry of locations.settingsPaths) {
    const path = expandHome(entry);
    if (isAbsolute(path)) {
      const named = file === path || (isInsideOrSame(path, file) && file.endsWith('.md'));
      if (named) return { file, root: locations.isUserLevel(entry) ? undefined : (innermostRoot(path, locations.workspaceRoots) ?? locations.workspaceRoots[0]) };
      continue;
    }
    const matcher = globMatcher(path);
    for (const root of locations.workspaceRoots) {
      const rel = relative(root, file);
      if (!rel.startsWith('..') && !isAbsolute(rel) && matcher(rel.split(sep).join('/'))) return { file, root };
    }
  }
  for (const { paths, root } of locations.configNotes) {
    if (paths.some((path) => file === path || (isInsideOrSame(path, file) && file.endsWith('.md')))) return { file, root };
  }
  return undefined;
}

function innermostRoot(path: string, roots: readonly string[]): string | undefined {
  return roots.filter((root) => isInsideOrSame(resolve(root), path)).sort((a, b) => b.length - a.length)[0];
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
