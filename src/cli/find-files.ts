import { isScannedFile } from '../core';
import { kindOf, walkFolder, type Refusal } from '../node/file-gate';

const SKIP_DIRS = new Set(['node_modules', '.git', '.aws-sam', '.serverless', '.vscode-test', 'cdk.out']);

/** Folder entries one `check` looks at before its walk stops (with one information finding). */
export const MAX_WALK_ENTRIES = 1_000_000;

export interface FindOptions {
  /** Also look at source files (CDK stacks in .ts/.js/.py …, as the format registry lists them). */
  readonly includeSource: boolean;
  /** Read `cdk.out/` (synthesized templates duplicate the CDK source; skipped by default). */
  readonly includeCdkOut: boolean;
}

export interface FoundFiles {
  readonly files: string[];
  /** Paths the walk would have taken but the file gate refused (a link out of the folder, a FIFO...). */
  readonly refusals: Refusal[];
}

/**
 * Files worth analysing below the given paths; files named explicitly are always taken (the gate refuses
 * them when read if they are not regular files). A folder named on the command line is the root of its own
 * walk (src/node/file-gate.ts): a symlink inside it that leads out of it (to `/`, to a template elsewhere) is
 * refused, not followed; each folder and file is taken once by its real path, so symlink loops end.
 */
export function findFilesWithRefusals(paths: readonly string[], options: FindOptions): FoundFiles {
  const files: string[] = [];
  const refusals: Refusal[] = [];
  for (const start of paths) {
    const kind = kindOf(start);
    if (kind === 'missing') throw new Error(`No such file or folder: ${start}`);
    if (kind !== 'folder') {
      files.push(start);
      continue;
    }
    const walked = walkFolder(start, {
      accept: (rel) => isScannedFile(rel, options.includeSource),
      skipFolder: (name) => SKIP_DIRS.has(name) && !(name === 'cdk.out' && options.includeCdkOut),
      maxEntries: MAX_WALK_ENTRIES,
    });
    files.push(...walked.files);
    refusals.push(...walked.refusals);
  }
  return { files: [...new Set(files)], refusals };
}

/** {@link findFilesWithRefusals} without the refusals (tests, benchmarks, scripts). */
export function findFiles(paths: readonly string[], options: FindOptions): string[] {
  return findFilesWithRefusals(paths, options).files;
}
