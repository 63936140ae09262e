/**
 * The CLI as users run it: bundled by esbuild (as `npm run build` does) into a temporary folder next to a
 * link to the bundled notes, then run as a process. Built once per test file.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './service';

let built: string | undefined;

/** Path of a freshly bundled `cli.js` (its `../media/notes` is the repository's). */
export function builtCli(): string {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'sn-built-cli-'));
  symlinkSync(join(ROOT, 'media'), join(dir, 'media'));
  buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: join(dir, 'dist', 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    external: ['typescript'],
    logLevel: 'error',
  });
  built = join(dir, 'dist', 'cli.js');
  return built;
}

/** Single quotes for bash. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
