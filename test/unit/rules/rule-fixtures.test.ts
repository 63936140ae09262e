/**
 * The one fixture harness, driven by RULES (markdownlint's test/markdownlint-test-scenarios.mjs): every rule
 * has test/fixtures/rules/<rule-id>/ with templates in any format (CloudFormation/SAM YAML or JSON,
 * serverless.yml, CDK TypeScript or Python) whose expected findings are marked on their line
 * (`# expect: rule-id`, `// expect: rule-id`). Each fixture is analysed with only its rule on and:
 * - its findings are exactly the marked lines, with the rule's topic and severity; `bad.*` and `fix.*` mark at least one;
 * - every rule has a fixture that triggers it and one that doesn't (the test lists the rules that miss one);
 * - every quick fix comes from a rule marked fixable, and a fixable rule shows a fix in some fixture;
 * - applying the fixes and re-analysing the fixed text leaves only the findings that had no fix;
 *   in `fix.*` every finding has a fix, and `fix.fixed.*`, when present, is the exact expected text.
 * Messages and spans are checked in the rule's own test file (support/rule-fixtures.ts helpers).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES, type Analysis, type Finding, type RuleSettings } from '../../../src/core';
import type { Rule } from '../../../src/core/rules/rule';
import { cdkReaders } from '../../../src/node/cdk-parsers';
import { expectedFindings } from '../support/expectations';
import { FIXTURES, service } from '../support/service';

const RULE_FIXTURES = join(FIXTURES, 'rules');
const sn = service({ externalReaders: cdkReaders() });

/** Rules that set a finding's severity themselves (runtime-deprecated: an error once updates are blocked); their tests check it. */
const SEVERITY_BY_FINDING = new Set(['runtime-deprecated']);

/** Only `rule` on (also when it is off by default). */
const only = (rule: Rule): RuleSettings => Object.fromEntries(RULES.map((r) => [r.meta.id, r === rule ? 'on' : 'off']));

interface FixtureResult {
  readonly file: string;
  readonly text: string;
  readonly analysis: Analysis;
}

function fixtureFiles(ruleId: string): string[] {
  const dir = join(RULE_FIXTURES, ruleId);
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.includes('.fixed.')).sort() : [];
}

function fixedFixture(ruleId: string, file: string): string | undefined {
  const dot = file.lastIndexOf('.');
  const path = join(RULE_FIXTURES, ruleId, `${file.slice(0, dot)}.fixed${file.slice(dot)}`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const lines = (findings: readonly Finding[]) => findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`).sort();
const described = (findings: readonly Finding[]) => findings.map((f) => `${f.range.start.line + 1}: ${f.ruleId} ${f.message}`).join('\n');

/** Applies the fixes (identical edits once; others must not overlap), right to left. */
function applyFixEdits(text: string, findings: readonly Finding[]): string {
  const seen = new Set<string>();
  const edits = findings
    .flatMap((f) => f.fix?.edits ?? [])
    .filter((e) => {
      const key = `${e.span.start}:${e.span.end}:${e.newText}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.span.start - a.span.start);
  let result = text;
  let previousStart = Infinity;
  for (const edit of edits) {
    if (edit.span.end > previousStart) throw new Error(`overlapping fix edits at ${edit.span.start}`);
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
    previousStart = edit.span.start;
  }
  return result;
}

/** Rules without a fixture that triggers them or without one that stays silent. */
function rulesMissingFixtures(rules: readonly Rule[], results: ReadonlyMap<string, readonly FixtureResult[]>): string[] {
  return rules.flatMap((rule) => {
    const of = results.get(rule.meta.id) ?? [];
    const missing = [
      of.some((r) => r.analysis.findings.some((f) => f.ruleId === rule.meta.id)) ? [] : ['a fixture that triggers it'],
      of.some((r) => r.analysis.findings.length === 0) ? [] : ['a fixture without findings'],
    ].flat();
    return missing.length ? [`${rule.meta.id}: needs ${missing.join(' and ')} in test/fixtures/rules/${rule.meta.id}/`] : [];
  });
}

/** Quick fixes from rules not marked fixable, and fixable rules no fixture shows a fix for. */
function fixabilityMismatches(rules: readonly Rule[], results: ReadonlyMap<string, readonly FixtureResult[]>): string[] {
  const fixable = new Map(rules.map((r) => [r.meta.id, r.meta.fixable]));
  const unfixable = [...results.values()].flat().flatMap(({ file, analysis }) =>
    analysis.findings.filter((f) => f.fix && fixable.get(f.ruleId) !== true).map((f) => `${f.ruleId}: ${file}:${f.range.start.line + 1} has a quick fix but the rule is not marked fixable`),
  );
  const unshown = rules
    .filter((r) => r.meta.fixable && !(results.get(r.meta.id) ?? []).some(({ analysis }) => analysis.findings.some((f) => f.ruleId === r.meta.id && f.fix)))
    .map((r) => `${r.meta.id}: marked fixable, but no fixture's finding has a quick fix`);
  return [...unfixable, ...unshown];
}

