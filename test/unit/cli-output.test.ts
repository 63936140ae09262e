/**
 * Issue 10: the CLI's output is complete in files, pipes and closed pipes. Run as a built process through
 * a shell pipe, with more than a pipe buffer (64 KB) of output: before the fix `check --format json | cat`
 * stopped at exactly 65,536 bytes.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtCli, shellQuote } from './support/built-cli';

const PIPE_BUFFER = 65_536;

/** A folder of templates whose findings make far more than 64 KB of JSON. */
function folderWithManyFindings(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sn-output-'));
  for (let i = 0; i < 120; i++) {
    writeFileSync(join(dir, `t${i}.yaml`), `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn${i}:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1200\n      MemorySize: 20000\n      Runtime: nodejs4.3\n`);
  }
  return dir;
}

/** Notes with enough hand-written questions that the question bank is far more than 64 KB of JSON. */
function notesWithManyQuestions(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sn-output-notes-'));
  const why = 'because this generated explanation is long enough to make the question bank large. '.repeat(4);
  const sections = Array.from({ length: 300 }, (_, i) => `## Topic ${i}\n\nText ${i}.\n\n### Quiz\nQ: Which answer is right for question ${i}?\n- [x] Right ${i}\n- [ ] Wrong ${i} a\n- [ ] Wrong ${i} b\n- [ ] Wrong ${i} c\nWhy: ${why}\n`);
  writeFileSync(join(dir, 'many.md'), `# Many\n\n${sections.join('\n')}`);
  return dir;
}

/** A reader that starts late, so the pipe's buffer is full when the CLI finishes writing (as with a busy `| jq`). */
const SLOW_CAT = '(sleep 1; cat)';

function bash(script: string) {
  return spawnSync('bash', ['-c', `set -o pipefail; ${script}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('CLI output through pipes (issue 10)', () => {
  const cli = shellQuote(builtCli());
  const folder = folderWithManyFindings();

  it('check --format json | cat: the whole array, larger than a pipe buffer, parses', () => {
    const result = bash(`node ${cli} check --format json ${shellQuote(folder)} | ${SLOW_CAT}`);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(result.stdout.length > PIPE_BUFFER, `only ${result.stdout.length} bytes`);
    const findings = JSON.parse(result.stdout) as Array<{ file: string }>;
    assert.equal(new Set(findings.map((f) => f.file)).size, 120);
  });

  it('check --format sarif | cat: complete SARIF', () => {
    const result = bash(`node ${cli} check --format sarif ${shellQuote(folder)} | ${SLOW_CAT}`);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(result.stdout.length > PIPE_BUFFER);
    assert.equal(JSON.parse(result.stdout).runs[0].results.length > 120, true);
  });

  it('check --format json > file: complete', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sn-output-file-')), 'out.json');
    const result = bash(`node ${cli} check --format json ${shellQuote(folder)} > ${shellQuote(out)}`);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(JSON.parse(readFileSync(out, 'utf8')).length > 120);
  });

  it('quiz --list --json | cat: the whole question bank parses', () => {
    const result = bash(`node ${cli} quiz --list --json --notes ${shellQuote(notesWithManyQuestions())} | ${SLOW_CAT}`);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.length > 4 * PIPE_BUFFER, `only ${result.stdout.length} bytes`);
    assert.ok((JSON.parse(result.stdout) as unknown[]).length > 300);
  });

  it('a reader that closes the pipe early (| head -c 100) ends it quietly', () => {
    const result = bash(`node ${cli} check --format json ${shellQuote(folder)} 2>&1 | head -c 100 | wc -c; echo "status \${PIPESTATUS[0]}"`);
    // stderr is in the same pipe: a stack trace would show up here as more than the 100 bytes head let through.
    assert.match(result.stdout, /^\s*100\n/);
    assert.doesNotMatch(result.stdout, /status 3|EPIPE/);
    const text = bash(`node ${cli} check ${shellQuote(folder)} 2>&1 >/dev/null | cat`);
    assert.equal(text.stdout, '');
  });

  it('the exit codes are documented in --help', () => {
    const result = bash(`node ${cli} --help | cat`);
    assert.equal(result.status, 0);
    for (const code of ['0', '1', '2', '3']) assert.match(result.stdout, new RegExp(`^\\s+${code}\\s+\\S`, 'm'));
  });

  it('quiz in the terminal ends when its questions are answered, with stdin still open', async () => {
    // The CLI ends by exitCode, not exit(): an open stdin must not keep it waiting after the last answer.
    const child = spawn(process.execPath, [builtCli(), 'quiz', '--count', '2', '--seed', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.write('1\n1\n');
    const ended = await new Promise<boolean>((resolve) => {
      const guard = setTimeout(() => resolve(false), 20_000); // a hang guard, not a speed target
      child.on('exit', () => {
        clearTimeout(guard);
        resolve(true);
      });
    });
    child.kill();
    assert.ok(ended, `still waiting on stdin after: ${stdout.slice(-200)}`);
    assert.match(stdout, /Done:/);
  });
});
