// The language server as Neovim 0.7–0.10 drives it (`vim.lsp.start_client` with a `settings` table): the client
// advertises no `workspace/configuration`, cannot accept dynamic registration (no file watching) and pushes
// its settings with `workspace/didChangeConfiguration`. Settings must apply, the user's notes files get their
// diagnostics and quick fixes, hovers answer where a finding is (a parameter default, a `!Ref`), and a config
// file edited on disk applies after a save.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { JsonRpcClient, type Message } from './support/json-rpc-client';
import { ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  source: string;
  message: string;
}
interface Publish {
  uri: string;
  diagnostics: Diagnostic[];
}

describe('language server with a Neovim 0.7 client (no configuration request, no file watching)', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: JsonRpcClient;
  let folder: string;
  let stderr = '';
  const uris: Record<string, string> = {};
  /** The first publish for `uri` after message `from` that passes `test`. */
  const publishAfter = (from: number, uri: string, test: (p: Publish) => boolean = () => true) =>
    client.waitFor((m: Message) => client.received.indexOf(m) >= from && m.method === 'textDocument/publishDiagnostics' && (m.params as Publish).uri === uri && test(m.params as Publish));
  const codes = (m: Message) => (m.params as Publish).diagnostics.map((d) => d.code);
  const hoverText = async (uri: string, line: number, character: number) => {
    const response = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    return (response.result as { contents: { value: string } } | null)?.contents.value ?? '';
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sn-nvim07-'));
    mkdirSync(join(folder, 'notes'));
    copyFileSync(join(ROOT, 'examples', 'sam-app.yaml'), join(folder, 'template.yaml'));
    copyFileSync(join(ROOT, 'examples', 'serverless.yml'), join(folder, 'serverless.yml'));
    writeFileSync(join(folder, 'notes', 'lambda.md'), '# Lambda\n\nThe async invocation payload limit is 256 KB.\n');
    for (const name of ['template.yaml', 'serverless.yml', 'notes/lambda.md']) uris[name] = pathToFileURL(join(folder, name)).href;
    child = spawn(process.execPath, ['--import', 'tsx', CLI, 'lsp', '--stdio'], { cwd: ROOT });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Neovim 0.7 answers registerCapability with an error (it has no dynamic registration) and never gets workspace/configuration.
    client = new JsonRpcClient(child, (method) => {
      if (method === 'workspace/configuration') throw new Error('Neovim 0.7 never receives workspace/configuration');
      return null;
    });
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: { textDocument: { synchronization: { didSave: true }, hover: { contentFormat: ['markdown', 'plaintext'] }, codeAction: {} }, workspace: { applyEdit: true } },
    });
    assert.equal(init.error, undefined, JSON.stringify(init.error));
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: { serverlessNotes: { rules: { 'lambda-timeout': 'off' }, notes: { paths: ['notes/**/*.md'] } } } });
  });

  after(() => {
    child.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('pushed settings apply: lambda-timeout is off, lambda-memory still reported', async () => {
    const from = client.received.length;
    client.notify('textDocument/didOpen', { textDocument: { uri: uris['template.yaml'], languageId: 'yaml', version: 1, text: readFileSync(join(folder, 'template.yaml'), 'utf8') } });
    const published = await publishAfter(from, uris['template.yaml']);
    assert.ok(codes(published).includes('lambda-memory'), JSON.stringify(codes(published)));
    assert.ok(!codes(published).includes('lambda-timeout'), `settings pushed with didChangeConfiguration must apply: ${JSON.stringify(codes(published))}`);
    assert.ok(!client.received.some((m) => m.method === 'workspace/configuration'), 'the server asked a client without the capability');
  });

  it("hovers where a finding is: the parameter's Default 12288 and the !Ref that uses it", async () => {
    const atDefault = await hoverText(uris['template.yaml'], 7, 14);
    assert.match(atDefault, /lambda-memory/);
    assert.match(atDefault, /10,240 MB/);
    const lines = readFileSync(join(folder, 'template.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('!Ref MemoryParam'));
    const atRef = await hoverText(uris['template.yaml'], line, lines[line].indexOf('MemoryParam') + 2);
    assert.match(atRef, /12,288 MB/);
  });

  it('hovers where a finding is: serverless.yml line 13 (a timeout reached through variables)', async () => {
    const from = client.received.length;
    client.notify('textDocument/didOpen', { textDocument: { uri: uris['serverless.yml'], languageId: 'yaml', version: 1, text: readFileSync(join(folder, 'serverless.yml'), 'utf8') } });
    await publishAfter(from, uris['serverless.yml']);
    assert.match(await hoverText(uris['serverless.yml'], 12, 10), /apigw-lambda-timeout/);
  });

  it('a notes file from notes.paths gets notes-outdated diagnostics and the quick fix', async () => {
    const from = client.received.length;
    client.notify('textDocument/didOpen', { textDocument: { uri: uris['notes/lambda.md'], languageId: 'markdown', version: 1, text: readFileSync(join(folder, 'notes', 'lambda.md'), 'utf8') } });
    const published = await publishAfter(from, uris['notes/lambda.md'], (p) => p.diagnostics.length > 0);
    const d = (published.params as Publish).diagnostics.find((x) => x.code === 'notes-outdated');
    assert.ok(d, JSON.stringify(codes(published)));
    assert.match(d.message, /1 MB/);
    const response = await client.request('textDocument/codeAction', { textDocument: { uri: uris['notes/lambda.md'] }, range: d.range, context: { diagnostics: [d] } });
    const actions = response.result as Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>;
    assert.ok(
      actions.some((a) => a.edit.changes[uris['notes/lambda.md']]?.some((e) => e.newText === '1 MB')),
      JSON.stringify(actions.map((a) => a.title)),
    );
  });

  it('a config file written on disk applies after a save (no file watching)', async () => {
    writeFileSync(join(folder, '.serverless-notes.json'), JSON.stringify({ rules: { 'lambda-memory': 'off' } }));
    const from = client.received.length;
    client.notify('textDocument/didSave', { textDocument: { uri: uris['template.yaml'] } });
    const published = await publishAfter(from, uris['template.yaml']);
    assert.ok(!codes(published).includes('lambda-memory'), JSON.stringify(codes(published)));
    assert.ok(codes(published).includes('lambda-ephemeral-storage'), JSON.stringify(codes(published)));
    assert.match(stderr + JSON.stringify(client.received.filter((m) => m.method === 'window/logMessage')), /cannot watch files/);
  });
});
