import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CONFIG_FILE_NAME, mergeRuleSettings, parseConfig } from '../../src/core/config';
import { ConfigFiles, findConfigFile, readConfigNotes } from '../../src/node/config-file';
import { fixture, ROOT } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: ROOT });
/** The CLI run from a folder: config is looked for up to the project root, bounded by the working directory. */
const runIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, ['--import', join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs'), CLI, ...args], { encoding: 'utf8', cwd });

describe('config file: parse and validate (core)', () => {
  it('reads rule settings and notes from JSON with comments and trailing commas', () => {
    const config = parseConfig('{\n  // why\n  "rules": { "lambda-timeout": "off", "lambda-memory": "hint", },\n  "notes": ["team-notes"],\n}\n');
    assert.deepEqual(config.rules, { 'lambda-timeout': 'off', 'lambda-memory': 'hint' });
    assert.deepEqual(config.notes, ['team-notes']);
    assert.deepEqual(config.problems, []);
  });

  it('reports unknown rule ids with did-you-mean, bad values and unknown keys, with positions, and keeps the valid rest', () => {
    const text = '{\n  "rules": {\n    "lambda-timout": "off",\n    "lambda-memory": "loud",\n    "lambda-layers": "warning"\n  },\n  "note": []\n}';
    const config = parseConfig(text);
    assert.deepEqual(config.rules, { 'lambda-layers': 'warning' });
    const [unknown, bad, key] = config.problems;
    assert.equal(unknown.severity, 'warning');
    assert.match(unknown.message, /Unknown rule "lambda-timout"\. Did you mean "lambda-timeout"\?/);
    assert.deepEqual(unknown.range.start, { line: 2, character: 4 });
    assert.equal(text.slice(unknown.span.start, unknown.span.end), '"lambda-timout"');
    assert.equal(bad.severity, 'error');
    assert.match(bad.message, /"lambda-memory" must be one of "off", "on", "error", "warning", "information", "hint"/);
    assert.equal(text.slice(bad.span.start, bad.span.end), '"loud"');
    assert.match(key.message, /Unknown key "note"\. Did you mean "notes"\?/);
    assert.equal(config.problems.length, 3);
  });

  it('accepts the engine ids (unknown-rule-in-suppression, duplicate-key) as rule ids', () => {
    assert.deepEqual(parseConfig('{"rules":{"unknown-rule-in-suppression":"off","duplicate-key":"error"}}').problems, []);
  });

  it('reports syntax errors and wrong shapes without throwing', () => {
    assert.match(parseConfig('{"rules": {"lambda-timeout": "off"').problems[0].message, /JSON syntax error/);
    assert.match(parseConfig('[]').problems[0].message, /must hold an object/);
    assert.match(parseConfig('').problems[0].message, /empty/);
    assert.match(parseConfig('{"rules": ["lambda-timeout"]}').problems[0].message, /"rules" must be an object/);
    assert.match(parseConfig('{"notes": "x"}').problems[0].message, /"notes" must be an array/);
    assert.match(parseConfig('{"notes": [1]}').problems[0].message, /non-empty path/);
  });

  it('merges layers per rule, later winning: the editor setting overrides the file', () => {
    const file = { 'lambda-timeout': 'off', 'lambda-memory': 'hint' } as const;
    const editor = { 'lambda-timeout': 'on' } as const;
    assert.deepEqual(mergeRuleSettings(file, editor), { 'lambda-timeout': 'on', 'lambda-memory': 'hint' });
    assert.deepEqual(mergeRuleSettings(undefined, editor), editor);
  });
});

describe('config file: finding it (node)', () => {
  const tree = () => {
    const root = mkdtempSync(join(tmpdir(), 'sn-config-'));
    mkdirSync(join(root, 'project', 'stacks', 'deep'), { recursive: true });
    writeFileSync(join(root, 'project', CONFIG_FILE_NAME), '{ "rules": { "lambda-timeout": "off" }, "notes": ["notes"] }');
    mkdirSync(join(root, 'project', 'notes'));
    writeFileSync(join(root, 'project', 'notes', 'team.md'), '# Team\n\n## Our limits\n\nWe keep timeouts short.\n');
    return root;
  };

  it('finds the nearest config in the folder or a parent, and stops at the stop folder', () => {
    const root = tree();
    const deep = join(root, 'project', 'stacks', 'deep');
    assert.equal(findConfigFile(deep, root), join(root, 'project', CONFIG_FILE_NAME));
    assert.equal(findConfigFile(deep), undefined, 'without a stop folder, only the folder itself');
    assert.equal(findConfigFile(deep, join(root, 'project', 'stacks')), undefined);
    assert.equal(findConfigFile(deep, join(root, 'project')), join(root, 'project', CONFIG_FILE_NAME));
    writeFileSync(join(root, 'project', 'stacks', CONFIG_FILE_NAME), '{}');
    assert.equal(findConfigFile(deep, root), join(root, 'project', 'stacks', CONFIG_FILE_NAME));
  });

  it('caches per folder, reads each file once, resolves notes paths, and re-reads after clear()', () => {
    const root = tree();
    const loads: string[] = [];
    const configs = new ConfigFiles(() => join(root, 'project'), (loaded) => loads.push(loaded.path));
    const a = configs.forFile(join(root, 'project', 'stacks', 'deep', 'a.yaml'));
    const b = configs.forFile(join(root, 'project', 'stacks', 'b.yaml'));
    assert.deepEqual(a?.config.rules, { 'lambda-timeout': 'off' });
    assert.equal(a, b);
    assert.equal(loads.length, 1);
    assert.deepEqual(readConfigNotes(a!).map((n) => [n.uri, n.origin]), [[join(root, 'project', 'notes', 'team.md'), 'user']]);
    writeFileSync(join(root, 'project', CONFIG_FILE_NAME), '{ "rules": { "lambda-timeout": "hint" } }');
    assert.deepEqual(configs.forFile(join(root, 'project', 'x.yaml'))?.config.rules, { 'lambda-timeout': 'off' }, 'cached until cleared');
    configs.clear();
    assert.deepEqual(configs.forFile(join(root, 'project', 'x.yaml'))?.config.rules, { 'lambda-timeout': 'hint' });
  });
});

describe('config file: CLI', () => {
  const project = (config: string) => {
    const root = mkdtempSync(join(tmpdir(), 'sn-cli-config-'));
    mkdirSync(join(root, 'stacks'));
    writeFileSync(join(root, 'stacks', 'template.yaml'), fixture('workspace', 'sam-timeout.yaml'));
    writeFileSync(join(root, CONFIG_FILE_NAME), config);
    return root;
  };

  it('check reads the nearest .serverless-notes.json above each file, up to the working directory', () => {
    const root = project('{ "rules": { "lambda-timeout": "warning" } }');
    const result = runIn(root, 'check', join(root, 'stacks'));
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /warning \[lambda-timeout\]/);
  });

  it('--config overrides discovery; config problems go to stderr with positions', () => {
    const root = project('{ "rules": { "lambda-timeout": "warning" } }');
    const other = join(root, 'strict.json');
    writeFileSync(other, '{\n  "rules": { "lambda-timeout": "error", "lambda-timout": "off" }\n}');
    const result = run('check', '--config', other, join(root, 'stacks'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /error \[lambda-timeout\]/);
    assert.match(result.stderr, /strict\.json:2:41: warning \[config\] Unknown rule "lambda-timout"\. Did you mean "lambda-timeout"\?/);
    assert.equal(run('check', '--config', join(root, 'missing.json'), root).status, 2);
  });
});
