/**
 * Issue 18 #1 and #7, the cases seen: each runs the built CLI as a process (as the attacker did) on a
 * project next to an "outside" folder holding a private note. Each failed before the file gate: the private
 * text reached `explain`, a device or FIFO hung or ate gigabytes, a config above `.git` applied, a symlink to
 * `/` was walked.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, type CliRun } from '../support/built-cli';
import { ROOT } from '../support/service';

const SECRET = 'TOPSECRET-9f3';
const NOTE = `# Our Lambda notes\n\n## Lambda timeout\n\n${SECRET} Our Lambda function timeout is at most 900 seconds; keep Timeout short.\n`;
const TEMPLATE = readFileSync(join(ROOT, 'examples', 'sam-app.yaml'), 'utf8');
/** The Timeout line of examples/sam-app.yaml, where `explain` shows the timeout hover and its user notes. */
const AT_TIMEOUT = 'template.yaml:24:16';

/** `<tmp>/proj` (a git project with template.yaml) beside `<tmp>/outside/private.md`. */
function layout(): { base: string; proj: string; outside: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'sn-gate-')));
  const proj = join(base, 'proj');
  const outside = join(base, 'outside');
  mkdirSync(join(proj, '.git'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(proj, 'template.yaml'), TEMPLATE);
  writeFileSync(join(outside, 'private.md'), NOTE);
  return { base, proj, outside };
}

function assertCalm(run: CliRun, what: string) {
  assert.ok(!run.hung, `${what}: the CLI hung`);
  assert.ok(run.status === 0 || run.status === 1, `${what}: exit ${run.status}\n${run.stderr}`);
  assert.ok(!run.stdout.includes(SECRET) && !run.stderr.includes(SECRET), `${what}: the outside note's text was shown`);
}

const explain = (cwd: string) => runCli(['explain', AT_TIMEOUT], { cwd, hangGuardMs: 20_000 });

