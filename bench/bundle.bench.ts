/**
 * Bundle sizes as `npm run bench` builds them (minified, `npm run build:prod`): what VS Code loads on
 * activation (dist/extension.js), the UI chunk it loads after (dist/ui.js), the server and the CDK chunk.
 * Sizes are reported in the `ms` column's place as NaN, with the bytes in the note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');

const BUNDLES: Array<[file: string, what: string, targetKb?: number]> = [
  ['dist/extension.js', 'VS Code client, loaded on activation', 150],
  ['dist/ui.js', 'VS Code quiz and notes UI, loaded 1.5 s after activation or on first use'],
  ['dist/study-view.js', 'the study view\'s page script (webview)'],
  ['dist/server.js', 'language server'],
  ['dist/cdk-readers.js', 'CDK readers, loaded on the first CDK file'],
  ['dist/cli.js', 'CLI (npm package)'],
  ['dist/mcp.js', 'MCP server with its SDK (npm package)'],
];

export async function benchBundles(): Promise<Array<{ name: string; ms: number; note?: string }>> {
  return BUNDLES.map(([file, what, targetKb]) => {
    const path = join(ROOT, file);
    if (!existsSync(path)) return { name: `bundle ${file}`, ms: Number.NaN, note: 'build first (npm run bench does)' };
    const bytes = readFileSync(path);
    const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;
    const target = targetKb ? `; target ≤ ${targetKb} KB` : '';
    return { name: `bundle ${file} (${what})`, ms: Number.NaN, note: `${kb(bytes.length)} minified, ${kb(gzipSync(bytes).length)} gzipped${target}` };
  });
}
