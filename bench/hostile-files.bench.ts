/**
 * Hostile files (issue 18 #1, #7): each a CLI process (dist/cli.js, as shipped) under `/usr/bin/time -v` and
 * `timeout 5`, reporting wall time and maximum RSS; the promise is ≤ 5 s and ≤ 1 GB each. Devices, FIFOs,
 * symlinks to `/` and outside, a 400 MB sparse file, a file that grows while read, configs and notes pointing
 * outside or at devices, and control characters in names.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './core.bench';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const TIME_LIMIT_S = 5;

interface Run {
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly exit: number | null;
}

/** One CLI process under /usr/bin/time -v and timeout; `during` runs while it does (a writer for a growing file). */
function timed(args: readonly string[], cwd: string, during?: () => () => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-v', 'timeout', '-s', 'KILL', String(TIME_LIMIT_S), process.execPath, CLI, ...args], { cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    const stop = during?.();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', () => {
      stop?.();
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
      const exit = /Exit status: (\d+)/.exec(stderr);
      const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN;
      resolve({ seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, exit: exit ? Number(exit[1]) : null });
    });
  });
}

function layout() {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'sn-bench-files-')));
  const proj = join(base, 'proj');
  const outside = join(base, 'outside');
  mkdirSync(join(proj, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'private.md'), '# Private\n\n## Lambda timeout\n\nsecret Timeout\n');
  writeFileSync(join(outside, 'other.yaml'), readFileSync(join(__dirname, '..', 'examples', 'sam-app.yaml')));
  writeFileSync(join(proj, 'template.yaml'), readFileSync(join(__dirname, '..', 'examples', 'sam-app.yaml')));
  return { base, proj, outside };
}

type Case = readonly [name: string, setup: (l: ReturnType<typeof layout>) => { args: string[]; during?: () => () => void }];

const CASES: readonly Case[] = [
  ['check /dev/zero /dev/stdin and a FIFO', ({ proj }) => (execFileSync('mkfifo', [join(proj, 'pipe.yaml')]), { args: ['check', '--no-fail', '/dev/zero', '/dev/stdin', 'pipe.yaml'] })],
  ['check . with a symlink to / and to an outside template', ({ proj, outside }) => (symlinkSync('/', join(proj, 'root')), symlinkSync(join(outside, 'other.yaml'), join(proj, 'o.yaml')), { args: ['check', '--no-fail', '.'] })],
  ['check a 400 MB sparse template', ({ proj }) => (execFileSync('truncate', ['-s', '400M', join(proj, 'huge.yaml')]), { args: ['check', '--no-fail', 'huge.yaml'] })],
  ['check a 1.2 GB sparse template', ({ proj }) => (execFileSync('truncate', ['-s', '1200M', join(proj, 'huge.yaml')]), { args: ['check', '--no-fail', 'huge.yaml'] })],
  [
    'check a template growing while read',
    ({ proj }) => {
      const path = join(proj, 'grow.yaml');
      writeFileSync(path, "AWSTemplateFormatVersion: '2010-09-09'\n");
      return {
        args: ['check', '--no-fail', 'grow.yaml'],
        during: () => {
          // Appends 1 MB chunks until the process ends (at most 60 MB): the gate stops at its byte cap.
          const fd = openSync(path, 'a');
          const chunk = Buffer.alloc(1024 * 1024, '#');
          let written = 0;
          const timer = setInterval(() => {
            if (written++ < 60) writeSync(fd, chunk);
          }, 5);
          return () => (clearInterval(timer), closeSync(fd));
        },
      };
    },
  ],
  [
    'explain with config notes at ../outside, /dev/zero, /proc/self/pagemap, /dev/stdin, a FIFO',
    ({ proj }) => {
      execFileSync('mkfifo', [join(proj, 'fifo.md')]);
      symlinkSync('/dev/zero', join(proj, 'zero.md'));
      writeFileSync(join(proj, '.serverless-notes.json'), JSON.stringify({ notes: ['../outside/private.md', '/dev/zero', '/proc/self/pagemap', '/dev/stdin', 'fifo.md', 'zero.md'] }));
      return { args: ['explain', 'template.yaml:24:16'] };
    },
  ],
  ['check with a config symlinked to /dev/zero', ({ proj }) => (symlinkSync('/dev/zero', join(proj, '.serverless-notes.json')), { args: ['check', '--no-fail', 'template.yaml'] })],
  [
    'check with control characters in a folder and a function name',
    ({ proj }) => {
      const dir = join(proj, 'x\u001b]8;;https:e\u0007\n::error::y\u202e');
      mkdirSync(dir);
      writeFileSync(join(dir, 'serverless.yml'), 'service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  timeout: 1200\nfunctions:\n  "f\\n::error file=a::b\\u202e":\n    handler: h.h\n');
      return { args: ['check', '--no-fail', '.'] };
    },
  ],
];

export async function benchHostileFiles(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let worst: BenchRow | undefined;
  for (const [name, setup] of CASES) {
    const l = layout();
    try {
      const { args, during } = setup(l);
      const run = await timed(args, l.proj, during);
      const within = run.seconds <= TIME_LIMIT_S && run.maxRssMb <= 1024 && run.exit !== 137;
      const row = { name: `hostile files: ${name}`, ms: run.seconds * 1000, note: `max RSS ${run.maxRssMb.toFixed(0)} MB, exit ${run.exit}${within ? '' : ' — OVER the 5 s / 1 GB promise'}` };
      rows.push(row);
      if (!worst || row.ms > worst.ms) worst = row;
    } finally {
      rmSync(l.base, { recursive: true, force: true });
    }
  }
  if (worst) rows.push({ name: 'hostile files: slowest (CLI process, ≤ 5 s and ≤ 1 GB each)', ms: worst.ms, note: `${worst.name.replace('hostile files: ', '')}; ${worst.note}` });
  return rows;
}

if (require.main === module) {
  void benchHostileFiles().then((rows) => {
    for (const r of rows) console.log(`${r.name.padEnd(100)} ${r.ms.toFixed(0).padStart(6)} ms  ${r.note}`);
  });
}
