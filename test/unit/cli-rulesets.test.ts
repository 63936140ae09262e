/** check --ruleset, "rulesets" in .serverless-notes.json, related locations in JSON and SARIF. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { FIXTURES, ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd });
const dir = mkdtempSync(join(tmpdir(), 'sn-rulesets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const QUEUE = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Jobs:\n    Type: AWS::SQS::Queue\n";

describe('rule sets on the CLI and in the config file', () => {
  it('best-practices is off by default, on with --ruleset, and a rule setting wins over its set', () => {
    writeFileSync(join(dir, 'template.yaml'), QUEUE);
    const ids = (args: string[]) => (JSON.parse(run(ROOT, 'check', join(dir, 'template.yaml'), '--format', 'json', ...args).stdout) as Array<{ ruleId: string }>).map((f) => f.ruleId);
    assert.deepEqual(ids([]), []);
    assert.deepEqual(ids(['--ruleset', 'best-practices']), ['bp-sqs-redrive']);
    writeFileSync(join(dir, '.serverless-notes.json'), JSON.stringify({ rulesets: ['best-practices'] }));
    assert.deepEqual(ids([]), ['bp-sqs-redrive']);
    writeFileSync(join(dir, '.serverless-notes.json'), JSON.stringify({ rulesets: ['best-practices'], rules: { 'bp-sqs-redrive': 'off' } }));
    assert.deepEqual(ids([]), []);
    rmSync(join(dir, '.serverless-notes.json'));
    const bad = run(ROOT, 'check', join(dir, 'template.yaml'), '--ruleset', 'nope');
    assert.equal(bad.status, 2);
  });

  it('related locations: "related" in JSON, relatedLocations in SARIF', () => {
    const file = join(FIXTURES, 'rules', 'sqs-visibility-timeout', 'bad.yaml');
    const json = JSON.parse(run(ROOT, 'check', file, '--format', 'json').stdout) as Array<{ ruleId: string; related?: Array<{ file: string; range: unknown; message: string }> }>;
    const finding = json.find((f) => f.ruleId === 'sqs-visibility-timeout' && f.related?.length);
    assert.ok(finding, 'a visibility finding carries its consumer');
    assert.equal(finding.related![0].file, file);
    const sarif = JSON.parse(run(ROOT, 'check', file, '--format', 'sarif').stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string; relatedLocations?: unknown[] }) => r.ruleId === 'sqs-visibility-timeout' && r.relatedLocations);
    assert.ok(result.relatedLocations[0].physicalLocation.region.startLine >= 1);
    assert.match(result.relatedLocations[0].message.text, /^Function /);
  });
});