describe('file gate: seen cases (issue 18)', () => {
  it("a config's notes inside the project are read (the control: the same note is shown when it is the project's)", async () => {
    const { proj } = layout();
    writeFileSync(join(proj, 'own.md'), NOTE);
    writeFileSync(join(proj, '.serverless-notes.json'), '{"notes": ["own.md"]}');
    const run = await explain(proj);
    assert.match(run.stdout, new RegExp(SECRET));
  });

  it('{"notes": ["../outside/private.md"]}, an absolute path and a missing outside path: no contents, the same refusal', async () => {
    const { proj, outside, base } = layout();
    const messages: string[] = [];
    for (const path of ['../outside/private.md', join(outside, 'private.md'), '../outside/missing.md', join(base, 'nowhere', 'x.md')]) {
      writeFileSync(join(proj, '.serverless-notes.json'), JSON.stringify({ notes: [path] }));
      const run = await explain(proj);
      assertCalm(run, path);
      assert.match(run.stdout, /Timeout/, 'the hover itself is still shown');
      messages.push(run.stderr.replace(/serverless-notes: .*?: Not read/, 'serverless-notes: PATH: Not read'));
    }
    assert.match(messages[0], /outside the project folder \(outside-root\)/);
    assert.deepEqual(new Set(messages).size, 1, `an existing and a missing outside file must read the same:\n${messages.join('\n')}`);
  });

  it('notes at /dev/zero, /proc/self/pagemap, /dev/stdin, a FIFO, or a committed symlink to them: never read, never hang', async () => {
    const { proj } = layout();
    execFileSync('mkfifo', [join(proj, 'fifo.md')]);
    symlinkSync('/dev/zero', join(proj, 'zero.md'));
    symlinkSync('/proc/self/pagemap', join(proj, 'pagemap.md'));
    symlinkSync('/dev/stdin', join(proj, 'stdin.md'));
    writeFileSync(join(proj, '.serverless-notes.json'), JSON.stringify({ notes: ['/dev/zero', '/proc/self/pagemap', '/dev/stdin', 'fifo.md', 'zero.md', 'pagemap.md', 'stdin.md'] }));
    const run = await explain(proj);
    assertCalm(run, 'devices');
    assert.match(run.stderr, /fifo\.md: Not read: it is not a regular file/);
    assert.match(run.stderr, /zero\.md: Not read: it is outside the project folder/);
  });

  it('a config that is itself a symlink to /dev/zero, a FIFO or an outside file: refused, no keys echoed', async () => {
    for (const target of ['/dev/zero', 'fifo', 'outside-config']) {
      const { proj, outside } = layout();
      writeFileSync(join(outside, 'config.json'), '{"SECRET_KEY_ab12": 1, "rules": {"lambda-timeout": "off"}}');
      if (target === 'fifo') execFileSync('mkfifo', [join(proj, '.serverless-notes.json')]);
      else symlinkSync(target === '/dev/zero' ? target : join(outside, 'config.json'), join(proj, '.serverless-notes.json'));
      const run = await runCli(['check', '--no-fail', 'template.yaml'], { cwd: proj, hangGuardMs: 20_000 });
      assertCalm(run, target);
      assert.doesNotMatch(run.stderr, /SECRET_KEY_ab12/);
      assert.match(run.stderr, /Config file not read: it (is outside the project folder|is not a regular file)/);
      assert.match(run.stdout, /lambda-timeout/, 'the outside config did not switch rules off');
    }
  });

  it('a config in a folder above the project .git does not apply', async () => {
    const { base, proj } = layout();
    writeFileSync(join(base, '.serverless-notes.json'), '{"rules": {"lambda-timeout": "off"}}');
    const run = await runCli(['check', '--no-fail', join(proj, 'template.yaml')], { cwd: base });
    assertCalm(run, 'config above .git');
    assert.match(run.stdout, /\[lambda-timeout\]/);
  });

  it('check . with a symlink to / and to an outside template: refused with one finding each, not walked', async () => {
    const { proj, outside } = layout();
    writeFileSync(join(outside, 'other.yaml'), TEMPLATE);
    symlinkSync('/', join(proj, 'everything'));
    symlinkSync(join(outside, 'other.yaml'), join(proj, 'linked.yaml'));
    symlinkSync(outside, join(proj, 'linked-folder'));
    const run = await runCli(['check', '--no-fail', '--format', 'json', '.'], { cwd: proj, hangGuardMs: 30_000 });
    assertCalm(run, 'symlink to /');
    const findings = JSON.parse(run.stdout) as Array<{ file: string; ruleId: string; message: string }>;
    const refused = findings.filter((f) => f.ruleId === 'file-not-read').map((f) => f.file.replace(/^.*\//, ''));
    assert.deepEqual(refused.sort(), ['everything', 'linked-folder', 'linked.yaml']);
    assert.ok(findings.every((f) => f.file.startsWith(proj) || !f.file.startsWith('/')), 'nothing outside was analysed');
    assert.equal(findings.filter((f) => f.ruleId === 'lambda-timeout').length, 1, 'the template inside was checked once');
  });

  it('/dev/zero, /dev/stdin, a FIFO and a too-long name on the command line: one information finding each, no hang', async () => {
    const { proj } = layout();
    execFileSync('mkfifo', [join(proj, 'pipe.yaml')]);
    const run = await runCli(['check', '--format', 'json', '/dev/zero', '/dev/stdin', 'pipe.yaml', `${'n'.repeat(300)}.yaml`], { cwd: proj, hangGuardMs: 20_000 });
    assertCalm(run, 'devices on the command line');
    const findings = JSON.parse(run.stdout) as Array<{ ruleId: string; severity: string; message: string }>;
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), Array(4).fill(['file-not-read', 'information']));
    assert.ok(findings.slice(0, 3).every((f) => /not a regular file/.test(f.message)));
    assert.match(findings[3].message, /its name cannot be read \(not UTF-8, or too long\)/);
  });

  it('a 400 MB sparse template: refused before reading (bounded memory), reported', async () => {
    const { proj } = layout();
    execFileSync('truncate', ['-s', '400M', join(proj, 'huge.yaml')]);
    const run = await runCli(['check', '--format', 'json', 'huge.yaml'], { cwd: proj, hangGuardMs: 20_000 });
    assertCalm(run, '400 MB');
    const findings = JSON.parse(run.stdout) as Array<{ ruleId: string; severity: string; message: string }>;
    assert.deepEqual(findings.map((f) => f.ruleId), ['file-too-large']);
    assert.match(findings[0].message, /larger than 5 MB/);
  });

  it('a Python CDK stack with a NUL byte after 8 KB: one information finding, not silence', async () => {
    const { proj } = layout();
    const stack = `from aws_cdk import Stack\n# ${'x'.repeat(9000)}\n\u0000\nclass S(Stack):\n    pass\n`;
    writeFileSync(join(proj, 'app.py'), stack);
    const run = await runCli(['check', '--format', 'json', 'app.py'], { cwd: proj });
    const findings = JSON.parse(run.stdout) as Array<{ ruleId: string; severity: string; message: string }>;
    assert.equal(findings.length, 1, run.stdout);
    assert.match(findings[0].message, /NUL byte at offset 90\d\d/);
  });
});
