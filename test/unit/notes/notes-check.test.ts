import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { notesFindings, NOTES_OUTDATED_RULE_ID } from '../../../src/core';
import { ROOT } from '../support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
/** tsx by file URL: the CLI runs in a temporary project folder, where no node_modules resolves `tsx`. */
const TSX = pathToFileURL(require.resolve('tsx')).href;
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { encoding: 'utf8', cwd });

const NOTES = '## Lambda\n\nSync calls carry 6 MB.\nThe async payload limit is 256 KB.\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sn-notes-'));
  writeFileSync(join(dir, 'study.md'), NOTES);
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'edge.md'), '## SnapStart\n\nYou cannot use SnapStart for Python.\n');
  writeFileSync(join(dir, '.serverless-notes.json'), '{ "notes": ["notes"] }\n');
  return dir;
}

describe('notes-outdated: a notes document as findings', () => {
  it('one information finding on the claim, with the current fact, the source and a fix', () => {
    const [finding, ...rest] = notesFindings(NOTES);
    assert.equal(rest.length, 0);
    assert.equal(finding.ruleId, NOTES_OUTDATED_RULE_ID);
    assert.equal(finding.severity, 'information');
    assert.deepEqual(finding.range, { start: { line: 3, character: 27 }, end: { line: 3, character: 33 } });
    assert.match(finding.message, /Asynchronous invocation payload: 1 MB .*https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/gettingstarted-limits\.html/);
    assert.deepEqual(finding.fix?.edits, [{ span: finding.span, newText: '1 MB' }]);
  });

  it('check notes.md reports notes-outdated in text, json and sarif, and the notes a config names', () => {
    const dir = project();
    const text = run(dir, 'check', 'study.md');
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^study\.md:4:28: information \[notes-outdated\] Outdated: Asynchronous invocation payload: 1 MB/m);
    assert.match(text.stdout, /notes\/edge\.md:3:\d+: information \[notes-outdated\] Outdated: SnapStart supports Java 11\+, Python 3\.12\+/);
    const json = JSON.parse(run(dir, 'check', '--format', 'json', 'study.md').stdout);
    assert.deepEqual(json.map((f: { ruleId: string; file: string; range: { start: { line: number } } }) => [f.ruleId, f.file, f.range.start.line]), [
      ['notes-outdated', 'study.md', 3],
      ['notes-outdated', join('notes', 'edge.md'), 2],
    ]);
    const sarif = JSON.parse(run(dir, 'check', '--format=sarif', 'study.md').stdout);
    assert.equal(sarif.runs[0].results[0].ruleId, 'notes-outdated');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 4);
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'notes-outdated'));
  });

  it('the rule settings apply: "notes-outdated": "off" silences it', () => {
    const dir = project();
    writeFileSync(join(dir, '.serverless-notes.json'), '{ "rules": { "notes-outdated": "off" } }\n');
    const text = run(dir, 'check', 'study.md');
    assert.doesNotMatch(text.stdout, /notes-outdated/);
    assert.doesNotMatch(text.stderr, /Unknown rule/);
  });
});
