/**
 * The CLI as users run it: bundled by esbuild (as `npm run build` does) into a temporary folder next to a
 * link to the bundled notes, then run as a process. Built once per test file.
 */
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './service';

let built: string | undefined;

/**
 * Bundles entry points (name -> source) as `npm run build` lays them out, into `dist/` of a new temporary
 * folder whose `media` links to the repository's notes; returns that folder.
 */
export function bundleEntries(prefix: string, entryPoints: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  symlinkSync(join(ROOT, 'media'), join(dir, 'media'));
  buildSync({ entryPoints, outdir: join(dir, 'dist'), bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], external: ['typescript'], logLevel: 'error' });
  return dir;
}

/** Path of a freshly bundled `cli.js` (its `../media/notes` is the repository's). */
export function builtCli(): string {
  built ??= join(bundleEntries('sn-built-cli-', { cli: join(ROOT, 'src', 'cli', 'main.ts') }), 'dist', 'cli.js');
  return built;
}

/** Single quotes for bash. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the process was still running at the hang guard and was killed. */
  readonly hung: boolean;
}

/**
 * Runs the built CLI with stdin kept open (as a terminal or `/dev/stdin` would be). `hangGuardMs` only
 * ends a process that hangs (a FIFO read, `/dev/zero`): it is not a speed target.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; hangGuardMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--max-old-space-size=1024', builtCli(), ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hung = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, options.hangGuardMs ?? 60_000);
    child.on('close', (status) => {
      clearTimeout(guard);
      child.stdin.destroy();
      resolvePromise({ status, stdout, stderr, hung });
    });
  });
}
