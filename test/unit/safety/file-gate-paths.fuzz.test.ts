/**
 * Issue 18 #8, paths: fast-check generates the paths a repository can give — outside through `..`, absolute,
 * symlink chains (relative and absolute links, 1–4 hops), devices, FIFOs, folders, missing files — and reads
 * them through the file gate with the project as root, and through `explain` as a config's `notes`. Nothing
 * from outside is ever returned or printed, nothing blocks, and an outside target that exists gives exactly
 * the refusal of one that doesn't.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../../../src/cli/main';
import { isInsideOrSame, readText, walkFolder } from '../../../src/node/file-gate';
import { ROOT } from '../support/service';

const SECRET = 'OUTSIDE-SECRET-77';
const SEED = 1807;

type Target = { readonly where: 'outside-file' | 'outside-folder' | 'device' | 'fifo' | 'inside-file' | 'inside-folder'; readonly device?: string };
type PathSpec =
  | { readonly k: 'dotdot'; readonly ups: number; readonly target: Target }
  | { readonly k: 'absolute'; readonly target: Target }
  | { readonly k: 'chain'; readonly hops: readonly boolean[]; readonly target: Target };

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.constant<Target>({ where: 'outside-file' }),
  fc.constant<Target>({ where: 'outside-folder' }),
  fc.constantFrom('/dev/zero', '/dev/stdin', '/proc/self/pagemap', '/dev/null').map((device): Target => ({ where: 'device', device })),
  fc.constant<Target>({ where: 'fifo' }),
  fc.constant<Target>({ where: 'inside-file' }),
  fc.constant<Target>({ where: 'inside-folder' }),
);
const pathSpec: fc.Arbitrary<PathSpec> = fc.oneof(
  fc.record({ k: fc.constant('dotdot' as const), ups: fc.integer({ min: 1, max: 6 }), target }),
  fc.record({ k: fc.constant('absolute' as const), target }),
  // Each hop a relative (false) or absolute (true) link.
  fc.record({ k: fc.constant('chain' as const), hops: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), target }),
);

/** A fresh `<base>/proj` beside `<base>/outside`; `exists` false leaves the outside targets missing. */
function world(exists: boolean) {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'sn-gate-fuzz-')));
  const proj = join(base, 'proj');
  const outside = join(base, 'outside');
  mkdirSync(join(proj, '.git'), { recursive: true });
  mkdirSync(join(proj, 'notes'));
  writeFileSync(join(proj, 'notes', 'inside.md'), '# Inside\n\n## Lambda timeout\n\nInside note about Timeout.\n');
  writeFileSync(join(proj, 'template.yaml'), readFileSync(join(ROOT, 'examples', 'sam-app.yaml'), 'utf8'));
  mkdirSync(join(proj, 'deep', 'er'), { recursive: true });
  execFileSync('mkfifo', [join(proj, 'pipe.md')]);
  if (exists) {
    mkdirSync(join(outside, 'folder'), { recursive: true });
    writeFileSync(join(outside, 'private.md'), `# Private\n\n## Lambda timeout\n\n${SECRET} Timeout.\n`);
    writeFileSync(join(outside, 'folder', 'more.md'), `# More\n\n${SECRET}\n`);
  }
  return { base, proj, outside };
}

/** The file the spec finally points at, in a world. */
function targetPath(t: Target, w: ReturnType<typeof world>): string {
  switch (t.where) {
    case 'outside-file':
      return join(w.outside, 'private.md');
    case 'outside-folder':
      return join(w.outside, 'folder');
    case 'device':
      return t.device!;
    case 'fifo':
      return join(w.proj, 'pipe.md');
    case 'inside-file':
      return join(w.proj, 'notes', 'inside.md');
    case 'inside-folder':
      return join(w.proj, 'notes');
  }
}

/** The path as the repository spells it (relative to the project, or absolute), creating links as needed. */
function spell(spec: PathSpec, w: ReturnType<typeof world>): string {
  const to = targetPath(spec.target, w);
  if (spec.k === 'absolute') return to;
  if (spec.k === 'dotdot') {
    // From deep/er: `..` as many times as asked, then the way down to the target from where that lands.
    const from = join(w.proj, 'deep', 'er');
    let landed = from;
    for (let i = 0; i < spec.ups; i++) landed = join(landed, '..');
    return join('deep', 'er', relative(from, landed) || '.', relative(landed, to));
  }
  // A chain of committed links inside the project: link0 -> link1 -> … -> target.
  let next = to;
  for (let i = spec.hops.length - 1; i >= 0; i--) {
    const link = join(w.proj, `link${i}.md`);
    symlinkSync(spec.hops[i] ? next : relative(w.proj, next), link);
    next = link;
  }
  return relative(w.proj, next);
}

async function explainStderr(proj: string, notesPath: string): Promise<{ stdout: string; stderr: string }> {
  writeFileSync(join(proj, '.serverless-notes.json'), JSON.stringify({ notes: [notesPath] }));
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const cwd = process.cwd();
  process.stdout.write = ((c: string) => ((stdout += String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => ((stderr += String(c)), true)) as typeof process.stderr.write;
  try {
    process.chdir(proj);
    await main(['explain', 'template.yaml:24:16']);
  } finally {
    process.chdir(cwd);
    process.stdout.write = out;
    process.stderr.write = err;
  }
  return { stdout, stderr };
}

describe('file gate: generated paths (issue 18 #8)', () => {
  it('no contents from outside, no hang, and the same answer whether the outside target exists or not', async () => {
    await fc.assert(
      fc.asyncProperty(pathSpec, async (spec) => {
        const answers: string[] = [];
        for (const exists of [true, false]) {
          const w = world(exists);
          const spelled = spell(spec, w);
          const read = readText(join(w.proj, spelled), { root: w.proj, maxBytes: 1024 * 1024 });
          if (read.kind === 'text') {
            assert.ok(isInsideOrSame(w.proj, read.realPath), `read outside: ${read.realPath}`);
            assert.ok(!read.text.includes(SECRET));
          }
          const walked = walkFolder(w.proj, { accept: (rel) => rel.endsWith('.md'), maxEntries: 10_000 });
          for (const file of walked.files) assert.ok(!readFileSync(file, 'utf8').includes(SECRET), `the walk took ${file}`);
          const shown = await explainStderr(w.proj, spelled);
          assert.ok(!shown.stdout.includes(SECRET) && !shown.stderr.includes(SECRET), 'explain showed the outside note');
          const outsideTarget = spec.target.where.startsWith('outside');
          // Everything that names the world's folder is the same in both worlds once the folder is named alike.
          answers.push(JSON.stringify({ read: read.kind === 'refused' ? read.refusal.rule : read.kind === 'text' ? 'text' : read.kind, refusals: walked.refusals.map((r) => [relative(w.proj, r.path), r.rule]), stderr: shown.stderr.split(w.base).join('BASE'), outsideTarget }));
        }
        if (spec.target.where.startsWith('outside')) assert.equal(answers[0], answers[1], 'an existing and a missing outside target answer differently');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
