// The MCP face as an agent uses it: `node dist/cli.js mcp` spawned over stdio and driven by the MCP SDK's
// own Client — tools listed with input schemas, each tool called, files outside the working directory
// refused without their contents, bad input answered as tool errors, control characters never sent.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { LIMITS } from '../../src/core';
import { builtCliWithMcp } from './support/built-mcp';
import { ROOT } from './support/service';

type ToolResult = { content: { type: string; text?: string }[]; structuredContent?: Record<string, unknown>; isError?: boolean };

const SECRET = 'TOP-SECRET-OUTSIDE-THE-PROJECT';
const textOf = (r: ToolResult) => r.content.map((c) => c.text ?? '').join('\n');

describe('MCP server over stdio (serverless-notes mcp)', () => {
  let base: string;
  let project: string;
  let client: Client;
  let stderr = '';

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'sn-mcp-'));
    project = join(base, 'project');
    mkdirSync(project);
    copyFileSync(join(ROOT, 'examples', 'sam-app.yaml'), join(project, 'sam-app.yaml'));
    copyFileSync(join(ROOT, 'examples', 'serverless.yml'), join(project, 'serverless.yml'));
    // Outside the working directory: a template and a plain file, reached by path, by `..` and by a symlink.
    writeFileSync(join(base, 'outside.yaml'), `Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1200\n      Description: ${SECRET}\n`);
    symlinkSync(join(base, 'outside.yaml'), join(project, 'link.yaml'));
    // A runtime id carrying a terminal escape and a bidi-free forged line: it must arrive as U+FFFD.
    writeFileSync(join(project, 'escape.yaml'), 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: "nodejs2\\e[31m0.x\\rFORGED"\n      Timeout: 1200\n');
    const transport = new StdioClientTransport({ command: process.execPath, args: [builtCliWithMcp(), 'mcp'], cwd: project, stderr: 'pipe' });
    transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    client = new Client({ name: 'serverless-notes-test', version: '0.0.0' });
    await client.connect(transport);
  });

  after(async () => {
    await client?.close();
    rmSync(base, { recursive: true, force: true });
  });

  const call = (name: string, args: Record<string, unknown>) => client.callTool({ name, arguments: args }) as Promise<ToolResult>;

  it('lists the four tools, each with a description and described inputs', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['check', 'explain', 'lookup_limit', 'search_notes']);
    for (const tool of tools) {
      assert.ok(tool.description && tool.description.length > 40, `${tool.name} has a description`);
      const properties = tool.inputSchema.properties as Record<string, { description?: string }>;
      for (const [name, schema] of Object.entries(properties)) assert.ok(schema.description, `${tool.name}.${name} is described`);
    }
  });

  it('check: a file in the working directory gives findings with positions and fixes, as text and structured content', async () => {
    const result = await call('check', { path: 'sam-app.yaml' });
    assert.equal(result.isError, undefined, textOf(result));
    const findings = result.structuredContent!.findings as { ruleId: string; start: { line: number; column: number }; fix?: { edits: unknown[] } }[];
    const timeout = findings.find((f) => f.ruleId === 'lambda-timeout');
    assert.deepEqual(timeout?.start, { line: 24, column: 16 }, 'the CLI reports sam-app.yaml:24:16');
    assert.ok(findings.some((f) => f.fix && f.fix.edits.length > 0), 'some finding carries a fix');
    assert.match(textOf(result), /sam-app\.yaml:24:16: error \[lambda-timeout\]/);
  });

  it('check: inline text with a format, and inline text without one is a tool error', async () => {
    const text = 'service: s\nprovider:\n  name: aws\n  runtime: nodejs18.x\nfunctions:\n  a:\n    handler: h.a\n';
    const result = await call('check', { text, format: 'serverless-yml' });
    assert.ok((result.structuredContent!.findings as { ruleId: string }[]).some((f) => f.ruleId === 'runtime-deprecated'), textOf(result));
    const missing = await call('check', { text });
    assert.equal(missing.isError, true);
    assert.match(textOf(missing), /format/);
  });

  it('check: a file outside the working directory is refused (by path, by .., by symlink), never its contents', async () => {
    for (const path of [join(base, 'outside.yaml'), '../outside.yaml', 'link.yaml', '/etc/passwd', 'no-such-file.yaml']) {
      const result = await call('check', { path });
      assert.equal(result.isError, true, `${path}: ${textOf(result)}`);
      assert.ok(!JSON.stringify(result).includes(SECRET), `${path}: no contents`);
      assert.ok(!JSON.stringify(result).includes('root:'), `${path}: no contents`);
    }
  });

  it('explain: a path and position give the hover as markdown, the finding first', async () => {
    const result = await call('explain', { path: 'sam-app.yaml', line: 24, column: 16 });
    assert.equal(result.isError, undefined, textOf(result));
    assert.match(textOf(result), /lambda-timeout/);
    assert.match(textOf(result), /900/);
    const outside = await call('explain', { path: 'link.yaml', line: 5, column: 16 });
    assert.equal(outside.isError, true);
    assert.ok(!JSON.stringify(outside).includes(SECRET));
  });

  it('explain: a resource type and property (and a value) give the same hover as a file', async () => {
    const plain = await call('explain', { type: 'AWS::Lambda::Function', property: 'Timeout' });
    assert.match(textOf(plain), /900/);
    const valued = await call('explain', { type: 'AWS::Lambda::Function', property: 'Timeout', value: 1200 });
    assert.match(textOf(valued), /lambda-timeout/, 'the finding about the value leads');
    assert.match(textOf(valued), /1,200 s/);
    const nested = await call('explain', { type: 'AWS::Serverless::Function', property: 'EphemeralStorage.Size', value: 20480 });
    assert.match(textOf(nested), /10,240 MB/);
    const unknown = await call('explain', { type: 'AWS::Made::Up', property: 'Nothing' });
    assert.equal(unknown.structuredContent!.found, false);
    const half = await call('explain', { type: 'AWS::Lambda::Function' });
    assert.equal(half.isError, true);
  });

  it('lookup_limit: an id and words give value, unit, kind, source and as-of date from the limits table', async () => {
    const exact = await call('lookup_limit', { name: 'lambda.timeout.max' });
    const [match] = exact.structuredContent!.matches as Record<string, unknown>[];
    assert.equal(match.value, LIMITS['lambda.timeout.max'].value);
    assert.equal(match.unit, LIMITS['lambda.timeout.max'].unit);
    assert.equal(match.kind, LIMITS['lambda.timeout.max'].kind);
    assert.equal(match.source, LIMITS['lambda.timeout.max'].source);
    assert.match(String(match.asOf), /^\d{4}-\d{2}-\d{2}$/);
    const words = await call('lookup_limit', { name: 'maximum lambda memory' });
    assert.equal((words.structuredContent!.matches as { id: string }[])[0].id, 'lambda.memory.max');
    const runtime = await call('lookup_limit', { name: 'nodejs18.x' });
    const [rt] = runtime.structuredContent!.matches as Record<string, unknown>[];
    assert.equal(rt.type, 'runtime');
    assert.equal(rt.deprecated, '2025-09-01');
    assert.ok(rt.successor, 'a deprecated runtime names its successor');
  });

  it('search_notes: words find bundled sections with previews', async () => {
    const result = await call('search_notes', { query: 'sqs visibility timeout' });
    const hits = result.structuredContent!.hits as { title: string; file: string }[];
    assert.ok(hits.length > 0);
    assert.match(hits[0].file, /^media[\\/]notes[\\/]sqs\.md$/);
  });

  it('bad input is a tool error and the server keeps serving', async () => {
    const bad = await call('explain', { path: 'sam-app.yaml', line: 0, column: -3 });
    assert.equal(bad.isError, true);
    const both = await call('check', { path: 'sam-app.yaml', text: 'x', format: 'cloudformation-yaml' });
    assert.equal(both.isError, true);
    const still = await call('lookup_limit', { name: 'layers per function' });
    assert.equal((still.structuredContent!.matches as { id: string }[])[0].id, 'lambda.layers.max');
  });

  it('no control character from a file reaches the agent', async () => {
    const result = await call('check', { path: 'escape.yaml' });
    const sent = JSON.stringify(result);
    assert.match(textOf(result), /runtime-unknown/);
    // eslint-disable-next-line no-control-regex
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(textOf(result)), 'no control character in the text');
    assert.ok(!sent.includes('\\u001b') && !sent.includes('\\r'), 'none in the structured content');
    assert.equal(stderr.includes(SECRET), false);
    assert.ok(readFileSync(join(project, 'escape.yaml'), 'utf8').includes('\\e'), 'the fixture really carries an escape');
    // What the agent sent comes back in messages too (a path it named): replaced, not passed on.
    const echoed = await call('check', { path: 'no\u001b[31msuch\u0007.yaml' });
    assert.equal(echoed.isError, true);
    assert.ok(textOf(echoed).includes('no\ufffd[31msuch\ufffd.yaml'), textOf(echoed));
  });
});
