// Runs a real VS Code (code-server = the VS Code workbench served to a browser + a Node extension host)
// offline on loopback, with a throwaway profile per run, and drives it with Debian's chromium through
// playwright-core. Used by run-integration.ts (extension tests inside the extension host) and run-e2e.ts
// (Playwright drives the workbench like a person would).
//
// Every run gets its own folder under .vscode-test/runs/ holding the user data, extensions, XDG dirs, TMPDIR,
// browser profile, a copy of the fixture workspace and the logs; it is removed after a passing run unless
// KEEP_RUN_DIR=1, and kept (and named) after a failing one.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import * as util from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(REPO_ROOT, '.vscode-test', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const t0 = Date.now();
export function log(msg: string): void {
  console.log(`[harness ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
}

/** A failure of the harness itself (not of a test): names the step that broke. */
export class StepError extends Error {
  constructor(readonly step: string, message: string) {
    super(`step "${step}" failed: ${message}`);
  }
}

/** Runs `fn` as a named step: any error it throws becomes a StepError naming the step. */
export async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  currentStep = name;
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StepError) throw e;
    throw new StepError(name, e instanceof Error ? e.message : String(e));
  }
}
export let currentStep = 'start';

/** Rejects after `ms` with a StepError naming the step that was running then. */
export function deadline(ms: number, what: string): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepError(currentStep, `${what} timed out after ${ms / 1000} s`)), ms);
  });
  promise.catch(() => {});
  return { promise, cancel: () => clearTimeout(timer) };
}

export function checkInstalled(): void {
  const missing: string[] = [];
  if (!fs.existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${CODE_SERVER_ENTRY})`);
  else {
    const v = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
    if (v !== CODE_SERVER_VERSION) missing.push(`code-server ${CODE_SERVER_VERSION} (found ${v})`);
  }
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run \`bash scripts/install-code-server.sh\``);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'files.autoSave': 'off', // VS Code in a browser defaults to afterDelay; desktop (and the tests' edits) expect off
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 150,
  // No fade-in: screenshots show the hover as a person sees it once it has appeared.
  'workbench.reduceMotion': 'on',
};

export interface RunDirs {
  root: string;
  userData: string;
  extensions: string;
  workspace: string;
  tmp: string;
  serverLog: string;
}

/** A fresh folder for one run: profile, extensions, XDG dirs, TMPDIR, and a copy of the fixture workspace. */
export function makeRunDir(kind: string): RunDirs {
  const base = path.join(REPO_ROOT, '.vscode-test', 'runs');
  fs.mkdirSync(base, { recursive: true });
  // failed runs keep their folder for a look; prune those older than a day (never a run that may be going on)
  for (const old of fs.readdirSync(base)) {
    const p = path.join(base, old);
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > 24 * 3600_000) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      /* raced with another run's cleanup */
    }
  }
  const root = fs.mkdtempSync(path.join(base, `${kind}-`));
  const dirs: RunDirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'), // must exist before --install-extension
    workspace: path.join(root, 'workspace'),
    tmp: path.join(root, 'tmp'),
    serverLog: path.join(root, 'code-server.log'),
  };
  for (const d of [path.join(dirs.userData, 'User'), dirs.extensions, dirs.tmp]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // tests edit files and settings: they get a copy, the fixtures in git stay as they are
  fs.cpSync(FIXTURE_WORKSPACE, dirs.workspace, { recursive: true });
  return dirs;
}

function runEnv(dirs: RunDirs, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // The extension host inherits this environment.
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.root, 'xdg-config'),
    XDG_DATA_HOME: path.join(dirs.root, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dirs.root, 'xdg-cache'),
    TMPDIR: dirs.tmp,
    // no extension gallery (code-server defaults to open-vsx.org): the server never reaches for the internet
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

function profileArgs(dirs: RunDirs): string[] {
  return ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** `code-server --install-extension <vsix>` into the run's extensions dir. */
export async function installVsix(dirs: RunDirs, vsix: string): Promise<string> {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist (run \`npm run package\`)`);
  const { stdout, stderr } = await util.promisify(execFile)(
    process.execPath,
    [CODE_SERVER_ENTRY, ...profileArgs(dirs), '--install-extension', vsix],
    { env: runEnv(dirs), timeout: 60_000 },
  );
  const out = `${stdout}${stderr}`.trim();
  if (!/successfully installed/i.test(out)) throw new Error(`--install-extension did not report success:\n${out}`);
  return out;
}

export interface CodeServer {
  port: number;
  host: string; // 127.0.0.1:PORT
  process: ChildProcess;
  stop(): Promise<void>;
  logTail(lines?: number): string;
}

/** Starts code-server detached (its own process group) on a free loopback port and waits for /healthz. */
export async function startCodeServer(dirs: RunDirs, env: Record<string, string> = {}): Promise<CodeServer> {
  const port = await freePort();
  const logFd = fs.openSync(dirs.serverLog, 'a');
  const child = spawn(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      ...profileArgs(dirs),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env: runEnv(dirs, env), stdio: ['ignore', logFd, logFd], detached: true },
  );
  fs.closeSync(logFd);
  installExitHooks();
  liveGroups.add(child.pid!);
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  const server: CodeServer = {
    port,
    host: `127.0.0.1:${port}`,
    process: child,
    async stop() {
      if (exited) {
        killGroup(child.pid!, 'SIGKILL'); // its children may outlive it
        liveGroups.delete(child.pid!);
        return;
      }
      killGroup(child.pid!, 'SIGTERM'); // the whole group: server, extension host, file watcher, pty host
      const late = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5000);
      await exitPromise;
      clearTimeout(late);
      killGroup(child.pid!, 'SIGKILL'); // stragglers of the group, if any
      liveGroups.delete(child.pid!);
    },
    logTail(lines = 40) {
      try {
        return fs.readFileSync(dirs.serverLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '(no code-server log)';
      }
    },
  };
  const until = Date.now() + 60_000;
  while ((await httpStatus(`http://${server.host}/healthz`)) !== 200) {
    if (exited) throw new Error(`code-server exited (code ${child.exitCode}) before it listened:\n${server.logTail()}`);
    if (Date.now() > until) {
      await server.stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${server.logTail()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

// Servers still running: killed (whole process group) if this process exits or is interrupted before stop().
const liveGroups = new Set<number>();
let exitHooksInstalled = false;
function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      console.error(`[harness] ${sig}: stopping code-server`);
      process.exit(130);
    });
  }
  // output piped into e.g. `head`: a closed pipe must not kill the harness before it cleans up
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian chromium, headless, fresh profile, no network beyond loopback. */
export async function launchBrowser(dirs: RunDirs): Promise<Browser> {
  const xdg = path.join(dirs.root, 'chromium-xdg');
  const context = await chromium.launchPersistentContext(path.join(dirs.root, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: process.env.HEADED !== '1',
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // stay on loopback: anything else the workbench tries (marketplace, telemetry, CDNs) is refused
  await context.route(/^(?!(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/, (route) => route.abort());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
    },
  };
}

/** The workbench URL for a folder, optionally with the extension-development payload. */
export function workbenchUrl(server: CodeServer, folder: string, payload: [string, string][] = []): string {
  const all: [string, string][] = [...payload, ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  return `http://${server.host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(all))}`;
}

/** vscode-remote URI of a path on the code-server machine (the extension host side). */
export function remoteUri(server: CodeServer, absPath: string): string {
  return `vscode-remote://${server.host}${absPath}`;
}

export function removeRunDir(dirs: RunDirs): void {
  if (process.env.KEEP_RUN_DIR === '1') return;
  fs.rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
}
