// Bundles the extension, the CLI and the integration tests into dist/.
// `--production` minifies and drops sourcemaps (what `npm run package` ships).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

await Promise.all([
  // The client, loaded on activation; the rest of the VS Code UI (quiz, notes) is its own chunk, required later.
  esbuild.build({ ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', external: ['vscode', './cdk-readers.js', './ui'] }),
  esbuild.build({ ...common, entryPoints: { ui: 'src/extension/ui.ts' }, outdir: 'dist', external: ['vscode'] }),
  // The study view's page script, run in the webview (a browser): no Node, no vscode module.
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { 'study-view': 'src/webview/study.ts' }, outdir: 'dist' }),
  // The language server: the VS Code client starts it over node IPC, other editors through `serverless-notes lsp --stdio`.
  // The same bundle runs the analysis workers (worker threads of itself, src/server/main.ts).
  esbuild.build({ ...common, entryPoints: { server: 'src/server/main.ts' }, outdir: 'dist', external: ['./cdk-readers.js'], banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
  // The MCP server (`serverless-notes mcp`), with the MCP SDK and zod inside: required by dist/cli.js, never by the extension.
  esbuild.build({ ...common, entryPoints: { mcp: 'src/mcp/main.ts' }, outdir: 'dist', external: ['./cdk-readers.js'] }),
  // CDK readers (mapper + web-tree-sitter): required by src/node/external-readers.ts on the first CDK file.
  esbuild.build({ ...common, entryPoints: { 'cdk-readers': 'src/node/cdk-parsers.ts' }, outdir: 'dist' }),
]);
// The CDK readers' web-tree-sitter (bundled) loads the runtime and one grammar per language from dist/.
mkdirSync('dist', { recursive: true });
rmSync('dist/cdk-typescript.js', { force: true }); // the TypeScript compiler chunk of earlier builds
rmSync('dist/analysis-worker.js', { force: true }); // earlier builds' worker bundle: dist/server.js is the worker now
const WASM = {
  'tree-sitter.wasm': 'web-tree-sitter/tree-sitter.wasm',
  'tree-sitter-typescript.wasm': 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  'tree-sitter-tsx.wasm': 'tree-sitter-typescript/tree-sitter-tsx.wasm',
  'tree-sitter-javascript.wasm': 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  'tree-sitter-python.wasm': 'tree-sitter-python/tree-sitter-python.wasm',
};
for (const [name, from] of Object.entries(WASM)) copyFileSync(`node_modules/${from}`, `dist/${name}`);
