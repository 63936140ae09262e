import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isScannedFile } from '../core';

const SKIP_DIRS = new Set(['node_modules', '.git', '.aws-sam', '.serverless', '.vscode-test', 'cdk.out']);

export interface FindOptions {
  /** Also look at source files (CDK stacks in .ts/.js/.py …, as the format registry lists them). */
  readonly includeSource: boolean;
  /** Read `cdk.out/` (synthesized templates duplicate the CDK source; skipped by default). */
  readonly includeCdkOut: boolean;
}

/** Files worth analysing below the given paths; files named explicitly are always taken. */
export function findFiles(paths: readonly string[], options: FindOptions): string[] {
  const found: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      if (explicit) throw new Error(`No such file or folder: ${path}`);
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (SKIP_DIRS.has(name) && !(name === 'cdk.out' && options.includeCdkOut)) continue;
        visit(join(path, name), false);
      }
      return;
    }
    if (explicit || isScannedFile(path, options.includeSource)) found.push(path);
  };
  for (const path of paths) visit(path, true);
  return found;
}
