import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, NO_SEED, SEED } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const run = (args: string[], input = '') => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: ROOT, input });

describe('CLI quiz', () => {
  it('quiz --list --json prints the bank: question, options, answer, topic, source note', () => {
    const result = run(['quiz', '--list', '--json']);
    assert.equal(result.status, 0, result.stderr);
    const rows = JSON.parse(result.stdout);
    assert.ok(rows.length > 60);
    const memory = rows.find((r: { question: string }) => r.question.startsWith('What is the most memory a Lambda function can have'));
    assert.equal(memory.answer, '10,240 MB');
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
});
