import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FileAccess } from '../core/sources/source';

/** Files next to the analysed one (serverless.yml `${file(...)}`), capped in size, never outside reach of a plain read. */
export const nodeFileAccess: FileAccess = {
  readFile(fromFileName, relativePath) {
    try {
      const path = resolve(dirname(fromFileName), relativePath);
      if (statSync(path).size > 1024 * 1024) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
