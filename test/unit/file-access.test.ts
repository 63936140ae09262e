/**
 * Issue 10: `${file(...)}` in serverless.yml reads only regular files inside the project, through their
 * real path, with a byte cap; everything else is an unknown value with one information finding.
 * The "seen" cases run the built CLI (`explain` shows the hover, `check` the findings).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliProjectRoot, MAX_INCLUDED_FILE_BYTES, projectFileAccess } from '../../src/node/file-access';
import { inDocument, VariableResolver } from '../../src/core/sources/serverless/resolve-variables';
import { getPath, type MapNode } from '../../src/core/sources/tree';
import { parseYamlTree } from '../../src/core/sources/yaml-tree';
import { runCli } from './support/built-cli';
import { service } from './support/service';

/** A project folder (with `.git`) holding a serverless.yml whose `custom.v` is `value`; returns its path. */
function project(value: string, extra: (dir: string) => void = () => {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sn-file-access-')));
  mkdirSync(join(dir, '.git'));
  extra(dir);
  writeFileSync(join(dir, 'serverless.yml'), `service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\ncustom:\n  v: ${value}\nfunctions:\n  f:\n    handler: h.h\n    environment:\n      V: \${self:custom.v}\n`);
  return dir;
}

/** `explain` at the variable (line 6, column 6) and `check --format json`, from the project folder. */
async function explainAndCheck(dir: string, env?: NodeJS.ProcessEnv) {
  const explained = await runCli(['explain', join(dir, 'serverless.yml') + ':6:6'], { cwd: dir, env });
  const checked = await runCli(['check', '--format', 'json', '--no-fail', join(dir, 'serverless.yml')], { cwd: dir, env });
  return { explained, checked, findings: checked.hung ? [] : (JSON.parse(checked.stdout) as Array<{ ruleId: string; severity: string; message: string }>) };
}

function assertRefused(run: Awaited<ReturnType<typeof explainAndCheck>>, why: RegExp, secret?: RegExp) {
  assert.ok(!run.explained.hung && !run.checked.hung, 'the CLI hung');
  assert.equal(run.explained.status, 0, run.explained.stderr);
  assert.match(run.explained.stdout, /unknown here/);
  assert.match(run.explained.stdout, why);
  const notRead = run.findings.filter((f) => f.ruleId === 'file-not-read');
  assert.equal(notRead.length, 1, JSON.stringify(run.findings));
  assert.equal(notRead[0].severity, 'information');
  assert.match(notRead[0].message, why);
  if (secret) {
    assert.doesNotMatch(run.explained.stdout, secret);
    assert.doesNotMatch(run.checked.stdout, secret);
  }
}

describe('${file()} reads only inside the project (issue 10, seen cases)', () => {
  it('../../../../etc/passwd is not shown in hovers', async () => {
    assertRefused(await explainAndCheck(project('${file(../../../../../../../../etc/passwd)}')), /outside the project folder/, /root:/);
  });

  it('/proc/self/environ (the process environment) is not shown in hovers', async () => {
    const env = { ...process.env, SN_TEST_SECRET: 'hunter2-secret-value' };
    assertRefused(await explainAndCheck(project('${file(/proc/self/environ)}'), env), /outside the project folder/, /hunter2/);
  });

  it('a symlink inside the project that points outside is refused', async () => {
    const dir = project('${file(./passwd.yml)}', (d) => symlinkSync('/etc/passwd', join(d, 'passwd.yml')));
    assertRefused(await explainAndCheck(dir), /outside the project folder/, /root:/);
  });

  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`${device} (endless) is not read, even through a symlink in the project`, async () => {
      assertRefused(await explainAndCheck(project('${file(./dev.txt)}', (d) => symlinkSync(device, join(d, 'dev.txt')))), /outside the project folder/);
      assertRefused(await explainAndCheck(project(`\${file(${device})}`)), /outside the project folder/);
    });
  }

  it('a FIFO inside the project does not block', async () => {
    const dir = project('${file(./fifo.yml)}', (d) => execFileSync('mkfifo', [join(d, 'fifo.yml')]));
    assertRefused(await explainAndCheck(dir), /not a regular file/);
  });

  it('/dev/stdin with stdin open does not block', async () => {
    assertRefused(await explainAndCheck(project('${file(/dev/stdin)}')), /outside the project folder|not a regular file/);
  });

  it('a file larger than the cap is not read', async () => {
    const dir = project('${file(./big.yml):a}', (d) => writeFileSync(join(d, 'big.yml'), `a: 1\nb: "${'x'.repeat(MAX_INCLUDED_FILE_BYTES)}"\n`));
    assertRefused(await explainAndCheck(dir), /larger than 1 MB/);
  });

  it('40 spellings of one 1 MB file are read and parsed once (cache by real path)', async () => {
    const dir = project('x', (d) => {
      mkdirSync(join(d, 'sub'));
      writeFileSync(join(d, 'big.yml'), `timeout: 7\npad: "${'x'.repeat(MAX_INCLUDED_FILE_BYTES - 100)}"\n`);
    });
    const spellings = Array.from({ length: 40 }, (_, i) => `./${'sub/../'.repeat(i)}big.yml`);
    const root = parseYamlTree(`custom:\n${spellings.map((s, i) => `  k${i}: \${file(${s}):timeout}`).join('\n')}\n`).root as MapNode;
    const resolver = new VariableResolver(root, join(dir, 'serverless.yml'), projectFileAccess({ projectRoot: () => dir, trusted: true }));
    const nodes = spellings.map((_, i) => {
      const r = resolver.resolve(inDocument(getPath(root, 'custom', `k${i}`)!));
      assert.ok(r.ok);
      return r.located.node;
    });
    // One parse: every spelling resolves to the very same node of the one parsed tree.
    assert.equal(new Set(nodes).size, 1);
    assert.deepEqual(nodes[0].type === 'scalar' && nodes[0].value, 7);
  });
});

