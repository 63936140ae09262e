/**
 * The language server as an editor sees it (dist/server.js over stdio, a plain JSON-RPC client): diagnostics
 * after a change on a 500-line template (the 200 ms debounce subtracted), hover round trips, the server's
 * memory with 50 open templates, and the size of the VS Code client bundle.
 */
import { spawn, execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHANGE_DEBOUNCE_MS } from '../src/server/server';
import { JsonRpcClient, type Message } from '../test/unit/support/json-rpc-client';
import { median, type BenchRow } from './core.bench';
import { samTemplate } from './generate';

const ROOT = join(__dirname, '..');
const uri = (i: number) => `file:///bench/template-${i}.yaml`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

export async function benchLsp(): Promise<BenchRow[]> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { cwd: ROOT });
  const client = new JsonRpcClient(child, () => null);
  const published = (u: string, version: number) => (m: Message) =>
    m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === u && (m.params as { version?: number }).version === version;
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  client.notify('initialized', {});
  const rows: BenchRow[] = [];

  // Diagnostics after a change: each edit changes a Timeout value (a new text, as after a keystroke).
  const text = samTemplate(26).split('\n').slice(0, 500).join('\n');
  client.notify('textDocument/didOpen', { textDocument: { uri: uri(0), languageId: 'yaml', version: 1, text } });
  await client.waitFor(published(uri(0), 1));
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /Timeout: \d+/.test(l));
  const column = lines[line].indexOf('Timeout: ') + 'Timeout: '.length;
  const valueLength = lines[line].length - column;
  const changes: number[] = [];
  let length = valueLength;
  for (let version = 2; version <= 41; version++) {
    const value = String(100 + version);
    const arrived = client.waitFor(published(uri(0), version));
    const start = performance.now();
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri(0), version },
      contentChanges: [{ range: { start: { line, character: column }, end: { line, character: column + length } }, text: value }],
    });
    await arrived;
    changes.push(performance.now() - start - CHANGE_DEBOUNCE_MS);
    length = value.length;
  }
  rows.push({ name: 'server: diagnostics after a change, 500-line template', ms: median(changes.slice(10)), note: `median of 30, debounce (${CHANGE_DEBOUNCE_MS} ms) excluded (target ≤ 50 ms)` });

  // Hover round trips on every line's key.
  const hovers: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: uri(0) }, position: { line: (i * 7) % 500, character: 8 } });
    hovers.push(performance.now() - start);
  }
  rows.push({ name: 'server: hover round trip p95', ms: percentile(hovers.slice(50), 95), note: `p50 ${percentile(hovers.slice(50), 50).toFixed(2)} ms over 250 (target p95 ≤ 5 ms)` });

  // Memory with 50 open templates (each a different 500-line template), once all have diagnostics.
  for (let i = 1; i <= 49; i++) client.notify('textDocument/didOpen', { textDocument: { uri: uri(i), languageId: 'yaml', version: 1, text: text.replaceAll('Function', `Fn${i}x`) } });
  for (let i = 1; i <= 49; i++) await client.waitFor(published(uri(i), 1));
  const rssKb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).trim());
  rows.push({ name: 'server: resident memory, 50 open templates', ms: NaN, note: `${(rssKb / 1024).toFixed(0)} MB RSS (target ≤ 150 MB)` });

  await client.request('shutdown', null);
  client.notify('exit', null);
  const bundle = statSync(join(ROOT, 'dist', 'extension.js')).size;
  rows.push({ name: 'VS Code client bundle (dist/extension.js)', ms: NaN, note: `${(bundle / 1024).toFixed(0)} KB minified (target ≤ 150 KB)` });
  return rows;
}
