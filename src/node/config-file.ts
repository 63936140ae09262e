/**
 * Finds and reads `.serverless-notes.json` for the CLI and the extension: the nearest one in the
 * checked file's folder or its parents (up to a stop folder such as the workspace root), cached per folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type NoteSource, type ProjectConfig } from '../core';

/** A config file read from disk. */
export interface LoadedConfig {
  readonly path: string;
  readonly config: ProjectConfig;
  /** `notes` entries resolved against the config file's folder. */
  readonly notesPaths: readonly string[];
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/** The nearest config file from `folder` upwards, stopping after `stopAt` (inclusive) or at the file system root. */
export function findConfigFile(folder: string, stopAt?: string): string | undefined {
  const stop = stopAt === undefined ? undefined : resolve(stopAt);
  let current = resolve(folder);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(current);
    if (current === stop || parent === current) return undefined;
    current = parent;
  }
}

/** Reads and validates one config file; an unreadable file becomes a problem, never an exception. */
export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) throw new Error('larger than 1 MB');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const span = { start: 0, end: 0 };
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { path, notesPaths: [], config: { rules: {}, notes: [], problems: [{ severity: 'error', message: `Cannot read the config file: ${(error as Error).message}`, span, range }] } };
  }
  const config = parseConfig(text);
  return { path, config, notesPaths: config.notes.map((note) => resolve(dirname(path), note)) };
}

/**
 * The config that applies to each checked file, cached per folder (and each file read once). `clear()`
 * when a config file changes. `onLoad` sees each config file once per load, e.g. to report its problems.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, LoadedConfig | undefined>();
  private readonly byPath = new Map<string, LoadedConfig>();

  constructor(
    /** Where the upward search stops for a folder (the workspace folder), undefined for the file system root. */
    private readonly stopAt: (folder: string) => string | undefined = () => undefined,
    private readonly onLoad?: (loaded: LoadedConfig) => void,
  ) {}

  /** The config for a checked file, or undefined when no config file applies. */
  forFile(fileName: string): LoadedConfig | undefined {
    const folder = dirname(resolve(fileName));
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const path = findConfigFile(folder, this.stopAt(folder));
    const loaded = path === undefined ? undefined : this.load(path);
    this.byFolder.set(folder, loaded);
    return loaded;
  }

  /** A config file named explicitly (`--config`). */
  load(path: string): LoadedConfig {
    const absolute = resolve(path);
    let loaded = this.byPath.get(absolute);
    if (!loaded) {
      loaded = loadConfigFile(absolute);
      this.byPath.set(absolute, loaded);
      this.onLoad?.(loaded);
    }
    return loaded;
  }

  clear(): void {
    this.byFolder.clear();
    this.byPath.clear();
  }
}

/** The markdown notes a config's `notes` entries name (files, or every `.md` in a folder), as user notes. */
export function readConfigNotes(loaded: LoadedConfig): NoteSource[] {
  const notes: NoteSource[] = [];
  const add = (path: string) => {
    try {
      notes.push({ uri: path, text: readFileSync(path, 'utf8'), origin: 'user' });
    } catch {
      // A missing note is not worth failing a check over.
    }
  };
  for (const path of loaded.notesPaths) {
    if (isFolder(path)) for (const name of readdirSync(path).filter((n) => n.endsWith('.md')).sort()) add(join(path, name));
    else add(path);
  }
  return notes;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
