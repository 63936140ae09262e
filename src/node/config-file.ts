/**
 * Finds and reads `.serverless-notes.json` for the CLI, the language server and the extension: the nearest
 * one from the checked file's folder up to its project root (never above it: a config in a folder above the
 * project's `.git` does not apply), read through the file gate. A config the repository holds is
 * repository-given: it must stay inside the project root (a committed symlink to outside is refused), and so
 * must the notes it names. A config named with `--config` is the user's: read as given, its notes stay inside
 * its own folder.
 */
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type NoteSource, type ProjectConfig } from '../core';
import { hasEntry, isInsideOrSame, readText, type Refusal } from './file-gate';
import { readNotesAt } from './notes-reader';

/** A config file read from disk. */
export interface LoadedConfig {
  readonly path: string;
  readonly config: ProjectConfig;
  /** `notes` entries resolved against the config file's folder. */
  readonly notesPaths: readonly string[];
  /** The folder its `notes` must stay inside (the project root; for `--config`, the config's folder). */
  readonly notesRoot?: string;
}

export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The nearest config file from `folder` upwards, up to `stopAt` (inclusive; undefined: `folder` only). */
export function findConfigFile(folder: string, stopAt?: string): string | undefined {
  const stop = resolve(stopAt ?? folder);
  let current = resolve(folder);
  // A folder outside its stop folder is looked at alone.
  if (!isInsideOrSame(stop, current)) return hasEntry(current, CONFIG_FILE_NAME) ? join(current, CONFIG_FILE_NAME) : undefined;
  for (;;) {
    if (hasEntry(current, CONFIG_FILE_NAME)) return join(current, CONFIG_FILE_NAME);
    const parent = dirname(current);
    if (current === stop || parent === current) return undefined;
    current = parent;
  }
}

const AT_START = { span: { start: 0, end: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

/**
 * Reads and validates one config file; an unreadable or refused file becomes a problem, never an exception
 * and never any of its contents. `root`: the project root a found config must stay inside; undefined for
 * a config the user named.
 */
export function loadConfigFile(path: string, root?: string): LoadedConfig {
  const read = readText(path, { root, maxBytes: MAX_CONFIG_BYTES });
  const notesRoot = root ?? dirname(resolve(path));
  if (read.kind !== 'text') {
    const problem =
      read.kind === 'missing'
        ? { severity: 'error' as const, message: 'Cannot read the config file: it does not exist.', ...AT_START }
        : { severity: 'warning' as const, message: `Config file not read: ${read.refusal.reason} (${read.refusal.rule}).`, ...AT_START };
    return { path, notesPaths: [], notesRoot, config: { rules: {}, notes: [], problems: [problem] } };
  }
  const config = parseConfig(read.text);
  return { path, config, notesRoot, notesPaths: config.notes.map((note) => resolve(dirname(path), note)) };
}

/**
 * The config that applies to each checked file, cached per folder (and each file read once). `clear()`
 * when a config file changes. `onLoad` sees each config file once per load, e.g. to report its problems.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, LoadedConfig | undefined>();
  private readonly byPath = new Map<string, LoadedConfig>();

  constructor(
    /**
     * The project root of a folder (the workspace folder; the CLI's project root): config is looked for up
     * to it and never above, and it is the root the config must stay inside. Undefined: the folder alone.
     */
    private readonly projectRoot: (folder: string) => string | undefined,
    private readonly onLoad?: (loaded: LoadedConfig) => void,
  ) {}

  /** The config for a checked file, or undefined when no config file applies. */
  forFile(fileName: string): LoadedConfig | undefined {
    const folder = dirname(resolve(fileName));
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const root = this.projectRoot(folder) ?? folder;
    const path = findConfigFile(folder, root);
    const loaded = path === undefined ? undefined : this.load(path, root);
    this.byFolder.set(folder, loaded);
    return loaded;
  }

  /** A config file: found in the project (`root` given) or named by the user (`--config`, no root). */
  load(path: string, root?: string): LoadedConfig {
    const absolute = resolve(path);
    const key = `${root ?? ''}\u0000${absolute}`;
    let loaded = this.byPath.get(key);
    if (!loaded) {
      loaded = loadConfigFile(absolute, root);
      this.byPath.set(key, loaded);
      this.onLoad?.(loaded);
    }
    return loaded;
  }

  clear(): void {
    this.byFolder.clear();
    this.byPath.clear();
  }
}

/**
 * The markdown notes a config's `notes` entries name (files, or every `.md` below a folder), as user notes,
 * read inside the config's notes root; refused paths go to `refusals` (missing ones are skipped).
 */
export function readConfigNotes(loaded: LoadedConfig, refusals: Refusal[] = []): NoteSource[] {
  return readNotesAt(loaded.notesPaths, loaded.notesRoot ?? dirname(resolve(loaded.path)), refusals);
}