let analysed: Promise<Map<string, FixtureResult[]>> | undefined;
/** Every rule's fixtures, analysed once with only that rule on. */
function allResults(): Promise<Map<string, FixtureResult[]>> {
  analysed ??= (async () => {
    const results = new Map<string, FixtureResult[]>();
    for (const rule of RULES) {
      const list: FixtureResult[] = [];
      for (const file of fixtureFiles(rule.meta.id)) {
        const text = readFileSync(join(RULE_FIXTURES, rule.meta.id, file), 'utf8');
        list.push({ file, text, analysis: await sn.analyze({ fileName: join(RULE_FIXTURES, rule.meta.id, file), text }, { rules: only(rule) }) });
      }
      results.set(rule.meta.id, list);
    }
    return results;
  })();
  return analysed;
}

describe('rule fixtures (every rule in RULES)', () => {
  it('every rule has a fixture that triggers it and one that does not', async () => {
    assert.deepEqual(rulesMissingFixtures(RULES, await allResults()), []);
  });

  it('every fixture folder belongs to a rule in RULES', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    assert.deepEqual(readdirSync(RULE_FIXTURES).filter((d) => !ids.has(d)), []);
  });

  it('every quick fix comes from a rule marked fixable, and every fixable rule shows one', async () => {
    assert.deepEqual(fixabilityMismatches(RULES, await allResults()), []);
  });

  it('the checks see a rule without fixtures and a fix from a rule not marked fixable', async () => {
    const results = await allResults();
    const fixableRule = RULES.find((r) => r.meta.fixable)!;
    const withoutFixtures = new Map([...results].map(([id, list]) => [id, id === fixableRule.meta.id ? list.filter((r) => r.analysis.findings.length > 0) : list]));
    assert.deepEqual(rulesMissingFixtures([fixableRule], results), []);
    assert.deepEqual(rulesMissingFixtures([fixableRule], withoutFixtures), [`${fixableRule.meta.id}: needs a fixture without findings in test/fixtures/rules/${fixableRule.meta.id}/`]);
    assert.deepEqual(rulesMissingFixtures([fixableRule], new Map()), [`${fixableRule.meta.id}: needs a fixture that triggers it and a fixture without findings in test/fixtures/rules/${fixableRule.meta.id}/`]);
    const markedUnfixable = { ...fixableRule, meta: { ...fixableRule.meta, fixable: false } };
    const mismatches = fixabilityMismatches([markedUnfixable], new Map([[fixableRule.meta.id, results.get(fixableRule.meta.id) ?? []]]));
    assert.ok(mismatches.length > 0 && mismatches.every((m) => m.startsWith(`${fixableRule.meta.id}: `) && m.includes('not marked fixable')), mismatches.join('\n'));
  });

  for (const rule of RULES) {
    const ruleId = rule.meta.id;
    describe(ruleId, () => {
      for (const file of fixtureFiles(ruleId)) {
        it(`${file}: reports exactly the marked lines`, async () => {
          const { text, analysis } = (await allResults()).get(ruleId)!.find((r) => r.file === file)!;
          assert.ok(analysis.source, `${file} was not read as a template`);
          const expected = expectedFindings(text);
          if (file.startsWith('bad.') || file.startsWith('fix.')) assert.ok(expected.length > 0, 'a bad or fix fixture marks findings');
          assert.deepEqual(lines(analysis.findings), expected, described(analysis.findings));
          for (const f of analysis.findings) assert.equal(f.topic, rule.meta.topic, `${f.range.start.line + 1}: topic`);
          if (!SEVERITY_BY_FINDING.has(ruleId)) for (const f of analysis.findings) assert.equal(f.severity, rule.meta.severity, `${f.range.start.line + 1}: severity`);
        });

        it(`${file}: the fixed text re-analyses without the fixed findings`, async () => {
          const { text, analysis } = (await allResults()).get(ruleId)!.find((r) => r.file === file)!;
          const withFix = analysis.findings.filter((f) => f.fix);
          if (file.startsWith('fix.')) {
            assert.ok(withFix.length > 0, 'a fix fixture has quick fixes');
            for (const f of analysis.findings) assert.ok(f.fix, `no fix for line ${f.range.start.line + 1}: ${f.message}`);
          }
          if (!withFix.length) return;
          const fixed = applyFixEdits(text, analysis.findings);
          assert.notEqual(fixed, text);
          const again = await sn.analyze({ fileName: join(RULE_FIXTURES, ruleId, file), text: fixed }, { rules: only(rule) });
          assert.ok(again.source, `the fixed text is still a template:\n${fixed}`);
          // Lines may move when a fix removes lines (ProvisionedThroughput): compare what is left by message.
          const left = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId}: ${f.message}`).sort();
          assert.deepEqual(left(again.findings), left(analysis.findings.filter((f) => !f.fix)), `after the quick fixes:\n${fixed}`);
          const expectedText = fixedFixture(ruleId, file);
          if (expectedText !== undefined) assert.equal(fixed, expectedText);
        });
      }
    });
  }
});
