/**
 * The CLI and its MCP chunk as users run them (`node dist/cli.js mcp`): bundled by esbuild into a temporary
 * folder, as `npm run build` lays them out (dist/cli.js requires dist/mcp.js), next to a link to the notes.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './service';

let built: string | undefined;

/** Path of a freshly bundled `dist/cli.js` with `dist/mcp.js` beside it. */
export function builtCliWithMcp(): string {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'sn-built-mcp-'));
  symlinkSync(join(ROOT, 'media'), join(dir, 'media'));
  buildSync({
    entryPoints: { cli: join(ROOT, 'src', 'cli', 'main.ts'), mcp: join(ROOT, 'src', 'mcp', 'main.ts') },
    outdir: join(dir, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  built = join(dir, 'dist', 'cli.js');
  return built;
}
