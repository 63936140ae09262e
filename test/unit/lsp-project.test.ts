// The language server reads what a project holds, as any editor would have it: `.serverless-notes.json`
// (re-read when the client reports it changed) and the user's notes named by `notes.paths` (in hovers).
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { JsonRpcClient, type Message } from './support/json-rpc-client';
import { FIXTURES, ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
type Published = { uri: string; version?: number; diagnostics: Array<{ code: string }> };
const published = (uri: string, test: (codes: string[]) => boolean) => (m: Message) =>
  m.method === 'textDocument/publishDiagnostics' && (m.params as Published).uri === uri && test((m.params as Published).diagnostics.map((d) => d.code));

describe('language server: project config and user notes', { timeout: 30_000 }, () => {
  let child: ChildProcessWithoutNullStreams;
  let client: JsonRpcClient;
  let folder: string;
  const settings = { notes: { paths: ['notes/**/*.md'] } };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sn-lsp-project-'));
    cpSync(join(FIXTURES, 'workspace', 'notes'), join(folder, 'notes'), { recursive: true });
    writeFileSync(join(folder, '.serverless-notes.json'), JSON.stringify({ rules: { 'lambda-timeout': 'off' } }));
    child = spawn(process.execPath, ['--import', 'tsx', CLI, 'lsp', '--stdio'], { cwd: ROOT });
    client = new JsonRpcClient(child, (method, params) =>
      method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => settings) : null,
    );
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'project' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    client.notify('initialized', {});
  });

  after(() => {
    if (process.env.LSP_DEBUG) console.log(JSON.stringify(client.received.map((m) => [m.method, m.id, JSON.stringify(m.params ?? m.result ?? m.error).slice(0, 300)]), null, 1));
    child.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('.serverless-notes.json turns a rule off; after the client reports the file changed, it is back', async () => {
    const uri = pathToFileURL(join(folder, 'sam-timeout.yaml')).href;
    const text = readFileSync(join(FIXTURES, 'workspace', 'sam-timeout.yaml'), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const first = await client.waitFor(published(uri, () => true));
    assert.deepEqual((first.params as Published).diagnostics.map((d) => d.code), [], 'the config file turns lambda-timeout (its only finding) off');
    writeFileSync(join(folder, '.serverless-notes.json'), '{}');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(folder, '.serverless-notes.json')).href, type: 2 }] });
    await client.waitFor(published(uri, (codes) => codes.includes('lambda-timeout')));
  });

  it("a hover shows the user's section from notes.paths before the bundled note", async () => {
    const uri = pathToFileURL(join(folder, 'dynamodb-ttl.yaml')).href;
    const text = readFileSync(join(FIXTURES, 'workspace', 'dynamodb-ttl.yaml'), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const line = text.split('\n').findIndex((l) => l.includes('TimeToLiveSpecification'));
    const response = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } });
    const markdown = (response.result as { contents: { value: string } }).contents.value;
    const yours = markdown.indexOf('DynamoDB TTL in practice');
    assert.ok(yours >= 0, markdown);
    assert.match(markdown, /Expiry is lazy/);
    // Outside VS Code the link to the note is the file itself, never a command link.
    assert.doesNotMatch(markdown, /command:/);
  });
});
