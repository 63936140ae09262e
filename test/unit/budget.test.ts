import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core';
import { metered, spendActive, WorkBudget } from '../../src/core/budget';
import type { Rule } from '../../src/core/rules/rule';
import { ifChainTemplate, joinDagTemplate } from './support/hostile-dag';

const TEMPLATE = 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Timeout: 20\n';

function rule(id: string, check: Rule['check']): Rule {
  return { meta: { id, title: id, severity: 'warning', topic: 'lambda-limits', description: 'test', tags: [] } as unknown as Rule['meta'], check };
}

describe('work budget', () => {
  it('refuses work past its steps, and keeps refusing', () => {
    const budget = new WorkBudget({ maxSteps: 3 });
    assert.equal(budget.spend(2), true);
    assert.equal(budget.spend(2, 'variable resolution'), false);
    assert.equal(budget.spend(), false);
    assert.equal(budget.exhausted, true);
    assert.match(budget.message ?? '', /variable resolution stopped after 3 steps/);
  });

  it('a part stops alone; its steps count in the whole', () => {
    const whole = new WorkBudget({ maxSteps: 100 });
    const part = whole.part('rule a', 10);
    assert.equal(part.spend(8), true);
    assert.equal(part.spend(8), false);
    assert.equal(whole.exhausted, false);
    assert.equal(whole.stepsSpent, 16);
    const next = whole.part('rule b', 1000); // never more than what is left
    assert.equal(next.spend(84), true);
    assert.equal(next.spend(1), false);
    assert.deepEqual(whole.stoppedList.map((p) => p.what), ['rule a', 'rule b']);
  });

  it('never reads the clock without a backstop: a clock jumping 10 s per read changes nothing', async () => {
    let reads = 0;
    const jumping = () => (reads += 1) * 10_000;
    const text = ifChainTemplate(50, 20);
    const normal = await analyze({ fileName: 'template.yaml', text }, { today: new Date('2026-12-01') });
    const loaded = await analyze({ fileName: 'template.yaml', text }, { today: new Date('2026-12-01'), budget: { now: jumping } });
    assert.deepEqual(loaded.findings, normal.findings);
    assert.equal(loaded.steps, normal.steps);
    assert.ok(normal.findings.some((f) => f.ruleId === 'lambda-timeout'));
  });

  it('the wall-time backstop, when a face sets one, stops with its own message', async () => {
    let now = 0;
    const analysis = await analyze({ fileName: 'template.yaml', text: joinDagTemplate(60) }, { budget: { maxMillis: 1, now: () => (now += 10_000) } });
    const stopped = analysis.findings.filter((f) => f.ruleId === 'analysis-stopped');
    assert.equal(stopped.length, 1);
    assert.match(stopped[0].message, /wall-time backstop/);
  });

  it('a rule that runs out stops alone: the rules after it still run, one finding names it', async () => {
    const runs: string[] = [];
    const spender = rule('test-spender', (context) => {
      runs.push('spender');
      context.report({ at: context.model.functions[0].timeout as never, message: 'before the budget ran out' });
      while (context.budget?.spend(1, 'a test rule')); // spends its whole allowance
    });
    const after = rule('test-after', (context) => {
      runs.push('after');
      context.report({ at: context.model.functions[0].timeout as never, message: 'ran after the spender' });
    });
    const analysis = await analyze({ fileName: 'template.yaml', text: TEMPLATE }, { ruleList: [spender, after], maxSteps: 10_000 });
    const stopped = analysis.findings.filter((f) => f.ruleId === 'analysis-stopped');
    assert.equal(stopped.length, 1);
    assert.equal(stopped[0].severity, 'information');
    assert.match(stopped[0].message, /rule test-spender stopped during a test rule after/);
    assert.deepEqual(runs, ['spender', 'after']);
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId.startsWith('test-')).map((f) => f.message), ['before the budget ran out', 'ran after the spender']);
  });

  it('helpers deep in a rule spend from that rule\'s part (metered)', async () => {
    const deep = rule('test-deep', () => {
      while (spendActive(1, 'a helper'));
    });
    const analysis = await analyze({ fileName: 'template.yaml', text: TEMPLATE }, { ruleList: [deep], maxSteps: 5_000 });
    assert.match(analysis.findings.find((f) => f.ruleId === 'analysis-stopped')?.message ?? '', /rule test-deep/);
    assert.equal(spendActive(1), true, 'outside an analysis nothing is metered');
    assert.equal(metered(new WorkBudget({ maxSteps: 0 }), () => spendActive(1)), false);
  });

  it('maxSteps raises the budget for a file that needs more', async () => {
    const text = ifChainTemplate(400, 20);
    const small = await analyze({ fileName: 'template.yaml', text }, { maxSteps: 2_000 });
    assert.ok(small.findings.some((f) => f.ruleId === 'analysis-stopped'));
    const raised = await analyze({ fileName: 'template.yaml', text }, { maxSteps: 10_000_000 });
    assert.ok(!raised.findings.some((f) => f.ruleId === 'analysis-stopped'));
  });
});
