import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
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
    assert.equal(memory.source.note, 'lambda.md', 'a bundled note by its file name, never an absolute path');
    assert.ok(memory.options.includes(memory.answer));
    assert.deepEqual(memory.answerIndexes, [memory.answerIndex]);
    for (const r of rows) {
      assert.ok(Array.isArray(r.answerIndexes) && r.answerIndexes.length >= 1, r.id);
      for (const key of ['id', 'kind', 'question', 'options', 'topic', 'explanation', 'source']) assert.ok(key in r, `${r.id} lacks ${key}`);
      if (r.kind === 'multiple-response') assert.equal(r.answer, undefined, r.id);
      else assert.equal(r.answerIndexes[0], r.answerIndex, r.id);
      if (r.kind === 'scenario') assert.ok(r.snippet && r.snippetLanguage === 'yaml', r.id);
      assert.doesNotMatch(JSON.stringify(r.source), new RegExp(ROOT.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')), r.id);
    }
  });

  it('--notes adds the user notes to the bank', { skip: NO_SEED }, () => {
    const rows = JSON.parse(run(['quiz', '--list', '--json', '--notes', SEED]).stdout);
    assert.ok(rows.some((r: { source: { note: string } }) => r.source.note === relative(ROOT, SEED) || r.source.note === basename(SEED)));
  });

  it('runs a quiz from piped answers and prints a summary', () => {
    const rows = JSON.parse(run(['quiz', '--list', '--json']).stdout);
    void rows;
    const result = run(['quiz', '--count', '3', '--seed', '42'], 'x\n1\nb\nA\n');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\(1\/3\) /);
    assert.match(result.stdout, /not an option: type a number from 1 to \d or a letter \(q to quit\)/);
    assert.match(result.stdout, /\(3\/3\) /);
    assert.match(result.stdout, /Done: \d of 3 right/);
    assert.doesNotMatch(result.stdout, new RegExp(ROOT.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')), 'no absolute path');
  });

  it('q quits, says progress was saved, and counts only the questions asked', () => {
    const result = run(['quiz', '--count', '3', '--seed', '1'], '2\nq\n');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /q quits/);
    assert.match(result.stdout, /Stopped after 1 of 3 questions\. [01] of 1 right \(\d+%\)\. Progress saved\./);
  });

  it('a wrong answer shows the pick and the key', () => {
    for (const seed of ['3', '4', '5', '6']) {
      const result = run(['quiz', '--count', '1', '--seed', seed], '1\n');
      if (!/Not quite/.test(result.stdout)) continue;
      assert.match(result.stdout, /Not quite\. You picked 1\/A\. .+\. The answer is \d\/[A-E]\. /);
      return;
    }
    assert.fail('no seed gave a wrong first answer');
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
    assert.match(second.stdout, /Progress saved\./);
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
    assert.deepEqual(lines.slice(0, 6), ['#separator:tab', '#html:true', '#notetype:Basic', '#deck:Serverless Notes', '#guid column:1', '#tags column:4']);
    const rows = lines.filter((l) => !l.startsWith('#'));
    assert.ok(rows.length >= 250);
    for (const row of rows) assert.equal(row.split('\t').length, 4, row.slice(0, 80));
    const guids = rows.map((r) => r.split('\t')[0]);
    assert.equal(new Set(guids).size, guids.length, 'one GUID per card');
    const memory = rows.find((r) => r.split('\t')[1].startsWith('How much memory gives a Lambda function one full vCPU'))!;
    const [guid, , back, tags] = memory.split('\t');
    assert.equal(guid, 'serverless-notes:lambda-limits#limit-lambda.memory.perVcpu');
    assert.match(back, /<b>[A-E]\. 1,769 MB<\/b>/);
    assert.match(back, /3,008 MB: the memory maximum until December 2020/);
    assert.match(back, /<a href="https:\/\/docs\.aws\.amazon\.com\//);
    assert.doesNotMatch(result.stdout, /href="(?!https:)/, 'https links only');
    assert.match(tags, /serverless-notes::lambda-limits/);
    const multi = rows.filter((r) => r.endsWith(' multiple-response'));
    assert.ok(multi.length >= 5, `${multi.length} multiple-response cards`);
    for (const r of multi) assert.match(r.split('\t')[1], /\(Choose (two|three)\.\).*<ol type="A">/, r.slice(0, 120));
    assert.equal(run(['quiz', '--export', 'csv']).status, 2);
  });
});
