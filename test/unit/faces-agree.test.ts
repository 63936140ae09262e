// One service behind every face: the same fixtures through the CLI (`check --format json`, `explain`), the
// language server over stdio and the language service in-process give the same findings (rule, severity,
// range, message) and the same hover text at every finding and at positions with no finding (a `!Ref`, a
// parameter default), under the same hover option (includeDiagnostics: true, every face's default).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { markdownToTerminal } from '../../src/cli/terminal-markdown';
import { createLanguageService, type LanguageService } from '../../src/core';
import { JsonRpcClient, type Message } from './support/json-rpc-client';
import { bundledNotes, ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const FILES = ['examples/sam-app.yaml', 'examples/serverless.yml', 'test/fixtures/workspace/sam-timeout.yaml'];

interface Position {
  line: number;
  character: number;
}
interface Seen {
  ruleId: string;
  severity: string;
  range: { start: Position; end: Position };
  message: string;
}
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const key = (f: Seen) => JSON.stringify([f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.ruleId, f.severity, f.message]);
const sorted = (findings: Seen[]) => findings.map(key).sort();
/** The terminal text of a hover, as `explain` prints it (without colour). */
const asText = (markdown: string | undefined) => (markdown === undefined ? undefined : markdownToTerminal(markdown, { ansi: false }));

/** Positions to hover: each finding's middle, and every `!Ref`'s name (a CLI process each: few). */
function positionsOf(text: string, findings: Seen[]): Position[] {
  const positions = findings.map((f) => ({ line: f.range.start.line, character: Math.floor((f.range.start.character + f.range.end.character) / 2) }));
  text.split('\n').forEach((line, i) => {
    const at = line.indexOf('!Ref ');
    if (at >= 0) positions.push({ line: i, character: at + 6 });
  });
  return positions;
}

describe('the faces agree: CLI, language server and language service', () => {
  let service: LanguageService;
  let child: ChildProcessWithoutNullStreams;
  let client: JsonRpcClient;

  before(async () => {
    // Hovers link notes as the server does for editors other than VS Code: to the note's file and line.
    service = createLanguageService({ notes: bundledNotes().map((n) => ({ ...n, uri: pathToFileURL(n.uri).href })), linkTo: (topic) => `${topic.uri}#L${topic.line + 1}` });
    child = spawn(process.execPath, ['--import', 'tsx', CLI, 'lsp', '--stdio'], { cwd: ROOT });
    client = new JsonRpcClient(child, () => null);
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: {} });
    client.notify('initialized', {});
  });

  after(() => child.kill());

  for (const file of FILES) {
    it(`${file}: same findings and hover text`, async () => {
      const path = resolve(ROOT, file);
      const text = readFileSync(path, 'utf8');
      const uri = pathToFileURL(path).href;

      // CLI
      const check = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'check', '--format', 'json', file], { cwd: ROOT, encoding: 'utf8' });
      const cliFindings = (JSON.parse(check.stdout) as Seen[]).map(({ ruleId, severity, range, message }) => ({ ruleId, severity, range, message }));

      // Language server
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const published = await client.waitFor((m: Message) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
      const lspFindings = (published.params as { diagnostics: Array<{ code: string; severity: number; range: Seen['range']; message: string }> }).diagnostics.map((d) => ({
        ruleId: d.code,
        severity: SEVERITY[d.severity],
        range: d.range,
        message: d.message,
      }));

      // Language service
      service.setDocument({ uri: path, languageId: 'yaml', version: 1, text });
      const serviceFindings = (await service.getDiagnostics(path)).map(({ ruleId, severity, range, message }) => ({ ruleId, severity, range, message }));

      assert.ok(cliFindings.length > 0, check.stderr);
      assert.deepEqual(sorted(lspFindings), sorted(cliFindings), 'LSP vs CLI findings');
      assert.deepEqual(sorted(serviceFindings), sorted(cliFindings), 'service vs CLI findings');

      const analysis = (await service.getAnalysis(path))!;
      for (const position of positionsOf(text, cliFindings)) {
        const where = `${file}:${position.line + 1}:${position.character + 1}`;
        const explain = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'explain', where], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        const cliText = explain.stdout.startsWith('Nothing to explain') ? undefined : explain.stdout.replace(/\n$/, '');
        const response = await client.request('textDocument/hover', { textDocument: { uri }, position });
        const lspText = asText((response.result as { contents: { value: string } } | null)?.contents.value);
        const serviceText = asText((await service.getHover(path, analysis.lineIndex.offsetAt(position)))?.markdown);
        assert.ok(cliText, `explain gives nothing at ${where}`);
        assert.equal(serviceText, lspText, `service vs LSP at ${where}`);
        // An editor links the note's file in the "More:" line; a terminal has nothing to open, so explain omits that link.
        const withoutMore = (s: string | undefined) => s?.replace(/\n\nMore: [^\n]*$/, '');
        assert.equal(withoutMore(lspText), withoutMore(cliText), `LSP vs explain at ${where}`);
      }
    });
  }
});
