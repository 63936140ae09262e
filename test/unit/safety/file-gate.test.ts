/**
 * The file gate's rules, one by one (src/node/file-gate.ts): confinement resolved one link at a time, regular
 * files only, the byte cap while reading, bounded walks, names that can't be read, grouped refusals.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliProjectRoot, groupRefusals, readText, resolveInside, walkFolder, type Refusal } from '../../../src/node/file-gate';

function tmp(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'sn-gate-unit-')));
}

describe('file gate', () => {
  it('a repository-given path is confined before anything outside is looked at', () => {
    const base = tmp();
    const proj = join(base, 'proj');
    mkdirSync(proj);
    writeFileSync(join(proj, 'in.md'), 'inside');
    symlinkSync('../outside-that-does-not-exist/x.md', join(proj, 'dangling-out.md'));
    symlinkSync('/etc/hostname', join(proj, 'abs-out.md'));
    symlinkSync('in.md', join(proj, 'one.md'));
    symlinkSync('one.md', join(proj, 'two.md'));
    symlinkSync('loop-b', join(proj, 'loop-a'));
    symlinkSync('loop-a', join(proj, 'loop-b'));
    assert.deepEqual(resolveInside(proj, join(proj, 'two.md')), { kind: 'inside', realPath: join(proj, 'in.md') });
    assert.deepEqual(resolveInside(proj, join(proj, 'dangling-out.md')), { kind: 'refused', rule: 'outside-root' });
    assert.deepEqual(resolveInside(proj, join(proj, 'abs-out.md')), { kind: 'refused', rule: 'outside-root' });
    assert.deepEqual(resolveInside(proj, join(proj, '..', 'x')), { kind: 'refused', rule: 'outside-root' });
    assert.deepEqual(resolveInside(proj, join(proj, 'loop-a')), { kind: 'refused', rule: 'outside-root' });
    assert.deepEqual(resolveInside(proj, join(proj, 'missing.md')), { kind: 'missing' });
    assert.equal(readText(join(proj, 'two.md'), { root: proj, maxBytes: 100 }).kind, 'text');
  });

  it('regular files only: a FIFO, /dev/zero and a folder are refused at once (a FIFO never blocks)', () => {
    const dir = tmp();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    for (const path of [join(dir, 'pipe'), '/dev/zero', dir]) {
      const read = readText(path, { maxBytes: 1024 });
      assert.equal(read.kind, 'refused', path);
      assert.equal(read.kind === 'refused' && read.refusal.rule, 'not-regular-file', path);
    }
  });

  it('a hard byte cap while reading: /proc/self/pagemap (fstat says 0 bytes) stops at the cap', () => {
    const before = process.memoryUsage().rss;
    const read = readText('/proc/self/pagemap', { maxBytes: 256 * 1024 });
    assert.equal(read.kind === 'refused' && read.refusal.rule, 'too-large');
    assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, 'memory stayed near the cap');
  });

  it('a file growing while it is read never yields more than the cap', async () => {
    const dir = tmp();
    const path = join(dir, 'grow.yaml');
    writeFileSync(path, '');
    // A writer that appends 64 KB chunks and stops by itself after 16 MB (never an unbounded `yes`).
    const script = "const fs=require('fs');const fd=fs.openSync(process.argv[1],'a');const b=Buffer.alloc(65536,'#');let n=0;const t=setInterval(()=>{fs.writeSync(fd,b);if(++n>=256){clearInterval(t);fs.closeSync(fd);}},1);";
    const writer = spawn(process.execPath, ['-e', script, path], { stdio: 'ignore' });
    try {
      await new Promise((r) => setTimeout(r, 50));
      for (let i = 0; i < 5; i++) {
        const read = readText(path, { maxBytes: 512 * 1024 });
        if (read.kind === 'text') assert.ok(read.bytes <= 512 * 1024);
        else assert.equal(read.kind === 'refused' && read.refusal.rule, 'too-large');
      }
    } finally {
      writer.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a 400 MB sparse file is refused from its size, before a byte is read', () => {
    const dir = tmp();
    execFileSync('truncate', ['-s', '400M', join(dir, 'big.yaml')]);
    const before = process.memoryUsage().rss;
    const read = readText(join(dir, 'big.yaml'), { maxBytes: 5 * 1024 * 1024 });
    assert.equal(read.kind === 'refused' && read.refusal.reason, 'it is larger than 5 MB');
    assert.ok(process.memoryUsage().rss - before < 16 * 1024 * 1024);
  });

  it('names that cannot be read: not UTF-8 (found in a walk) and too long', () => {
    const dir = tmp();
    execFileSync('sh', ['-c', `printf x > "$(printf '${dir}/bad\\377name.yaml')"`]);
    const walked = walkFolder(dir, { accept: (rel) => rel.endsWith('.yaml'), maxEntries: 100 });
    assert.deepEqual(walked.files, []);
    assert.deepEqual(walked.refusals.map((r) => r.rule), ['unreadable-name']);
    const long = readText(join(dir, 'n'.repeat(300)), { maxBytes: 100 });
    assert.equal(long.kind === 'refused' && long.refusal.rule, 'unreadable-name');
  });

  it('walks never leave their root (a symlink to / is refused, not walked) and stop at their step limit', () => {
    const dir = tmp();
    symlinkSync('/', join(dir, 'everything'));
    writeFileSync(join(dir, 'a.yaml'), 'x');
    const walked = walkFolder(dir, { accept: () => true, maxEntries: 1000 });
    assert.deepEqual(walked.files, [join(dir, 'a.yaml')]);
    assert.deepEqual(walked.refusals, [{ path: join(dir, 'everything'), rule: 'outside-root', reason: 'it is outside the project folder' }]);
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `f${i}.yaml`), 'x');
    const limited = walkFolder(dir, { accept: () => true, maxEntries: 10 });
    assert.equal(limited.refusals.at(-1)?.rule, 'walk-limit');
  });

  it('refusals are grouped: 20,000 spellings of refused paths give a handful of lines', () => {
    const refusals: Refusal[] = Array.from({ length: 20_000 }, (_, i) => ({ path: `../${'./'.repeat(i % 50)}x${i}`, rule: 'outside-root', reason: 'it is outside the project folder' }));
    const lines = groupRefusals(refusals);
    assert.equal(lines.length, 6);
    assert.match(lines[5].text, /19995 more paths/);
  });

  it('the CLI project root: the nearest marker folder, bounded by the working directory', () => {
    const base = tmp();
    mkdirSync(join(base, 'repo', '.git'), { recursive: true });
    mkdirSync(join(base, 'repo', 'svc', 'deep'), { recursive: true });
    writeFileSync(join(base, 'repo', 'svc', 'serverless.yml'), '');
    assert.equal(cliProjectRoot(join(base, 'repo', 'svc', 'deep', 'a.yaml'), base), join(base, 'repo', 'svc'));
    assert.equal(cliProjectRoot(join(base, 'repo', 'other', 'a.yaml'), base), join(base, 'repo'));
    // Not above the working directory: without a marker up to it, the file's own folder.
    assert.equal(cliProjectRoot(join(base, 'repo', 'svc', 'deep', 'a.yaml'), join(base, 'repo', 'svc', 'deep')), join(base, 'repo', 'svc', 'deep'));
  });
});
