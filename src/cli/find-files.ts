import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.aws-sam', '.serverless', '.vscode-test', 'cdk.out']);
const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template']);

export interface FindOptions {
  /** Also look at source files (.ts/.js/.py) for CDK stacks. */
  readonly includeSource: boolean;
  /** Read `cdk.out/` (synthesized templates duplicate the CDK source; skipped by default). */
  readonly includeCdkOut: boolean;
}

const SOURCE_EXTENSIONS = new Set(['.ts', '.js', '.mjs', '.cjs', '.py']);

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
    const ext = extname(path).toLowerCase();
    if (explicit || TEMPLATE_EXTENSIONS.has(ext) || (options.includeSource && SOURCE_EXTENSIONS.has(ext) && !path.endsWith('.d.ts'))) found.push(path);
  };
  for (const path of paths) visit(path, true);
  return found;
}
