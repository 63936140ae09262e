// Bundles the extension, the CLI and the integration tests into dist/.
// `--production` minifies and drops sourcemaps (what `npm run package` ships).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

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
  esbuild.build({ ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', external: ['vscode', 'typescript', './cdk-readers.js'] }),
  // The language server: the VS Code client starts it over node IPC, other editors through `serverless-notes lsp --stdio`.
  esbuild.build({ ...common, entryPoints: { server: 'src/server/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, external: ['typescript'] }),
  esbuild.build({ ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, external: ['typescript'] }),
  // CDK TypeScript reader: the compiler is a separate chunk that src/node/cdk-parsers.ts requires on the
  // first CDK file only (the other bundles keep `typescript` external so it is never inlined).
  // CDK readers (mapper + web-tree-sitter): required by src/cli/external-readers.ts on the first CDK file.
  esbuild.build({ ...common, entryPoints: { 'cdk-readers': 'src/node/cdk-parsers.ts' }, outdir: 'dist', external: ['typescript'] }),
  esbuild.build({ ...common, entryPoints: { 'cdk-typescript': 'node_modules/typescript/lib/typescript.js' }, outdir: 'dist', sourcemap: false }),
]);
// CDK Python reader: web-tree-sitter (bundled) loads these from dist/ at run time.
mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/web-tree-sitter/tree-sitter.wasm', 'dist/tree-sitter.wasm');
copyFileSync('node_modules/tree-sitter-python/tree-sitter-python.wasm', 'dist/tree-sitter-python.wasm');
