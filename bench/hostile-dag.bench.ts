/**
 * Issue 18's hostile DAG, fan-out and quadratic inputs, each as a CLI process (`dist/cli.js`, built by
 * `npm run bench`): wall time and max RSS (GNU time when installed), against the targets of ≤ 5 s and
 * ≤ 1 GB. Then "same result under load": every case again with two CPU hogs beside it, its JSON findings
 * compared with the idle run's. Then in-process: steps and CPU per case, and what the default step budget
 * costs in CPU at the costliest step rate seen (it must trip well under a second).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { DEFAULT_MAX_STEPS } from '../src/core/budget';
import { cdkReaders } from '../src/node/cdk-parsers';
import type { BenchRow } from './core.bench';
import { globalsManyFunctionsTemplate, hostileDagCases, type HostileFile } from '../test/unit/support/hostile-dag';
import { fanOutServerless } from '../test/unit/support/hostile-serverless';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const GNU_TIME = '/usr/bin/time';
const TARGET_MS = 5000;
const TARGET_RSS_MB = 1024;

interface CliRun {
  readonly ms: number;
  readonly rssMB?: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[], cwd: string): CliRun {
  const timed = existsSync(GNU_TIME);
  const command = timed ? GNU_TIME : process.execPath;
  const argv = timed ? ['-f', '%M', process.execPath, CLI, ...args] : [CLI, ...args];
  const start = performance.now();
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  const rssKB = timed ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  const stderr = timed ? result.stderr.trim().split('\n').slice(0, -1).join('\n') : result.stderr;
  return { ms, rssMB: Number.isFinite(rssKB) ? rssKB / 1024 : undefined, status: result.status, stdout: result.stdout, stderr };
}

/** Every case as [name, CLI arguments], written into `dir`. */
function cliCases(dir: string): Array<[string, string[]]> {
  const cases: Array<[string, string[]]> = [];
  const files: HostileFile[] = [
    ...hostileDagCases(),
    ['suppression comment with 5,000 unknown ids', 'template.yaml', hostileDagCases().find(([n]) => n.startsWith('suppression'))![2].replace(/no-such-rule-(\d+)/g, (m, n: string) => (Number(n) < 5000 ? m : '')).replace(/, (, )+/g, ', ')],
  ];
  files.forEach(([name, fileName, text], i) => {
    const folder = join(dir, `case${i}`);
    spawnSync('mkdir', ['-p', folder]);
    writeFileSync(join(folder, fileName), text);
    cases.push([name, ['check', join(folder, fileName), '--format', 'json', '--no-fail']]);
  });
  // A config with 10,000 unknown rule ids.
  const configDir = join(dir, 'config');
  spawnSync('mkdir', ['-p', configDir]);
  writeFileSync(join(configDir, '.serverless-notes.json'), JSON.stringify({ rules: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`no-such-rule-${i}`, 'off'])) }));
  writeFileSync(join(configDir, 'template.yaml'), "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Timeout: 1000\n");
  cases.push(['config with 10,000 unknown rule ids', ['check', join(configDir, 'template.yaml'), '--format', 'json', '--no-fail']]);
  // 20,000 spellings of a refused ${file()} path.
  const refusedDir = join(dir, 'refused');
  spawnSync('mkdir', ['-p', refusedDir]);
  const spellings = Array.from({ length: 20_000 }, (_, i) => `  v${i}: \${file(${'./'.repeat(1 + (i % 50))}..${'/.'.repeat(Math.floor(i / 50))}/outside.yml)}`).join('\n');
  writeFileSync(join(refusedDir, 'serverless.yml'), `service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\ncustom:\n${spellings}\nfunctions:\n  f:\n    handler: h.h\n    environment:\n${Array.from({ length: 20_000 }, (_, i) => `      V${i}: \${self:custom.v${i}}`).join('\n')}\n`);
  cases.push(['20,000 spellings of a refused ${file()} path', ['check', join(refusedDir, 'serverless.yml'), '--format', 'json', '--no-fail']]);
  // Notes markdown: `![` x 300k in explain, `*a**` x 150k in quiz --list.
  const notesDir = join(dir, 'notes');
  spawnSync('mkdir', ['-p', notesDir]);
  writeFileSync(join(notesDir, 'brackets.md'), `# Lambda timeout\n\n${'!['.repeat(300_000)}\n`);
  writeFileSync(join(notesDir, 'bold.md'), `# Lambda timeout\n\nLambda stops a function ${'*a**'.repeat(150_000)}.\n`);
  writeFileSync(join(notesDir, 'template.yaml'), "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1000\n");
  cases.push(['explain with notes of 300,000 "!["', ['explain', `${join(notesDir, 'template.yaml')}:5:16`, '--notes', join(notesDir, 'brackets.md')]]);
  cases.push(['quiz --list with notes of 150,000 "*a**"', ['quiz', '--list', '--notes', join(notesDir, 'bold.md')]]);
  return cases;
}

