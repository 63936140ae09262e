/**
 * The language service as an editor drives it (issue 21 "edits cost what changed"): a one-character edit of an
 * open template, then its diagnostics (`setDocument` + `getDiagnostics`), at 5,000 and 20,000 lines. Today every
 * version is analysed whole (the reuse across versions is hovers only, text-delta.ts), so these rows show the gap
 * to the targets (≤ 16 ms p95 at 5,000 lines, ≤ 50 ms at 20,000).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLanguageService } from '../src/core';
import { readNotesFolder } from '../src/node/bundled-notes';
import type { BenchRow } from './core.bench';
import { samTemplate } from './generate';

const ROOT = join(__dirname, '..');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

export async function benchService(): Promise<BenchRow[]> {
  const service = createLanguageService({ notes: readNotesFolder(join(ROOT, 'media', 'notes')), budget: { maxMillis: 60_000 } });
  const rows: BenchRow[] = [];
  for (const [lines, target] of [
    [5_000, 16],
    [20_000, 50],
  ] as const) {
    const text = samTemplate(Math.ceil(lines / 19)).split('\n').slice(0, lines).join('\n');
    const uri = `file:///bench/edit-${lines}.yaml`;
    service.setDocument({ uri, languageId: 'yaml', version: 1, text });
    await service.getDiagnostics(uri);
    const at = text.indexOf('Handler: ') + 'Handler: '.length;
    const times: number[] = [];
    for (let version = 2; version <= 31; version++) {
      // Type one character into a Handler value, then take it out again.
      const edited = version % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text;
      const start = performance.now();
      service.setDocument({ uri, languageId: 'yaml', version, text: edited });
      await service.getDiagnostics(uri);
      times.push(performance.now() - start);
    }
    service.closeDocument(uri);
    const measured = times.slice(5);
    rows.push({ name: `service: one-char edit re-analysis, ${lines.toLocaleString('en-US')}-line template`, ms: percentile(measured, 95), note: `p95 of ${measured.length}, median ${percentile(measured, 50).toFixed(1)} ms (target p95 ≤ ${target} ms; whole re-analysis today)` });
  }
  return rows;
}
