/**
 * Issue 18 #1 over LSP: a repository whose `.serverless-notes.json` names a note outside the project (and
 * workspace settings naming an absolute outside path) never shows it in a hover; in an untrusted workspace
 * (initializationOptions.workspaceTrusted false) no config and no notes file is read at all. Failed before the
 * file gate: the outside note's text was in the hover, trusted or not.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { JsonRpcClient, type Message } from '../support/json-rpc-client';
import { ROOT } from '../support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const SECRET = 'OUTSIDELSPSECRET';
const INSIDE = 'INSIDEPROJECTNOTE';
const note = (marker: string) => `# Team notes\n\n## Lambda timeout\n\n${marker} Our Lambda function timeout is at most 900 seconds; keep Timeout short.\n`;

async function hoverAtTimeout(trusted: boolean): Promise<{ markdown: string; codes: string[] }> {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'sn-lsp-gate-')));
  const folder = join(base, 'proj');
  mkdirSync(join(folder, '.git'), { recursive: true });
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'private.md'), note(SECRET));
  writeFileSync(join(folder, 'inside.md'), note(INSIDE));
  writeFileSync(join(folder, '.serverless-notes.json'), JSON.stringify({ rules: { 'lambda-memory': 'off' }, notes: ['../outside/private.md', 'inside.md'] }));
  const settings = { notes: { paths: [join(base, 'outside', 'private.md')] } };
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'lsp', '--stdio'], { cwd: ROOT });
  const client = new JsonRpcClient(child, (method, params) => (method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => settings) : null));
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'project' }],
      initializationOptions: { workspaceTrusted: trusted },
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    client.notify('initialized', {});
    const uri = pathToFileURL(join(folder, 'template.yaml')).href;
    const text = readFileSync(join(ROOT, 'examples', 'sam-app.yaml'), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const published = await client.waitFor((m: Message) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    const codes = (published.params as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    const response = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 23, character: 15 } });
    return { markdown: (response.result as { contents: { value: string } }).contents.value, codes };
  } finally {
    child.kill();
  }
}

describe('language server: the file gate (issue 18)', { timeout: 60_000 }, () => {
  it('trusted: the project note is in the hover, the outside note never is', async () => {
    const { markdown, codes } = await hoverAtTimeout(true);
    assert.match(markdown, new RegExp(INSIDE));
    assert.doesNotMatch(markdown, new RegExp(SECRET));
    assert.ok(!codes.includes('lambda-memory'), 'the project config applies');
  });

  it('untrusted: neither note is read, and the config does not apply', async () => {
    const { markdown, codes } = await hoverAtTimeout(false);
    assert.match(markdown, /Timeout/);
    assert.doesNotMatch(markdown, new RegExp(SECRET));
    assert.doesNotMatch(markdown, new RegExp(INSIDE));
    assert.ok(codes.includes('lambda-memory'), 'the config was not read');
  });
});
