import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownValue } from '../../../src/core/model';
import { serverlessIgnoredKey } from '../../../src/core/rules/serverless-ignored-key';
import { intendedKey } from '../../../src/core/sources/serverless/ignored-keys';
import { applyFixes } from '../support/expectations';
import { checkFixture, lineOf, messageAt } from '../support/rule-fixtures';
import { fixture } from '../support/service';

describe('serverless-ignored-key', () => {
  it('names the key the Framework reads and renames it; the ignored value is not deployed', async () => {
    const analysis = await checkFixture(serverlessIgnoredKey, 'bad.serverless.yml');
    const text = fixture('rules', 'serverless-ignored-key', 'bad.serverless.yml');
    assert.equal(messageAt(analysis, lineOf(text, 'Runtime: python3.13')), 'The Serverless Framework ignores `Runtime` under function capitalised: keys are case-sensitive; did you mean `runtime`? Deployed instead: nodejs22.x (provider.runtime).');
    assert.match(messageAt(analysis, lineOf(text, 'Timeout: 20')), /ignores `Timeout` under the provider.*`timeout`\?$/);
    assert.match(messageAt(analysis, lineOf(text, 'timout')), /did you mean `timeout`\? Deployed instead: 6 s \(the Serverless Framework.s default\)\.$/);
    assert.ok(analysis.findings.every((f) => f.severity === 'warning' && f.range.start.line === f.range.end.line));
    const fixed = applyFixes(text, analysis);
    assert.ok(fixed.includes('    runtime: python3.13') && fixed.includes('    memorySize: 2048') && fixed.includes('  timeout: 20'));
    // What the Framework deploys: the provider's runtime and its 6 s default, not the ignored values.
    const capitalised = analysis.source!.model.functions.find((f) => f.id === 'capitalised')!;
    assert.equal(knownValue(capitalised.runtime), 'nodejs22.x');
    assert.equal(knownValue(capitalised.timeout), 6);
  });

  it('leaves known keys, plugin keys and far-off words alone', () => {
    const keys = ['timeout', 'memorySize', 'handler'];
    assert.equal(intendedKey('timeout', keys), undefined);
    assert.equal(intendedKey('MemorySize', keys), 'memorySize');
    assert.equal(intendedKey('warmup', keys), undefined);
    assert.equal(intendedKey('timeouts', keys), 'timeout');
    assert.equal(intendedKey('vpcs', keys), undefined, 'short keys are compared by case only');
    assert.equal(intendedKey('x'.repeat(5000), keys), undefined);
  });
});
