// The language server over stdio, driven by a plain JSON-RPC client as another editor would:
// initialize -> didOpen -> publishDiagnostics -> hover -> codeAction -> change -> cancel -> shutdown/exit.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { JsonRpcClient, type Message } from './support/json-rpc-client';
import { FIXTURES, ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
}
interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

const isPublish = (uri: string, test: (ds: Diagnostic[]) => boolean = () => true) => (m: Message) =>
  m.method === 'textDocument/publishDiagnostics' && (m.params as PublishParams).uri === uri && test((m.params as PublishParams).diagnostics);
const codes = (m: Message) => (m.params as PublishParams).diagnostics.map((d) => d.code);

describe('language server over stdio', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: JsonRpcClient;
  let folder: string;
  let stderr = '';
  const samText = readFileSync(join(FIXTURES, 'workspace', 'sam-timeout.yaml'), 'utf8');
  let samUri: string;
  let hostileUri: string;
  const settings = { enable: true, rules: {}, maxFileSizeMB: 5, notes: { paths: [], includeBundled: true } };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sn-lsp-'));
    samUri = pathToFileURL(join(folder, 'sam-timeout.yaml')).href;
    hostileUri = pathToFileURL(join(folder, 'template.yaml')).href;
    writeFileSync(join(folder, 'sam-timeout.yaml'), samText);
    child = spawn(process.execPath, ['--import', 'tsx', CLI, 'lsp', '--stdio'], { cwd: ROOT });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    client = new JsonRpcClient(child, (method, params) => {
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => settings);
      return null;
    });
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
    });
    assert.equal(init.error, undefined, JSON.stringify(init.error));
    const capabilities = (init.result as { capabilities: Record<string, unknown> }).capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } }, 'incremental sync, saves (config and notes re-read without file watching)');
    assert.equal(capabilities.hoverProvider, true);
    client.notify('initialized', {});
  });

  after(() => {
    child.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('a hostile document opened first does not hold back the next one: both get diagnostics, the hostile one says what it skipped', async () => {
    // 20,000 nested flow sequences: the reader stops at its depth bound and says so.
    const hostile = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    client.write(
      { method: 'textDocument/didOpen', params: { textDocument: { uri: hostileUri, languageId: 'yaml', version: 1, text: hostile } } },
      { method: 'textDocument/didOpen', params: { textDocument: { uri: samUri, languageId: 'yaml', version: 1, text: samText } } },
    );
    const hover = client.request('textDocument/hover', { textDocument: { uri: samUri }, position: { line: 12, character: 8 } });
    const [hostileDiagnostics, samDiagnostics] = await Promise.all([client.waitFor(isPublish(hostileUri)), client.waitFor(isPublish(samUri))]);
    assert.ok(
      (hostileDiagnostics.params as PublishParams).diagnostics.some((d) => /nested deeper than/i.test(d.message)),
      `the hostile document should say what was not read: ${JSON.stringify(codes(hostileDiagnostics))}`,
    );
    assert.ok(codes(samDiagnostics).includes('lambda-timeout'), JSON.stringify(samDiagnostics.params));
    // The hover on the second document, asked while the first was being analysed, was answered.
    assert.match(JSON.stringify((await hover).result), /Lambda limits/);
  });

  it('publishDiagnostics: lambda-timeout on exactly the 1200 token, linked to the rule docs', async () => {
    const published = await client.waitFor(isPublish(samUri));
    const d = (published.params as PublishParams).diagnostics.find((x) => x.code === 'lambda-timeout')!;
    assert.deepEqual(d.range, { start: { line: 12, character: 15 }, end: { line: 12, character: 19 } });
    assert.equal(d.severity, 1);
    assert.equal(d.source, 'serverless-notes');
    assert.match(d.message, /exceeds Lambda.s maximum of 900 s/);
    assert.match(d.codeDescription?.href ?? '', /docs\/rules\.md#lambda-timeout$/);
    assert.equal((published.params as PublishParams).version, 1);
  });

  it('hover: markdown with the Lambda limits note and 900 s', async () => {
    const response = await client.request('textDocument/hover', { textDocument: { uri: samUri }, position: { line: 12, character: 16 } });
    const result = response.result as { contents: { kind: string; value: string }; range: unknown };
    assert.equal(result.contents.kind, 'markdown');
    assert.match(result.contents.value, /Lambda limits/);
    assert.match(result.contents.value, /900 s/);
  });

  it('codeAction: the rule quick fix and the suppression for the line', async () => {
    const published = await client.waitFor(isPublish(samUri));
    const d = (published.params as PublishParams).diagnostics.find((x) => x.code === 'lambda-timeout')!;
    const response = await client.request('textDocument/codeAction', { textDocument: { uri: samUri }, range: d.range, context: { diagnostics: [d] } });
    const actions = response.result as Array<{ title: string; kind: string; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>;
    const fix = actions.find((a) => a.title === 'Set Timeout to 900');
    assert.ok(fix, `no "Set Timeout to 900" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.edit.changes[samUri], [{ range: d.range, newText: '900' }]);
    const disable = actions.find((a) => a.title === 'Disable lambda-timeout for this line');
    assert.ok(disable, `no suppression among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(disable.edit.changes[samUri][0].newText, '      # serverless-notes-disable-next-line lambda-timeout\n');
  });

  it('codeAction with no client diagnostics at the range (markers cleared by a close and re-open): the fix still comes from the server\'s findings', async () => {
    const published = await client.waitFor(isPublish(samUri));
    const d = (published.params as PublishParams).diagnostics.find((x) => x.code === 'lambda-timeout')!;
    const response = await client.request('textDocument/codeAction', { textDocument: { uri: samUri }, range: d.range, context: { diagnostics: [] } });
    const titles = (response.result as Array<{ title: string }>).map((a) => a.title);
    assert.ok(titles.includes('Set Timeout to 900'), `no "Set Timeout to 900" among ${JSON.stringify(titles)}`);
    const elsewhere = await client.request('textDocument/codeAction', { textDocument: { uri: samUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.deepEqual((elsewhere.result as unknown[]).length, 0, 'no action away from any finding');
  });

  it('incremental change: replacing 1200 with 900 clears lambda-timeout in a newer publish', async () => {
    client.notify('textDocument/didChange', {
      textDocument: { uri: samUri, version: 2 },
      contentChanges: [{ range: { start: { line: 12, character: 15 }, end: { line: 12, character: 19 } }, text: '900' }],
    });
    const published = await client.waitFor((m) => isPublish(samUri)(m) && (m.params as PublishParams).version === 2);
    assert.ok(!codes(published).includes('lambda-timeout'), JSON.stringify(published.params));
  });

  it('$/cancelRequest: a hover cancelled before it ran answers RequestCancelled', async () => {
    const hover = client.requestMessage('textDocument/hover', { textDocument: { uri: samUri }, position: { line: 12, character: 8 } });
    const response = client.waitFor((m) => m.id === hover.id && m.method === undefined);
    // One write: the server reads the cancel before it dispatches the hover.
    client.write(hover, { method: '$/cancelRequest', params: { id: hover.id } });
    assert.equal((await response).error?.code, -32800);
  });

  it('didClose clears the diagnostics; shutdown and exit end the process', async () => {
    client.notify('textDocument/didClose', { textDocument: { uri: hostileUri } });
    await client.waitFor((m) => isPublish(hostileUri)(m) && (m.params as PublishParams).diagnostics.length === 0);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const shutdown = await client.request('shutdown', null);
    assert.equal(shutdown.error, undefined);
    client.notify('exit', null);
    assert.equal(await exited, 0, stderr);
  });
});
