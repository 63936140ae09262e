import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: ROOT });

describe('CLI', () => {
  it('check: text output, exit 1 on errors', () => {
    const result = run('check', join(FIXTURES, 'cloudformation', 'template.json'));
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /template\.json:12:20: error \[lambda-timeout\] Timeout 1,200 s/);
    assert.match(result.stdout, /1 files checked: 2 errors/);
  });
  it('check --format json: one array of findings with 0-based LSP ranges', () => {
    const result = run('check', '--format', 'json', join(FIXTURES, 'cloudformation', 'template.json'));
    const findings = JSON.parse(result.stdout);
    assert.ok(Array.isArray(findings));
    const timeout = findings.find((f: { ruleId: string }) => f.ruleId === 'lambda-timeout');
    assert.deepEqual(Object.keys(timeout).sort(), ['file', 'message', 'range', 'ruleId', 'severity', 'topic']);
    assert.deepEqual(timeout.range, { start: { line: 11, character: 19 }, end: { line: 11, character: 23 } });
    assert.equal(timeout.severity, 'error');
    assert.equal(timeout.topic, 'lambda-limits');
  });
  it('check --format sarif: SARIF 2.1.0 with 1-based regions', () => {
    const result = run('check', '--format=sarif', join(FIXTURES, 'cloudformation', 'template.json'));
    const sarif = JSON.parse(result.stdout);
    assert.equal(sarif.version, '2.1.0');
    const first = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'lambda-timeout');
    assert.equal(first.locations[0].physicalLocation.region.startLine, 12);
    assert.equal(first.level, 'error');
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'lambda-timeout'));
  });
  it('check on a folder skips node_modules and non-templates; exit 0 without errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-cli-'));
    writeFileSync(join(dir, 'k8s.yaml'), 'apiVersion: v1\nkind: Pod\n');
    writeFileSync(join(dir, 'ok.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 30\n");
    const result = run('check', dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /2 files checked: 0 errors/);
  });
  it('bad usage exits 2', () => {
    assert.equal(run('check').status, 2);
    assert.equal(run('check', '--format', 'xml', 'x').status, 2);
    assert.equal(run('frobnicate').status, 2);
    assert.equal(run('check', '/no/such/path').status, 2);
    assert.equal(run('explain', 'nothing').status, 2);
  });
  it('seen: explain shows the user notes (--notes), their best section and its correction, as the extension does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-explain-'));
    writeFileSync(join(dir, 'notes.md'), '## Lambda SnapStart\n\nSnapStart is for Java only, and it is free.\n');
    writeFileSync(join(dir, 't.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: java21\n      Handler: a.b\n      SnapStart:\n        ApplyOn: PublishedVersions\n");
    const result = run('explain', `${join(dir, 't.yaml')}:9:8`, '--notes', join(dir, 'notes.md'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Your notes: Lambda SnapStart/m);
    assert.match(result.stdout, /> Your note “Lambda SnapStart” .*A gentle correction/);
    // Config `notes` too.
    writeFileSync(join(dir, '.serverless-notes.json'), JSON.stringify({ notes: ['notes.md'] }));
    assert.match(run('explain', `${join(dir, 't.yaml')}:9:8`).stdout, /^Your notes: Lambda SnapStart/m);
  });
  it('explain prints the hover at a 1-based position', () => {
    const result = run('explain', `${join(FIXTURES, 'cloudformation', 'template.json')}:12:22`);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Error lambda-timeout: Timeout 1,200 s/);
    assert.match(result.stdout, /^1,200 s = 20 min: above Lambda's maximum/m);
  });
});
