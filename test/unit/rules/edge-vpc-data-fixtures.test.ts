import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../../src/core';
import {
  actualMarkers,
  analyseFor,
  applyRuleFixes,
  EDGE_VPC_DATA_RULES,
  expectedMarkers,
  findingsOf,
  fixedFixture,
  fixtureFiles,
  readRuleFixture,
} from './edge-vpc-data-fixtures';

describe('edge, VPC, database, workflow and identity rules: fixtures', () => {
  for (const ruleId of EDGE_VPC_DATA_RULES) {
    describe(ruleId, () => {
      const rule = RULES.find((r) => r.meta.id === ruleId);
      const files = fixtureFiles(ruleId);

      it('is registered and has a good and a bad fixture', () => {
        assert.ok(rule, `${ruleId} is not in RULES`);
        assert.ok(files.some((f) => f.startsWith('good.')), 'good fixture');
        assert.ok(files.some((f) => f.startsWith('bad.')), 'bad fixture');
        if (rule!.meta.fixable) assert.ok(files.some((f) => f.startsWith('fix.')), 'a fixable rule needs a fix fixture');
      });

      for (const file of files) {
        it(`${file}: reports exactly the marked lines`, async () => {
          const text = readRuleFixture(ruleId, file);
          const analysis = await analyseFor(ruleId, file, text);
          assert.ok(analysis.source, `${file} was not read as a template`);
          const findings = findingsOf(analysis, ruleId);
          const expected = expectedMarkers(text, ruleId);
          if (file.startsWith('bad.') || file.startsWith('fix.')) assert.ok(expected.length > 0, 'a bad fixture marks findings');
          assert.deepEqual(actualMarkers(findings), expected, findings.map((f) => `${f.range.start.line + 1}: ${f.message}`).join('\n'));
          for (const f of findings) {
            assert.equal(f.severity, rule!.meta.severity);
            assert.equal(f.topic, rule!.meta.topic);
          }
        });

        if (file.startsWith('fix.')) {
          it(`${file}: every finding has a quick fix and the fixed text is clean`, async () => {
            const text = readRuleFixture(ruleId, file);
            const findings = findingsOf(await analyseFor(ruleId, file, text), ruleId);
            for (const f of findings) assert.ok(f.fix, `no fix for line ${f.range.start.line + 1}: ${f.message}`);
            const fixed = applyRuleFixes(text, findings);
            assert.notEqual(fixed, text);
            const again = await analyseFor(ruleId, file, fixed);
            assert.ok(again.source, 'the fixed text is still a template');
            assert.deepEqual(again.findings.filter((f) => f.ruleId === 'syntax-error'), []);
            assert.deepEqual(actualMarkers(findingsOf(again, ruleId)), []);
            const expectedText = fixedFixture(ruleId, file);
            if (expectedText !== undefined) assert.equal(fixed, expectedText);
          });
        }
      }
    });
  }
});
