import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core';
import { WorkBudget } from '../../src/core/budget';
import type { Rule } from '../../src/core/rules/rule';

describe('work budget', () => {
  it('refuses work past its steps, and keeps refusing', () => {
    const budget = new WorkBudget({ maxSteps: 3 });
    assert.equal(budget.spend(2), true);
    assert.equal(budget.spend(2, 'variable resolution'), false);
    assert.equal(budget.spend(), false);
    assert.equal(budget.exhausted, true);
    assert.match(budget.message ?? '', /during variable resolution after 3 steps/);
  });

  it('refuses work past its wall time (clock injected)', () => {
    let now = 0;
    const budget = new WorkBudget({ maxMillis: 100, now: () => now });
    assert.equal(budget.spend(1), true);
    now = 101;
    // The clock is read every 1,024 steps, not at every step.
    assert.equal(budget.spend(2000, 'YAML aliases'), false);
    assert.match(budget.message ?? '', /during YAML aliases after its time budget/);
  });

  it('analyze reports one information finding when a rule runs the budget out, and keeps the findings so far', async () => {
    let runs = 0;
    const spender: Rule = {
      meta: { id: 'test-spender', title: 'spends', severity: 'warning', topic: 'lambda-limits', description: 'test', tags: [] } as unknown as Rule['meta'],
      check(context) {
        runs += 1;
        context.report({ at: context.model.functions[0].timeout as never, message: `run ${runs}, before the budget ran out` });
        context.budget?.spend(1000, 'a test rule');
      },
    };
    const text = 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.13\n      Timeout: 20\n';
    const analysis = await analyze({ fileName: 'template.yaml', text }, { ruleList: [spender, spender], budget: { maxSteps: 500 } }); // reading the file spends ~50
    const stopped = analysis.findings.filter((f) => f.ruleId === 'analysis-stopped');
    assert.equal(stopped.length, 1);
    assert.equal(stopped[0].severity, 'information');
    assert.match(stopped[0].message, /a test rule/);
    // The second run of the rule was skipped: the first one's report survives.
    assert.equal(runs, 1);
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'test-spender').map((f) => f.message), ['run 1, before the budget ran out']);
  });
});
