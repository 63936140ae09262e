/** Benchmarks of the core's hot paths (issue 2's targets). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { createLanguageService, RULES } from '../src/core';
import { KnowledgeBase } from '../src/core/kb/knowledge-base';
import { readNotesFolder } from '../src/node/bundled-notes';
import { findFiles } from '../src/cli/find-files';
import { samTemplate } from './generate';

export interface BenchRow {
  name: string;
  ms: number;
  note?: string;
}

const ROOT = join(__dirname, '..');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function timeMedian(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function benchCore(): Promise<BenchRow[]> {
  const notes = readNotesFolder(join(ROOT, 'media', 'notes'));
  const service = createLanguageService({ notes });
  const rows: BenchRow[] = [];

  // (a) 2,000 functions: full analysis vs `yaml` alone.
  const big = samTemplate(2000);
  await service.analyze({ fileName: 'big.yaml', text: big }); // warm up
  parseDocument(big);
  const parse = await timeMedian(5, () => parseDocument(big));
  const full = await timeMedian(5, () => service.analyze({ fileName: 'big.yaml', text: big }));
  rows.push({ name: `(a) yaml parseDocument, 2,000 functions (${(big.length / 1024).toFixed(0)} KB)`, ms: parse });
  rows.push({ name: '(a) full analysis, same text', ms: full, note: `ratio ${(full / parse).toFixed(2)}× (target ≤ 1.5×)` });

  // (b) re-analysis of a 500-line template after an edit (a new text each time, as after a keystroke).
  const base = samTemplate(26).split('\n').slice(0, 500).join('\n');
  let edit = 0;
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const text = base.replace('Timeout: 1\n', `Timeout: ${1 + (edit++ % 800)}\n`);
    const start = performance.now();
    await service.analyze({ fileName: 't.yaml', text });
    times.push(performance.now() - start);
  }
  rows.push({ name: '(b) re-analysis of a 500-line template after an edit', ms: median(times.slice(10)), note: 'median of 50 (target ≤ 5 ms)' });

  // (c) loading the bundled notes (read + markdown-it + index).
  const load = await timeMedian(20, () => new KnowledgeBase(readNotesFolder(join(ROOT, 'media', 'notes'))));
  rows.push({ name: `(c) load bundled notes (${notes.length} files)`, ms: load, note: 'median of 20 (target ≤ 20 ms)' });

  // (d) the corpus, as the CLI reads it (one process, sequential).
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  try {
    // The CLI's own file search (templates only; the corpus has no node_modules, cdk.out is included).
    const files = findFiles([corpus], { includeSource: false, includeCdkOut: true });
    const texts = files.map((file) => ({ fileName: file, text: readFileSync(file, 'utf8') }));
    // The same corpus with only the first six Lambda limit rules, to show what the other rules cost.
    const lambdaOnly = RULES.filter((r) => r.meta.id.startsWith('lambda-'));
    const pass = async (ruleList: typeof RULES) => {
      const start = performance.now();
      for (const doc of texts) await service.analyze(doc, { ruleList });
      return performance.now() - start;
    };
    await pass(RULES); // warm-up: the first pass pays for JIT compilation
    for (const [label, ruleList] of [[`all ${RULES.length} rules`, RULES], [`${lambdaOnly.length} Lambda limit rules only`, lambdaOnly]] as const) {
      // Best of two runs, so a variant is not judged by one run on a busy moment.
      const ms = Math.min(await pass(ruleList), await pass(ruleList));
      rows.push({ name: `(d) corpus: ${files.length} files in one process, ${label}`, ms, note: `${Math.round(files.length / (ms / 1000))} files/s (files already read)` });
    }
  } catch {
    rows.push({ name: '(d) corpus', ms: NaN, note: 'skipped: ../shared/corpus not present' });
  }
  return rows;
}
