/**
 * Issue 10: exponential and quadratic work from small serverless.yml files. The seen cases run the built
 * CLI in a process (a hang guard ends one that runs away: before the fix the fan-out ran for minutes);
 * the work itself is checked by counting steps, never by timing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WorkBudget } from '../../src/core/budget';
import { inDocument, MAX_RESOLVED_LENGTH, VariableResolver } from '../../src/core/sources/serverless/resolve-variables';
import { matchBraces, splitVariables } from '../../src/core/sources/serverless/variable-syntax';
import { getPath, type MapNode } from '../../src/core/sources/tree';
import { parseYamlTree } from '../../src/core/sources/yaml-tree';
import { runCli } from './support/built-cli';
import { fanOutServerless, nestedOpeningsServerless, unclosedBracesServerless } from './support/hostile-serverless';
import { service } from './support/service';

async function checkInProcess(text: string): Promise<Array<{ ruleId: string; severity: string; message: string }>> {
  const dir = mkdtempSync(join(tmpdir(), 'sn-hostile-'));
  const file = join(dir, 'serverless.yml');
  writeFileSync(file, text);
  const run = await runCli(['check', '--format', 'json', '--no-fail', file], { cwd: dir, hangGuardMs: 30_000 });
  assert.ok(!run.hung, 'the CLI ran away (killed by the hang guard)');
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

function resolverOf(text: string, budget = new WorkBudget({ maxMillis: Number.POSITIVE_INFINITY })) {
  const root = parseYamlTree(text).root as MapNode;
  return { root, budget, resolver: new VariableResolver(root, '/p/serverless.yml', undefined, budget) };
}

describe('serverless.yml variables: bounded work (issue 10, seen cases)', () => {
  it('a 2 KB file whose variables fan out two ways over 30 levels finishes with the other findings', async () => {
    const findings = await checkInProcess(fanOutServerless(30, 2));
    assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'), JSON.stringify(findings));
  });

  it('three ways over 20 levels: the environment is at least the capped length, no rule fails', async () => {
    const findings = await checkInProcess(fanOutServerless(20, 3));
    assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'));
    assert.ok(findings.some((f) => f.ruleId === 'lambda-environment-size'), JSON.stringify(findings.map((f) => f.ruleId)));
    assert.ok(!findings.some((f) => /failed/.test(f.message)), JSON.stringify(findings));
  });

  it('300k unclosed `${` in one value (quadratic brace matching) finish', async () => {
    const findings = await checkInProcess(unclosedBracesServerless(300_000));
    assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'));
  });

  it('100k nested unclosed `${self:` finish', async () => {
    const findings = await checkInProcess(nestedOpeningsServerless(100_000));
    assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'));
  });
});

describe('variable resolution: memoised by value, every step from the budget', () => {
  it('fan-out resolves each node once: steps grow with the file, not with 2^levels', () => {
    const { root, resolver, budget } = resolverOf(fanOutServerless(30, 2));
    resolver.resolve(inDocument(getPath(root, 'custom', 'y0')!));
    assert.ok(budget.stepsSpent > 0 && budget.stepsSpent < 200, `${budget.stepsSpent} steps`);
  });

  it('a resolved string longer than the cap is unknown, with the cap as its least length', () => {
    const { root, resolver } = resolverOf(fanOutServerless(20, 2));
    const r = resolver.resolve(inDocument(getPath(root, 'custom', 'y0')!));
    assert.ok(!r.ok);
    assert.match(r.reason, /longer than 100,000 characters/);
    assert.equal(r.minLength, MAX_RESOLVED_LENGTH);
  });

  it('a short chain is still resolved exactly (2^10 characters)', () => {
    const { root, resolver } = resolverOf(fanOutServerless(9, 2));
    const r = resolver.resolve(inDocument(getPath(root, 'custom', 'y0')!));
    assert.ok(r.ok && r.located.node.type === 'scalar');
    assert.equal(String(r.located.node.type === 'scalar' && r.located.node.value), 'ab'.repeat(512));
  });

  it('a cycle is unknown whoever enters it first', () => {
    const { root, resolver } = resolverOf('custom:\n  a: ${self:custom.b}\n  b: x-${self:custom.a}\n  c: ${self:custom.b}\n');
    for (const key of ['c', 'a', 'b']) {
      const r = resolver.resolve(inDocument(getPath(root, 'custom', key)!));
      assert.ok(!r.ok && /itself/.test(r.reason), key);
    }
  });

  it('when the budget runs out: the findings so far plus one analysis-stopped finding', async () => {
    const text = fanOutServerless(30, 2).replace('functions:', `functions:\n${Array.from({ length: 50 }, (_, i) => `  g${i}:\n    handler: h.h\n    environment:\n      A: \${self:custom.y${i % 30}}`).join('\n')}\n`);
    // What reading the YAML costs, so that the budget runs out during variable resolution.
    const reading = new WorkBudget();
    parseYamlTree(text, reading);
    // The reader gets 60 % of the document's steps (analyze.ts): reading plus 40 of them.
    const analysis = await service().analyze({ fileName: '/p/serverless.yml', text }, { maxSteps: Math.ceil((reading.stepsSpent + 40) / 0.6) });
    const stopped = analysis.findings.filter((f) => f.ruleId === 'analysis-stopped');
    assert.equal(stopped.length, 1);
    assert.equal(stopped[0].severity, 'information');
    assert.match(stopped[0].message, /variable resolution/);
  });
});

describe('brace matching: one linear pass', () => {
  it('matches nested variables, skips quotes, leaves unclosed ones literal', () => {
    assert.deepEqual([...matchBraces('a ${x:${y:z}} ${b')], [[6, 11], [2, 12]]);
    assert.deepEqual([...matchBraces("${opt:s, '}'}")], [[0, 12]]);
    assert.deepEqual(splitVariables('${${self:a}'), [{ kind: 'text', text: '${' }, { kind: 'variable', body: 'self:a', raw: '${self:a}' }]);
    assert.deepEqual(splitVariables('${AWS::Region}-${self:a}'), [{ kind: 'text', text: '${AWS::Region}-' }, { kind: 'variable', body: 'self:a', raw: '${self:a}' }]);
  });
});