function startHog(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for(;;);'], { stdio: 'ignore' });
}

export async function benchHostileDag(): Promise<BenchRow[]> {
  if (!existsSync(CLI)) return [{ name: 'hostile DAG (CLI)', ms: NaN, note: 'dist/cli.js missing: run npm run build' }];
  const dir = mkdtempSync(join(tmpdir(), 'sn-hostile-dag-'));
  const rows: BenchRow[] = [];
  try {
    const cases = cliCases(dir);
    const idle = new Map<string, CliRun>();
    let worst: { name: string; ms: number; rss: number } = { name: '', ms: 0, rss: 0 };
    for (const [name, args] of cases) {
      const run = runCli(args, dir);
      idle.set(name, run);
      const within = run.ms <= TARGET_MS && (run.rssMB ?? 0) <= TARGET_RSS_MB && run.status !== null;
      rows.push({ name: `hostile DAG (CLI): ${name}`, ms: run.ms, note: `${run.rssMB === undefined ? 'RSS n/a' : `max RSS ${run.rssMB.toFixed(0)} MB`}, exit ${run.status ?? 'killed'}${run.status !== 0 ? ` (${run.stderr.split('\n')[0].slice(0, 120)})` : ''}${within ? '' : ' — OVER TARGET (5 s, 1 GB)'}` });
      if (run.ms > worst.ms) worst = { ...worst, name, ms: run.ms };
      worst.rss = Math.max(worst.rss, run.rssMB ?? 0);
    }
    rows.push({ name: 'hostile DAG (CLI): slowest', ms: worst.ms, note: `${worst.name}; largest max RSS ${worst.rss.toFixed(0)} MB (targets 5,000 ms, 1,024 MB)` });

    // Same result under load: two CPU hogs beside every case, findings compared with the idle run's.
    const hogs = [startHog(), startHog()];
    const differing: string[] = [];
    let slowestLoaded = 0;
    try {
      for (const [name, args] of cases) {
        if (!args.includes('--format')) continue; // explain/quiz print text, not findings
        const run = runCli(args, dir);
        slowestLoaded = Math.max(slowestLoaded, run.ms);
        if (run.stdout !== idle.get(name)?.stdout) differing.push(name);
      }
    } finally {
      for (const hog of hogs) hog.kill('SIGKILL');
    }
    rows.push({ name: 'hostile DAG (CLI): same result under load', ms: slowestLoaded, note: differing.length ? `DIFFERENT JSON with two CPU hogs: ${differing.join('; ')}` : `identical JSON findings idle and beside two CPU hogs (${cases.filter(([, a]) => a.includes('--format')).length} cases; ms = slowest loaded run)` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // In-process: steps and CPU, and the CPU the default budget costs at the costliest rate seen.
  const readers = cdkReaders();
  let costliest = { name: '', usPerStep: 0 };
  const inProcess: HostileFile[] = [
    ...hostileDagCases(),
    ['serverless variables fanning out 3 ways x 20 levels', 'serverless.yml', fanOutServerless(20, 3)],
    ['Globals of 30k keys merged into 2,000 functions of their own (more than the budget)', 'template.yaml', globalsManyFunctionsTemplate(30_000, 2000)],
  ];
  await analyze({ fileName: 'warm.ts', text: "import * as cdk from 'aws-cdk-lib';\n" }, { externalReaders: readers }); // parsers loaded outside the timing
  for (const [name, fileName, text] of inProcess) {
    const cpu = process.cpuUsage();
    const analysis = await analyze({ fileName, text }, { externalReaders: readers });
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const steps = analysis.steps ?? 0;
    // Only runs long enough that fixed costs (loading, one parse) don't dominate give a rate per step.
    const usPerStep = steps >= 100_000 ? (cpuMs * 1000) / steps : 0;
    if (usPerStep > costliest.usPerStep) costliest = { name, usPerStep };
    const stopped = analysis.findings.some((f) => f.ruleId === 'analysis-stopped');
    rows.push({ name: `hostile DAG (steps): ${name}`, ms: cpuMs, note: `${steps.toLocaleString('en-US')} steps${stopped ? ' (stopped by the step budget)' : ''}; ms = CPU` });
  }
  rows.push({ name: 'hostile DAG (steps): default budget at the costliest step', ms: (costliest.usPerStep * DEFAULT_MAX_STEPS) / 1000, note: `${DEFAULT_MAX_STEPS.toLocaleString('en-US')} steps x ${costliest.usPerStep.toFixed(3)} µs (${costliest.name}); ms = CPU` });
  return rows;
}
