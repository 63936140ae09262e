/**
 * Issue 10: a 100,000-character `Runtime` took 5–33 s in the did-you-mean (a quadratic edit distance per
 * known id). The distance is now measured only where it can matter; these tests count the measurements.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean, editDistance } from '../../../src/core/text/did-you-mean';
import { service } from '../support/service';

const RUNTIMES = ['nodejs20.x', 'nodejs22.x', 'python3.12', 'python3.13', 'provided.al2023', 'java21', 'dotnet8', 'ruby3.3'];

function counting() {
  const calls: string[] = [];
  return { calls, distance: (a: string, b: string) => (calls.push(b), editDistance(a, b)) };
}

describe('did-you-mean stays bounded', () => {
  it('measures no distance for a value far longer than any id (the 100,000-character Runtime)', () => {
    const { calls, distance } = counting();
    assert.equal(didYouMean('p'.repeat(100_000), RUNTIMES, distance), undefined);
    assert.deepEqual(calls, []);
  });

  it('skips candidates whose length alone puts them out of reach, and still finds the typo', () => {
    const { calls, distance } = counting();
    assert.equal(didYouMean('provided.al2023023', RUNTIMES, distance), 'provided.al2023');
    assert.ok(!calls.includes('java21') && !calls.includes('ruby3.3'), `measured: ${calls.join(', ')}`);
  });

  it('a template with a 100,000-character Runtime is still analysed: one runtime-unknown, quoted short, and the Timeout checked', async () => {
    const text = `Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: ${'p'.repeat(100_000)}\n      Timeout: 1000\n`;
    const { findings } = await service().analyze({ fileName: 'template.yaml', text });
    const unknown = findings.filter((f) => f.ruleId === 'runtime-unknown');
    assert.equal(unknown.length, 1);
    assert.ok(unknown[0].message.length < 400, unknown[0].message.slice(0, 200));
    assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'));
  });
});
