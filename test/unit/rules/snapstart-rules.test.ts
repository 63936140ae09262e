import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snapStartIncompatible } from '../../../src/core/rules/snapstart-incompatible';
import { snapStartNoVersion } from '../../../src/core/rules/snapstart-no-version';
import { snapStartRuntime } from '../../../src/core/rules/snapstart-runtime';
import { checkFixture } from '../support/rule-fixtures';

const messages = (analysis: { findings: Array<{ message: string }> }) => analysis.findings.map((f) => f.message);

describe('snapstart-runtime', () => {
  it('names the runtime and fixes with ApplyOn: None', async () => {
    const analysis = await checkFixture(snapStartRuntime, 'bad.yaml');
    assert.deepEqual(messages(analysis), [
      'SnapStart does not support the nodejs22.x runtime; it works on Java 11+, Python 3.12+ and .NET 8+.',
      'SnapStart does not support the python3.11 runtime; it works on Java 11+, Python 3.12+ and .NET 8+.',
      'SnapStart does not support container images (PackageType Image).',
    ]);
    assert.ok(analysis.findings.every((f) => f.fix?.edits[0].newText === 'None'));
  });
});

describe('snapstart-incompatible', () => {
  it('names the conflict and the 512 MB limit', async () => {
    const analysis = await checkFixture(snapStartIncompatible, 'bad.yaml');
    assert.deepEqual(messages(analysis), [
      'SnapStart cannot be used with provisioned concurrency.',
      'SnapStart cannot be used with ephemeral storage of 2,048 MB (SnapStart allows at most 512 MB).',
      'SnapStart cannot be used with an EFS file system.',
    ]);
  });
});

describe('snapstart-no-version', () => {
  it('is a warning that says it never applies', async () => {
    const analysis = await checkFixture(snapStartNoVersion, 'bad.yaml');
    assert.equal(analysis.findings.length, 2);
    assert.ok(analysis.findings.every((f) => f.severity === 'warning' && f.message.endsWith('it never applies.')));
  });
});
