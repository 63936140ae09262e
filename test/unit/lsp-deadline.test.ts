// A server no document can stall: a document whose analysis outlasts the per-job deadline has its worker
// terminated and replaced and gets one information diagnostic; meanwhile and afterwards every other document
// is served (diagnostics, hovers), and the stalled version is not analysed again on a hover.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { samTemplate } from '../../bench/generate';
import { JsonRpcClient, type Message } from './support/json-rpc-client';
import { fixture, ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
/** Far above what the small fixture needs (milliseconds); the slow document never finishes (SERVERLESS_NOTES_TEST_HANG). */
const DEADLINE_MS = 1500;
/** A document holding this marker spins in the worker (src/server/analysis-worker.ts), as a reader bug would. */
const HANG_MARKER = 'serverless-notes-test-hang-7f3a';

interface Publish {
  uri: string;
  version?: number;
  diagnostics: Array<{ code: string; severity: number; message: string }>;
}

describe('language server: the per-document deadline', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: JsonRpcClient;
  const slowUri = 'file:///deadline/slow-template.yaml';
  const normalUri = 'file:///deadline/sam-timeout.yaml';
  const publishes = (uri: string) => client.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as Publish).uri === uri);
  const waitPublish = (uri: string, test: (p: Publish) => boolean = () => true) =>
    client.waitFor((m: Message) => m.method === 'textDocument/publishDiagnostics' && (m.params as Publish).uri === uri && test(m.params as Publish));

  before(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', CLI, 'lsp', '--stdio'], { cwd: ROOT, env: { ...process.env, SERVERLESS_NOTES_TEST_HANG: HANG_MARKER } });
    client = new JsonRpcClient(child, () => null);
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { analysisDeadlineMs: DEADLINE_MS } });
    client.notify('initialized', {});
  });

  after(() => child.kill());

  it('the slow document gets one information diagnostic; the other document is checked and hovered meanwhile', async () => {
    const slow = `${samTemplate(20)}# ${HANG_MARKER}\n`; // a normal template whose analysis never ends
    client.notify('textDocument/didOpen', { textDocument: { uri: slowUri, languageId: 'yaml', version: 1, text: slow } });
    client.notify('textDocument/didOpen', { textDocument: { uri: normalUri, languageId: 'yaml', version: 1, text: fixture('workspace', 'sam-timeout.yaml') } });
    const normal = await waitPublish(normalUri);
    assert.ok((normal.params as Publish).diagnostics.some((d) => d.code === 'lambda-timeout'));
    const hover = await client.request('textDocument/hover', { textDocument: { uri: normalUri }, position: { line: 12, character: 16 } });
    assert.match(JSON.stringify(hover.result), /900 s/);

    const stalled = await waitPublish(slowUri);
    const diagnostics = (stalled.params as Publish).diagnostics;
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].code, 'analysis-stopped');
    assert.equal(diagnostics[0].severity, 3, 'information');
    assert.match(diagnostics[0].message, new RegExp(`${DEADLINE_MS} ms`));
  });

  it('a hover on the stalled version answers at once (no new analysis) and the replaced worker serves the others', async () => {
    const started = Date.now();
    const hover = await client.request('textDocument/hover', { textDocument: { uri: slowUri }, position: { line: 5, character: 6 } });
    assert.equal(hover.result, null);
    assert.ok(Date.now() - started < DEADLINE_MS, 'the stalled version was analysed again');
    // Both workers answer: a change of the normal document is checked again.
    client.notify('textDocument/didChange', { textDocument: { uri: normalUri, version: 2 }, contentChanges: [{ text: fixture('workspace', 'sam-timeout.yaml').replace('1200', '900') }] });
    const after = await waitPublish(normalUri, (p) => p.version === 2);
    assert.ok(!(after.params as Publish).diagnostics.some((d) => d.code === 'lambda-timeout'));
    assert.equal(publishes(slowUri).length, 1, 'one diagnostic for the stalled document, not one per request');
  });
});
