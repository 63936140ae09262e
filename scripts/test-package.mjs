// The npm package as a user gets it: `npm pack` (prepack builds the production bundles), checked for what it
// holds (≤ 1.5 MB; bundles, wasm, notes; no sources, tests or source maps), installed globally into a fresh
// prefix with the network off (there are no runtime dependencies to fetch), and its commands run from there:
// `serverless-notes check` on the examples (YAML and a CDK stack, so the wasm parsers load from the package),
// `serverless-notes-language-server --stdio` answering initialize, and `serverless-notes mcp` listing its tools.
// Run by `npm test` (npm run test:package). Prints the tarball's size and file count.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const MAX_TARBALL_BYTES = 1.5 * 1000 * 1000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Sends JSON-RPC messages to a process and resolves with the response to `waitForId` (framing: LSP headers or MCP lines). */
function exchange(command, args, messages, { framing, waitForId, waitFor = (m) => m.id === waitForId, cwd }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')}: no answer to request ${waitForId} in 60 s\nstdout: ${out}\nstderr: ${err}`));
    }, 60_000);
    child.stderr.on('data', (c) => (err += c));
    child.stdout.on('data', (c) => {
      out += c;
      for (const message of parse(out, framing)) {
        if (waitFor(message)) {
          clearTimeout(guard);
          child.stdin.end();
          child.kill();
          resolvePromise(message);
        }
      }
    });
    for (const m of messages) {
      const body = JSON.stringify({ jsonrpc: '2.0', ...m });
      child.stdin.write(framing === 'lsp' ? `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` : `${body}\n`);
    }
  });
}

function parse(text, framing) {
  if (framing === 'lines') return text.split('\n').filter((l) => l.trim().startsWith('{')).flatMap((l) => { try { return [JSON.parse(l)]; } catch { return []; } });
  const messages = [];
  let rest = text;
  for (;;) {
    const header = /Content-Length: (\d+)\r\n\r\n/.exec(rest);
    if (!header) return messages;
    const start = header.index + header[0].length;
    const body = Buffer.from(rest.slice(start));
    const length = Number(header[1]);
    if (body.length < length) return messages;
    messages.push(JSON.parse(body.subarray(0, length).toString()));
    rest = body.subarray(length).toString();
  }
}

const work = mkdtempSync(join(tmpdir(), 'sn-package-'));
try {
  // 1. Pack (prepack: npm run build:prod).
  const packed = run(npm, ['pack', '--json', '--pack-destination', work]);
  assert.equal(packed.status, 0, packed.stderr);
  // prepack's output comes first; the JSON report is the array that starts on a line of its own.
  const report = packed.stdout.slice(packed.stdout.search(/^\[/m));
  const [info] = JSON.parse(report);
  const paths = info.files.map((f) => f.path);
  console.log(`tarball ${info.filename}: ${info.size} bytes packed, ${info.unpackedSize} unpacked, ${info.entryCount} files`);
  assert.ok(info.size <= MAX_TARBALL_BYTES, `tarball ${info.size} bytes > ${MAX_TARBALL_BYTES}`);
  for (const needed of ['dist/cli.js', 'dist/server.js', 'dist/mcp.js', 'dist/cdk-readers.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-typescript.wasm', 'media/notes/lambda.md', 'docs/rules.md', 'README.md', 'LICENSE']) {
    assert.ok(paths.includes(needed), `the package holds ${needed}`);
  }
  const unwanted = paths.filter((p) => p.endsWith('.map') || p.endsWith('.ts') || /^(src|test|scripts|bench|examples|editors|node_modules)\//.test(p) || p.startsWith('dist/test'));
  assert.deepEqual(unwanted, [], 'no sources, tests or source maps');
  for (const bundle of ['dist/cli.js', 'dist/server.js', 'dist/mcp.js']) {
    const text = run('tar', ['-xzOf', join(work, info.filename), `package/${bundle}`]).stdout;
    assert.ok(!text.includes('sourceMappingURL'), `${bundle} has no source map reference`);
  }

  // 2. Install globally into a fresh prefix, offline: nothing may be fetched.
  const prefix = join(work, 'prefix');
  const installed = run(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, info.filename)]);
  assert.equal(installed.status, 0, `npm install -g: ${installed.stderr}`);
  const bin = (name) => join(prefix, 'bin', name);

  // 3. The commands, from a folder that is not the repository.
  const project = join(work, 'project');
  cpSync(join(ROOT, 'examples'), project, { recursive: true });
  const checked = run(bin('serverless-notes'), ['check', '.'], { cwd: project });
  assert.equal(checked.status, 1, `check exits 1 on the examples' errors\n${checked.stdout}\n${checked.stderr}`);
  assert.match(checked.stdout, /sam-app\.yaml:24:16: error \[lambda-timeout\]/);
  assert.match(checked.stdout, /cdk-stack\.ts:\d+:\d+: error \[lambda-timeout\]/, 'the CDK reader (wasm) loads from the installed package');
  assert.match(checked.stdout, /cdk_stack\.py:\d+:\d+: /, 'the Python grammar loads too');
  assert.equal(checked.stderr, '');

  const lsp = await exchange(bin('serverless-notes-language-server'), ['--stdio'], [{ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }], { framing: 'lsp', waitForId: 1, cwd: project });
  assert.ok(lsp.result?.capabilities?.hoverProvider, `initialize: ${JSON.stringify(lsp)}`);
  // Diagnostics come from the server's analysis worker (dist/server.js run as a worker thread): the package must hold it.
  const uri = new URL(`file://${join(project, 'sam-app.yaml')}`).href;
  const published = await exchange(
    bin('serverless-notes-language-server'),
    ['--stdio'],
    [
      { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
      { method: 'initialized', params: {} },
      { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(join(project, 'sam-app.yaml'), 'utf8') } } },
    ],
    { framing: 'lsp', waitFor: (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0, cwd: project },
  );
  assert.ok(published.params.diagnostics.some((d) => d.code === 'lambda-timeout'), `diagnostics: ${JSON.stringify(published)}`);

  const mcp = await exchange(
    bin('serverless-notes'),
    ['mcp'],
    [
      { id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test-package', version: '0' } } },
      { method: 'notifications/initialized' },
      { id: 2, method: 'tools/call', params: { name: 'check', arguments: { path: 'serverless.yml' } } },
    ],
    { framing: 'lines', waitForId: 2, cwd: project },
  );
  assert.ok(mcp.result?.structuredContent?.findings?.some((f) => f.ruleId === 'runtime-deprecated'), `mcp check: ${JSON.stringify(mcp)}`);
  console.log('package: installed offline from the tarball; serverless-notes check, serverless-notes-language-server --stdio and serverless-notes mcp work');
} finally {
  rmSync(work, { recursive: true, force: true });
}
