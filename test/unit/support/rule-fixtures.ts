/**
 * Helpers for a rule's own tests on its fixtures (test/fixtures/rules/<rule-id>/*): checkFixture checks the
 * (line, rule) pairs equal the `expect:` markers and the quick-fixed text re-analyses with only the findings
 * that had no fix, then returns the analysis for assertions on messages. Every fixture of every rule also
 * runs through test/unit/rules/rule-fixtures.test.ts (driven by RULES).
 */
import assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core';
import type { Rule } from '../../../src/core/rules/rule';
import { actualFindings, applyFixes, assertMatchesExpectations } from './expectations';
import { fixture, service, TODAY } from './service';

/** Analyses a fixture with only `rule` enabled. */
export async function analyzeFixture(rule: Rule, ruleId: string, file: string, today = TODAY): Promise<{ text: string; analysis: Analysis }> {
  const text = fixture('rules', ruleId, file);
  const analysis = await service({ ruleList: [rule], today }).analyze({ fileName: file, text });
  return { text, analysis };
}

/** The whole check for one fixture; returns the analysis for further assertions on messages. */
export async function checkFixture(rule: Rule, file: string, today = TODAY): Promise<Analysis> {
  const { text, analysis } = await analyzeFixture(rule, rule.meta.id, file, today);
  assert.ok(analysis.source, `${file} was not read as a template`);
  assertMatchesExpectations(text, analysis, file);
  const fixed = applyFixes(text, analysis);
  const after = await service({ ruleList: [rule], today }).analyze({ fileName: file, text: fixed });
  const unfixed = { ...analysis, findings: analysis.findings.filter((f) => !f.fix) };
  assert.deepEqual(actualFindings(after), actualFindings(unfixed), `${file} after quick fixes:\n${fixed}`);
  return analysis;
}

/** The message of the finding on a 1-based line. */
export function messageAt(analysis: Analysis, line: number): string {
  const found = analysis.findings.filter((f) => f.range.start.line + 1 === line);
  assert.equal(found.length, 1, `one finding expected on line ${line}: ${analysis.findings.map((f) => `${f.range.start.line + 1}: ${f.message}`).join('\n')}`);
  return found[0].message;
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `no line contains ${needle}`);
  return index + 1;
}
