import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultProgressPath } from '../../src/cli/quiz-progress-file';
import { describe, it } from 'node:test';
import { ROOT, NO_SEED, SEED } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const STATE = mkdtempSync(join(tmpdir(), 'sn-quiz-'));
// Every run gets a state directory of its own: the tests never touch the user's real progress.
const run = (args: string[], input = '') => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: ROOT, input, env: { ...process.env, XDG_STATE_HOME: STATE } });

describe('CLI quiz', () => {
  it('quiz --list --json prints the bank: question, options, answer, topic, source note', () => {
    const result = run(['quiz', '--list', '--json']);
    assert.equal(result.status, 0, result.stderr);
    const rows = JSON.parse(result.stdout);
    assert.ok(rows.length > 60);
    const memory = rows.find((r: { question: string }) => r.question.startsWith('How much memory gives a Lambda function one full vCPU'));
    assert.equal(memory.answer, '1,769 MB');
    assert.equal(memory.topic, 'lambda-limits');
    assert.match(memory.source.note, /media[\\/]notes[\\/]lambda\.md$/);
    assert.ok(memory.options.includes(memory.answer));
  });

  it('--notes adds the user notes to the bank', { skip: NO_SEED }, () => {
    const rows = JSON.parse(run(['quiz', '--list', '--json', '--notes', SEED]).stdout);
    assert.ok(rows.some((r: { source: { note: string } }) => r.source.note === SEED));
  });

  it('runs a quiz from piped answers and prints a summary', () => {
    const rows = JSON.parse(run(['quiz', '--list', '--json']).stdout);
    void rows;
    const result = run(['quiz', '--count', '3', '--seed', '42'], 'x\n1\n1\n1\n');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\(1\/3\) /);
    assert.match(result.stdout, /Please type a number/);
    assert.match(result.stdout, /\(3\/3\) /);
    assert.match(result.stdout, /Done: \d of 3 right/);
  });

  it('stops politely when input ends early', () => {
    const result = run(['quiz', '--count', '3', '--seed', '1'], '2\n');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Stopped at 2\/3\./);
  });

  it('rejects bad options with exit code 2', () => {
    assert.equal(run(['quiz', '--count', '0']).status, 2);
    assert.equal(run(['quiz', '--bogus']).status, 2);
  });

  it('keeps progress in a JSON file under the state directory and picks up from it', () => {
    const file = join(STATE, 'p1.json');
    const first = run(['quiz', '--count', '2', '--seed', '5', '--progress', file], '1\n1\n');
    assert.equal(first.status, 0, first.stderr);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.version, 1);
    assert.equal(Object.keys(saved.cards).length, 2);
    const second = run(['quiz', '--count', '2', '--seed', '5', '--progress', file], '1\n1\n');
    assert.equal(second.status, 0, second.stderr);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(Object.keys(after.cards).length >= 2);
    assert.ok(Object.values(after.cards).some((c: any) => c.reps >= 1));
    assert.match(second.stdout, /Progress saved in /);
  });

  it('defaults to $XDG_STATE_HOME/serverless-notes, else ~/.local/state/serverless-notes', () => {
    assert.equal(defaultProgressPath({ XDG_STATE_HOME: '/x/state' }), join('/x/state', 'serverless-notes', 'quiz-progress.json'));
    assert.match(defaultProgressPath({}), /[\\/]\.local[\\/]state[\\/]serverless-notes[\\/]quiz-progress\.json$/);
    run(['quiz', '--count', '1', '--seed', '2'], '1\n');
    assert.ok(existsSync(join(STATE, 'serverless-notes', 'quiz-progress.json')));
  });

  it('--export anki writes a tab-separated deck with Anki headers: front, back with why and links, topic tags', () => {
    const result = run(['quiz', '--export', 'anki']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 3), ['#separator:tab', '#html:true', '#tags column:3']);
    const rows = lines.filter((l) => !l.startsWith('#'));
    assert.ok(rows.length >= 250);
    for (const row of rows) assert.equal(row.split('\t').length, 3, row.slice(0, 80));
    const memory = rows.find((r) => r.startsWith('How much memory gives a Lambda function one full vCPU'))!;
    const [, back, tags] = memory.split('\t');
    assert.match(back, /<b>1,769 MB<\/b>/);
    assert.match(back, /3,008 MB: the memory maximum until December 2020/);
    assert.match(back, /<a href="file:\/\/[^"]*lambda\.md">Lambda limits \(line \d+\)<\/a>/);
    assert.match(back, /<a href="https:\/\/docs\.aws\.amazon\.com\//);
    assert.match(tags, /serverless-notes::lambda-limits/);
    assert.equal(run(['quiz', '--export', 'csv']).status, 2);
  });
});
