/**
 * `npm run bench`: prints one table of timings (milliseconds, medians where stated).
 * Each area's benchmark lives in its own *.bench.ts file exporting an async function returning rows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchCore, type BenchRow } from './core.bench';

const OPTIONAL: Array<[file: string, exportName: string]> = [
  ['serverless.bench.ts', 'benchServerless'],
  ['cdk.bench.ts', 'benchCdk'],
  ['notes.bench.ts', 'benchNotes'],
  ['lsp.bench.ts', 'benchLsp'],
  ['service.bench.ts', 'benchService'],
  ['quiz.bench.ts', 'benchQuiz'],
  ['hostile-yaml.bench.ts', 'benchHostileYaml'],
  ['hostile-serverless.bench.ts', 'benchHostileServerless'],
  ['hostile-files.bench.ts', 'benchHostileFiles'],
  ['hostile-dag.bench.ts', 'benchHostileDag'],
  ['bundle.bench.ts', 'benchBundles'],
  ['study-view.bench.ts', 'benchStudyView'],
  ['mcp.bench.ts', 'benchMcp'],
];

async function main() {
  const rows: BenchRow[] = await benchCore();
  for (const [file, exportName] of OPTIONAL) {
    if (!existsSync(join(__dirname, file))) continue;
    const mod = await import(join(__dirname, file));
    rows.push(...(await mod[exportName]()));
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(width)} | ${'ms'.padStart(9)} | note`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(9)}-|-----`);
  for (const row of rows) console.log(`${row.name.padEnd(width)} | ${Number.isNaN(row.ms) ? '—'.padStart(9) : row.ms.toFixed(2).padStart(9)} | ${row.note ?? ''}`);
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
