/**
 * The CLI and its MCP chunk as users run them (`node dist/cli.js mcp`): bundled by esbuild into a temporary
 * folder, as `npm run build` lays them out (dist/cli.js requires dist/mcp.js), next to a link to the notes.
 */
import { join } from 'node:path';
import { bundleEntries } from './built-cli';
import { ROOT } from './service';

let built: string | undefined;

/** Path of a freshly bundled `dist/cli.js` with `dist/mcp.js` beside it. */
export function builtCliWithMcp(): string {
  built ??= join(bundleEntries('sn-built-mcp-', { cli: join(ROOT, 'src', 'cli', 'main.ts'), mcp: join(ROOT, 'src', 'mcp', 'main.ts') }), 'dist', 'cli.js');
  return built;
}
