// End-to-end: installs the packaged extension (dist/serverless-notes.vsix, from `npm run package`) into a fresh
// code-server, opens the fixture workspace in headless chromium and runs test/e2e/*.e2e.mts in order on that
// page, a screenshot per step into test-results/e2e/. Ends with `N passed, M failed`; exit code 1 on any failure.
//
//   npm run test:e2e                        # package + this
//   npx tsx test/harness/run-e2e.mts        # this only (the .vsix must exist)
// Env: E2E_GREP (only tests whose name matches), E2E_TIMEOUT_MS (whole run, default 240000), VSIX, KEEP_RUN_DIR=1, HEADED=1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  REPO_ROOT, StepError, checkInstalled, deadline, installVsix, launchBrowser, log, makeRunDir, removeRunDir,
  startCodeServer, step, workbenchUrl, type Browser, type CodeServer, type RunDirs,
} from './code-server.mjs';
import { Workbench, type E2ETest } from '../e2e/workbench.mjs';

const VSIX = path.resolve(REPO_ROOT, process.env.VSIX ?? 'dist/serverless-notes.vsix');
const E2E_DIR = path.join(REPO_ROOT, 'test', 'e2e');
const RESULTS = path.join(REPO_ROOT, 'test-results', 'e2e');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 240_000);
const TEST_TIMEOUT_MS = 60_000;
const grep = process.env.E2E_GREP ? new RegExp(process.env.E2E_GREP, 'i') : undefined;

async function loadTests(): Promise<{ file: string; test: E2ETest }[]> {
  const files = fs.readdirSync(E2E_DIR).filter((f) => f.endsWith('.e2e.mts')).sort();
  const all: { file: string; test: E2ETest }[] = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(E2E_DIR, file)).href);
    const tests: E2ETest[] = mod.default;
    if (!Array.isArray(tests)) throw new Error(`${file} must default-export an array of E2ETest`);
    for (const test of tests) if (!grep || grep.test(test.name)) all.push({ file, test });
  }
  if (!all.length) throw new Error(`no e2e tests${grep ? ` matching ${grep}` : ''} in ${E2E_DIR}`);
  return all;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

async function main(): Promise<number> {
  let dirs: RunDirs | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let passed = 0;
  const failed: string[] = [];
  let harnessError: StepError | undefined;
  const pageLog: string[] = [];
  const timeout = deadline(TIMEOUT_MS, 'e2e run');
  try {
    await Promise.race([timeout.promise, (async () => {
      const tests = await step('load e2e tests', loadTests);
      await step('check install', async () => checkInstalled());
      dirs = await step('prepare run dir', async () => makeRunDir('e2e'));
      fs.rmSync(RESULTS, { recursive: true, force: true });
      fs.mkdirSync(RESULTS, { recursive: true });
      await step(`install ${path.relative(REPO_ROOT, VSIX)}`, () => installVsix(dirs!, VSIX));
      log(`installed ${path.relative(REPO_ROOT, VSIX)}`);
      server = await step('start code-server', () => startCodeServer(dirs!));
      log(`code-server on ${server.host} (run dir ${path.relative(REPO_ROOT, dirs.root)})`);
      browser = await step('launch chromium', () => launchBrowser(dirs!));
      const page = browser.page;
      page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => pageLog.push(`[page error] ${e.message}`));
      page.setDefaultTimeout(20_000);
      const wb = new Workbench(page);
      await step('load the workbench', async () => {
        await page.goto(workbenchUrl(server!, dirs!.workspace));
        await wb.waitReady();
      });
      log('workbench ready');

      for (const [i, { file, test }] of tests.entries()) {
        const prefix = `${String(i + 1).padStart(2, '0')}-${slug(test.name)}`;
        let n = 0;
        const shot = async (name: string) => {
          await page.screenshot({ path: path.join(RESULTS, `${prefix}-${++n}-${slug(name)}.png`) });
        };
        const started = Date.now();
        const limit = deadline(test.timeoutMs ?? TEST_TIMEOUT_MS, `test "${test.name}"`);
        try {
          await Promise.race([limit.promise, test.run({ page, wb, workspace: dirs!.workspace, shot })]);
          passed++;
          console.log(`  ✔ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
        } catch (e) {
          failed.push(test.name);
          const msg = e instanceof Error ? e.message : String(e);
          console.log(`  ✘ ${test.name} [${file}]\n      ${msg.split('\n').join('\n      ')}`);
          await page.screenshot({ path: path.join(RESULTS, `${prefix}-FAILED.png`) }).catch(() => {});
          // a clean slate for the next test: close hovers, widgets and the palette
          await wb.escape(3).catch(() => {});
        } finally {
          limit.cancel();
        }
      }
    })()]);
  } catch (e) {
    harnessError = e instanceof StepError ? e : new StepError('harness', e instanceof Error ? e.stack ?? e.message : String(e));
    if (browser) await browser.page.screenshot({ path: path.join(RESULTS, 'harness-FAILED.png'), timeout: 5000 }).catch(() => {});
  } finally {
    timeout.cancel();
    await browser?.close();
    await server?.stop();
  }

  const ok = !harnessError && failed.length === 0;
  if (!ok) {
    console.log('\n---- workbench console (last 80 lines) ----');
    console.log(pageLog.slice(-80).join('\n') || '(empty)');
    console.log('---- code-server log (last lines) ----');
    console.log(server?.logTail(30) ?? '(code-server was not started)');
    console.log('----');
    if (harnessError) console.error(`E2E FAILED: ${harnessError.message}`);
    if (failed.length) console.error(`E2E FAILED: ${failed.map((f) => `"${f}"`).join(', ')}`);
    console.error(`screenshots: ${path.relative(REPO_ROOT, RESULTS)}/${dirs ? `; run dir kept: ${dirs.root}` : ''}`);
  } else if (dirs) {
    removeRunDir(dirs);
  }
  console.log(`${passed} passed, ${failed.length + (harnessError ? 1 : 0)} failed`);
  return ok ? 0 : 1;
}

process.exitCode = await main();
