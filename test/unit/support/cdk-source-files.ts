import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript (not `.d.ts`) and Python file under `dir`, in sorted order: the CDK corpus test and script read the same list. */
export function cdkSourceFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if ((name.endsWith('.ts') && !name.endsWith('.d.ts')) || name.endsWith('.py')) files.push(path);
    }
  };
  walk(dir);
  return files;
}
