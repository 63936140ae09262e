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

  rows.push(...(await benchFirstDiagnostics(client, text)));
  rows.push(...(await benchEditStorm(client, text)));
  rows.push(...(await benchBesideHostile(client, text)));

  await client.request('shutdown', null);
  client.notify('exit', null);
  const bundle = statSync(join(ROOT, 'dist', 'extension.js')).size;
  rows.push({ name: 'VS Code client bundle (dist/extension.js)', ms: NaN, note: `${(bundle / 1024).toFixed(0)} KB minified (target ≤ 150 KB)` });
  return rows;
}

/** First diagnostics after opening a 500-line template on a running server (no debounce on open). */
async function benchFirstDiagnostics(client: JsonRpcClient, text: string): Promise<BenchRow[]> {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const u = `file:///bench/first-${i}.yaml`;
    const arrived = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === u);
    const start = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'yaml', version: 1, text: text.replaceAll('Function', `First${i}x`) } });
    await arrived;
    times.push(performance.now() - start);
    client.notify('textDocument/didClose', { textDocument: { uri: u } });
  }
  return [{ name: 'server: first diagnostics after opening a 500-line template', ms: percentile(times.slice(5), 50), note: `median of 15, p95 ${percentile(times.slice(5), 95).toFixed(1)} ms (target ≤ 100 ms)` }];
}

/** 5,000 one-character edits as fast as the client sends them, a hover every 10 edits (answered before the next edits). */
async function benchEditStorm(client: JsonRpcClient, text: string): Promise<BenchRow[]> {
  const u = 'file:///bench/storm.yaml';
  client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'yaml', version: 1, text } });
  await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === u);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('Handler: '));
  const column = lines[line].length;
  const hovers: number[] = [];
  for (let version = 2; version <= 5001; version++) {
    // Type a character at the end of a Handler line, then delete it: the text alternates, every version is new.
    const typing = version % 2 === 0;
    client.notify('textDocument/didChange', {
      textDocument: { uri: u, version },
      contentChanges: [typing ? { range: { start: { line, character: column }, end: { line, character: column } }, text: 'x' } : { range: { start: { line, character: column }, end: { line, character: column + 1 } }, text: '' }],
    });
    if (version % 10 === 0) {
      const start = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: (version * 7) % lines.length, character: 8 } });
      hovers.push(performance.now() - start);
    }
  }
  client.notify('textDocument/didClose', { textDocument: { uri: u } });
  return [{ name: 'server: hover p95 during 5,000 one-char edits (500 lines)', ms: percentile(hovers, 95), note: `p50 ${percentile(hovers, 50).toFixed(1)} ms over ${hovers.length} hovers, one every 10 edits (target p95 ≤ 100 ms)` }];
}

/** A document whose analysis never ends on its own (a !Join DAG of 60 anchor levels; issue 18) beside normal ones. */
function hostileJoinDag(levels: number): string {
  const anchors = [`      A0: &j0 "x"`];
  for (let i = 1; i <= levels; i++) anchors.push(`      A${i}: &j${i} !Join ["", [*j${i - 1}, *j${i - 1}]]`);
  return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Environment:\n        Variables:\n          V: *j${levels}\n      Metadata:\n${anchors.join('\n')}\n`;
}

async function benchBesideHostile(client: JsonRpcClient, text: string): Promise<BenchRow[]> {
  const normal = 'file:///bench/beside.yaml';
  client.notify('textDocument/didOpen', { textDocument: { uri: normal, languageId: 'yaml', version: 1, text } });
  await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === normal);
  client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///bench/hostile.yaml', languageId: 'yaml', version: 1, text: hostileJoinDag(60) } });
  await new Promise((resolve) => setTimeout(resolve, 200)); // the hostile analysis has started
  const hovers: number[] = [];
  const diagnostics: number[] = [];
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /Timeout: \d+/.test(l));
  const column = lines[line].indexOf('Timeout: ') + 'Timeout: '.length;
  let length = lines[line].length - column;
  for (let version = 2; version <= 11; version++) {
    const value = String(100 + version);
    const arrived = client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === normal && (m.params as { version?: number }).version === version);
    const start = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri: normal, version }, contentChanges: [{ range: { start: { line, character: column }, end: { line, character: column + length } }, text: value }] });
    length = value.length;
    for (let i = 0; i < 5; i++) {
      const hoverStart = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri: normal }, position: { line: (i * 37 + version) % lines.length, character: 8 } });
      hovers.push(performance.now() - hoverStart);
    }
    await arrived;
    diagnostics.push(performance.now() - start);
  }
  return [
    { name: 'server: hover p95 on another document while a hostile one is analysed', ms: percentile(hovers, 95), note: `p50 ${percentile(hovers, 50).toFixed(1)} ms over ${hovers.length} (target ≤ 200 ms)` },
    { name: 'server: diagnostics after a change meanwhile (debounce included)', ms: percentile(diagnostics, 95), note: `p95 of ${diagnostics.length}, median ${percentile(diagnostics, 50).toFixed(0)} ms (target ≤ 500 ms)` },
  ];
}
