import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isScannedFile } from '../core';

const SKIP_DIRS = new Set(['node_modules', '.git', '.aws-sam', '.serverless', '.vscode-test', 'cdk.out']);

export interface FindOptions {
  /** Also look at source files (CDK stacks in .ts/.js/.py …, as the format registry lists them). */
  readonly includeSource: boolean;
  /** Read `cdk.out/` (synthesized templates duplicate the CDK source; skipped by default). */
  readonly includeCdkOut: boolean;
}

/**
 * Files worth analysing below the given paths; files named explicitly are always taken. Folders and files
 * are visited once by their real path, so symlink loops (`ln -s . loop`) end and a file reached through
 * several links is reported once, under the first path that reached it. The walk is a loop, not recursion:
 * a deep tree can't exhaust the stack.
 */
export function findFiles(paths: readonly string[], options: FindOptions): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const start of paths) {
    // Depth-first, children in name order: the stack holds them reversed.
    const stack: Array<{ path: string; explicit: boolean }> = [{ path: start, explicit: true }];
    while (stack.length) {
      const { path, explicit } = stack.pop()!;
      let real: string;
      let stats;
      try {
        real = realpathSync(path);
        stats = statSync(real);
      } catch {
        if (explicit) throw new Error(`No such file or folder: ${path}`);
        continue; // a dangling link or a file that vanished during the walk
      }
      if (seen.has(real)) continue;
      seen.add(real);
      if (stats.isDirectory()) {
        let names: string[];
        try {
          names = readdirSync(real).sort();
        } catch {
          continue; // unreadable folder: nothing in it to report
        }
        for (let i = names.length - 1; i >= 0; i--) {
          const name = names[i];
          if (SKIP_DIRS.has(name) && !(name === 'cdk.out' && options.includeCdkOut)) continue;
          stack.push({ path: join(path, name), explicit: false });
        }
      } else if (stats.isFile() && (explicit || isScannedFile(path, options.includeSource))) {
        found.push(path);
      }
    }
  }
  return found;
}