describe('projectFileAccess', () => {
  it('reads a regular file inside the project (the value is resolved)', async () => {
    const dir = project('${file(./config.yml):timeout}', (d) => writeFileSync(join(d, 'config.yml'), 'timeout: 1200\n'));
    const run = await explainAndCheck(dir);
    assert.match(run.explained.stdout, / → 1200 \(from file\(\.\/config\.yml\):timeout\)/);
    assert.deepEqual(run.findings.filter((f) => f.ruleId === 'file-not-read'), []);
  });

  it('a missing file is missing (the fallback applies), not refused', () => {
    const dir = project('x');
    const access = projectFileAccess({ projectRoot: () => dir, trusted: true });
    assert.equal(access.readFile(join(dir, 'serverless.yml'), './none.yml'), undefined);
  });

  it('in an untrusted workspace nothing is read, not even the project root asked', async () => {
    const access = projectFileAccess({ projectRoot: () => assert.fail('asked for a root'), trusted: false });
    const read = access.readFile('/p/serverless.yml', './config.yml');
    assert.ok(read && typeof read !== 'string' && 'refused' in read && /untrusted/.test(read.refused));
    const ls = service({ files: access });
    const analysis = await ls.analyze({ fileName: '/p/serverless.yml', text: 'service: s\nprovider:\n  name: aws\n  timeout: ${file(./config.yml):t}\nfunctions:\n  f:\n    handler: h.h\n' });
    assert.deepEqual(analysis.findings.map((f) => f.ruleId), ['file-not-read']);
  });

  it('cliProjectRoot: the nearest .git up to the working directory, never above it; else the file\'s folder', () => {
    const top = realpathSync(mkdtempSync(join(tmpdir(), 'sn-root-')));
    mkdirSync(join(top, '.git'));
    mkdirSync(join(top, 'services', 'a'), { recursive: true });
    const file = join(top, 'services', 'a', 'serverless.yml');
    assert.equal(cliProjectRoot(file, top), top);
    assert.equal(cliProjectRoot(file, join(top, 'services')), join(top, 'services', 'a'));
    assert.equal(cliProjectRoot(file, '/somewhere/else'), join(top, 'services', 'a'));
  });
});
