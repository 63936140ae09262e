/**
 * Times hostile inputs one analysis each, in-process (what one file costs the language server, and the
 * extension host before it), with the heap growth, and adds a row naming the slowest of them.
 */
import { performance } from 'node:perf_hooks';
import { createLanguageService } from '../src/core';
import type { BenchRow } from './core.bench';

/** [name, file name, text] */
export type HostileCase = readonly [string, string, string];

export async function timeHostileCases(kind: string, cases: readonly HostileCase[]): Promise<BenchRow[]> {
  const sn = createLanguageService({ notes: [] });
  const rows: BenchRow[] = [];
  let slowest: BenchRow | undefined;
  for (const [name, fileName, text] of cases) {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const analysis = await sn.analyze({ fileName, text });
    const ms = performance.now() - start;
    const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    const said = analysis.findings.filter((f) => f.severity === 'information').length;
    const row = { name: `hostile: ${name}`, ms, note: `${(text.length / 1024 / 1024).toFixed(1)} MB, heap +${heapMB.toFixed(0)} MB, ${analysis.findings.length} findings (${said} information)` };
    rows.push(row);
    if (!slowest || ms > slowest.ms) slowest = row;
  }
  if (slowest) rows.push({ name: `hostile: slowest ${kind} input`, ms: slowest.ms, note: slowest.name.replace('hostile: ', '') });
  return rows;
}
