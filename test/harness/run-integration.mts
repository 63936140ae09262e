// Runs the extension integration tests (dist/test/integration/index.js, built by scripts/build-tests.mjs) inside
// a real VS Code extension host and exits with their result.
//
//   npm run test:integration                     # build + this
//   npx tsx test/harness/run-integration.ts      # this only (dist/ must be built)
//
// Default: code-server + headless chromium (offline). With VSCODE_EXECUTABLE_PATH set: desktop VS Code through
// @vscode/test-electron's runTests (needs a display, e.g. xvfb-run, on Linux).
// Env: MOCHA_GREP (only tests matching), TEST_TIMEOUT_MS (whole run, default 180000), VERBOSE=1 (print every
// extension host line live), KEEP_RUN_DIR=1, HEADED=1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import {
  REPO_ROOT, StepError, checkInstalled, deadline, launchBrowser, log, makeRunDir, remoteUri, removeRunDir,
  startCodeServer, step, workbenchUrl, type Browser, type CodeServer, type RunDirs,
} from './code-server.mjs';

const TESTS_INDEX = path.join(REPO_ROOT, 'dist', 'test', 'integration', 'index.js');
const EXTENSION_MAIN = path.join(REPO_ROOT, 'dist', 'extension.js');
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS ?? 180_000);
const VERBOSE = process.env.VERBOSE === '1';

// Lines of workbench/extension-host chatter that are not test output: hidden live, still shown on failure.
const NOISE = [
  /^Creating a socket/, /^Resolv/, /^\[Service Worker/, /^Updating additional/, /^\[LocalProcess/, /^Started local extension host/,
  /^\[Extension Host\]/, /^Extension host/, /^Ignoring fetching additional builtin/, /^ChatSessionStore/, /^\[uncaught exception\]: Canceled/, /^Ignoring the error while validating workspace folder/,
];

function testEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['MOCHA_GREP', 'CI']) if (process.env[k]) env[k] = process.env[k]!;
  return env;
}

async function checkBuilt(): Promise<void> {
  for (const f of [EXTENSION_MAIN, TESTS_INDEX]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(REPO_ROOT, f)} is missing: run \`npm run build && npm run build:tests\``);
  }
}

async function runDesktop(executable: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const dirs = makeRunDir('desktop');
  log(`desktop VS Code: ${executable}`);
  const timeout = deadline(TIMEOUT_MS, 'desktop integration run');
  try {
    const code = await step('run the extension tests in desktop VS Code', () => Promise.race([timeout.promise, runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: TESTS_INDEX,
      extensionTestsEnv: testEnv(),
      launchArgs: [
        dirs.workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--user-data-dir', dirs.userData,
        '--extensions-dir', dirs.extensions,
      ], // runTests adds --no-sandbox, --disable-updates, --skip-welcome, --disable-workspace-trust, ...
    })]));
    if (code === 0) removeRunDir(dirs);
    return code;
  } catch (e) {
    console.error(`INTEGRATION FAILED in desktop VS Code: ${e instanceof Error ? e.message : e} (run dir ${dirs.root})`);
    return 1;
  } finally {
    timeout.cancel();
  }
}

async function runInCodeServer(): Promise<number> {
  const hostLog: string[] = [];
  let dirs: RunDirs | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const timeout = deadline(TIMEOUT_MS, 'integration run');
  let exitCode: number | undefined;
  let failure: StepError | undefined;
  try {
    await Promise.race([timeout.promise, (async () => {
      dirs = await step('prepare run dir', async () => makeRunDir('integration'));
      server = await step('start code-server', () => startCodeServer(dirs!, testEnv()));
      log(`code-server on ${server.host} (run dir ${path.relative(REPO_ROOT, dirs.root)})`);
      browser = await step('launch chromium', () => launchBrowser(dirs!));
      const page = browser.page;
      let resolveExit!: (code: number) => void;
      const exited = new Promise<number>((r) => (resolveExit = r));
      await step('wire the workbench', async () => {
        // the workbench calls these when it runs extension tests (payload extensionTestsPath)
        await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
        await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
          const line = util.format(...(Array.isArray(args) ? args : [args]));
          hostLog.push(`[${type}] ${line}`);
          if (VERBOSE || !NOISE.some((re) => re.test(line))) console.log(type === 'error' ? `[error] ${line}` : line);
        });
        page.on('pageerror', (e) => hostLog.push(`[page error] ${e.message}`));
      });
      const url = workbenchUrl(server, dirs.workspace, [
        ['extensionDevelopmentPath', remoteUri(server, REPO_ROOT)],
        ['extensionTestsPath', remoteUri(server, TESTS_INDEX)],
      ]);
      await step('load the workbench', async () => {
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      });
      log('workbench loaded; extension tests running');
      exitCode = await step('run the extension tests', () => exited);
      log(`extension tests finished with exit code ${exitCode}`);
      if (exitCode !== 0 && dirs) {
        await page.screenshot({ path: path.join(dirs.root, 'failure.png') }).catch(() => {});
      }
    })()]);
  } catch (e) {
    failure = e instanceof StepError ? e : new StepError('harness', e instanceof Error ? e.stack ?? e.message : String(e));
    if (browser && dirs) await browser.page.screenshot({ path: path.join(dirs.root, 'failure.png'), timeout: 5000 }).catch(() => {});
  } finally {
    timeout.cancel();
    await browser?.close();
    await server?.stop();
  }

  const ok = !failure && exitCode === 0;
  if (!ok) {
    console.log('\n---- extension host log (all lines) ----');
    console.log(hostLog.length ? hostLog.join('\n') : '(nothing was logged: the extension host may not have started)');
    console.log('---- code-server log (last lines) ----');
    console.log(server?.logTail(30) ?? '(code-server was not started)');
    console.log('----');
    if (failure) console.error(`INTEGRATION FAILED: ${failure.message}`);
    else console.error(`INTEGRATION FAILED: step "run the extension tests": the tests exited with code ${exitCode}`);
    if (dirs) console.error(`run dir kept: ${dirs.root} (screenshot failure.png, code-server.log)`);
    return 1;
  }
  if (dirs) removeRunDir(dirs);
  log('integration tests passed');
  return 0;
}

async function main(): Promise<number> {
  try {
    await step('check build', checkBuilt);
    const desktop = process.env.VSCODE_EXECUTABLE_PATH;
    if (desktop) {
      const code = await runDesktop(desktop);
      process.exit(code); // a desktop VS Code that outlived a timeout must not keep us waiting
    }
    await step('check install', async () => checkInstalled());
  } catch (e) {
    console.error(`INTEGRATION FAILED: ${e instanceof Error ? e.message : e}`);
    return 1;
  }
  return runInCodeServer();
}

process.exitCode = await main();
