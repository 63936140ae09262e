/**
 * src/core bundled as esbuild.mjs bundles the faces (the dependencies' ESM entry points, minified), for
 * benchmarks that time the core as it ships: under tsx, markdown-it loads its CommonJS build and the
 * sources carry tsx's helpers, which cost 1.3–1.5× here.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export type Core = typeof import('../src/core');

export function shippedCore(): Core {
  const outfile = join(tmpdir(), `serverless-notes-bench-core-${process.pid}-${Date.now()}.cjs`);
  buildSync({ entryPoints: [join(__dirname, '..', 'src', 'core', 'index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, mainFields: ['module', 'main'], logLevel: 'warning' });
  try {
    return require(outfile) as Core;
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** Wall and CPU (user + system) milliseconds of one call: the machine is shared, wall time is inflated by the others. */
export function timed(run: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const s = performance.now();
  run();
  const wall = performance.now() - s;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}
