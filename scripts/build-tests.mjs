// Bundles the integration tests for the VS Code extension host into dist/test/integration/:
// index.js (the extensionTestsPath entry exporting run()) and one <name>.test.js per suite, which index.js
// hands to mocha. `vscode` comes from the extension host; `mocha` stays external and resolves from the
// repository's node_modules (dist/test/integration -> ../../../node_modules), in code-server and desktop alike.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const srcDir = path.join(root, 'test', 'integration');
const outDir = path.join(root, 'dist', 'test', 'integration');

const suites = fs.readdirSync(srcDir).filter((f) => f.endsWith('.test.ts')).sort();
if (!suites.length) throw new Error(`no *.test.ts in ${srcDir}`);
fs.rmSync(outDir, { recursive: true, force: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/integration/index.ts', ...suites.map((f) => `test/integration/${f}`)],
  outdir: outDir,
  outbase: 'test/integration',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`build-tests: ${suites.length} suite(s) -> ${path.relative(root, outDir)}`);
