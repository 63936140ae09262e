/**
 * The MCP server as an agent drives it: `node dist/cli.js mcp` (the production build `npm run bench` makes) spawned
 * over stdio and called with the MCP SDK's own client. Per example file: the first `check` (in a fresh server:
 * includes loading the CDK grammar for a CDK file) and the median and p95 of 30 more, wall time of the whole
 * call (request, analysis, answer). Also the server's start (spawn to initialized).
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const ROOT = join(__dirname, '..');
const RUNS = 30;

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

export async function benchMcp(): Promise<Array<{ name: string; ms: number; note?: string }>> {
  const project = mkdtempSync(join(tmpdir(), 'sn-mcp-bench-'));
  const rows: Array<{ name: string; ms: number; note?: string }> = [];
  try {
    const files = readdirSync(join(ROOT, 'examples')).sort();
    for (const file of files) copyFileSync(join(ROOT, 'examples', file), join(project, file));
    for (const file of files) {
      // A fresh server per file, so each first call is a cold one.
      const started = performance.now();
      const client = new Client({ name: 'bench', version: '0' });
      await client.connect(new StdioClientTransport({ command: process.execPath, args: [join(ROOT, 'dist', 'cli.js'), 'mcp'], cwd: project }));
      const ready = performance.now() - started;
      const time = async () => {
        const t = performance.now();
        const result = (await client.callTool({ name: 'check', arguments: { path: file } })) as { isError?: boolean };
        if (result.isError) throw new Error(`check ${file} failed: ${JSON.stringify(result)}`);
        return performance.now() - t;
      };
      const first = await time();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await time());
      await client.close();
      rows.push({ name: `mcp check examples/${file} (median of ${RUNS})`, ms: quantile(times, 0.5), note: `p95 ${quantile(times, 0.95).toFixed(1)} ms; first call ${first.toFixed(1)} ms; server ready ${ready.toFixed(0)} ms after spawn` });
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  return rows;
}
