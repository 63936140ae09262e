/** Where the package's files are at run time: dist/*.js -> .., src/<face>/*.ts (tsx) -> ../.. */
import { join } from 'node:path';

export function packageRoot(): string {
  return __filename.endsWith('.ts') ? join(__dirname, '..', '..') : join(__dirname, '..');
}

/** The bundled knowledge base (media/notes). */
export function bundledNotesFolder(): string {
  return join(packageRoot(), 'media', 'notes');
}

/** docs/rules.md, which diagnostics link to. */
export function rulesDocPath(): string {
  return join(packageRoot(), 'docs', 'rules.md');
}
