/**
 * Runs one rule over its fixtures (test/fixtures/rules/<rule-id>/*) and checks: the (line, rule) pairs
 * equal the `expect:` markers exactly, and after applying every quick fix the text re-analyses with only
 * the findings that had no fix left.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../../src/core';
import type { Rule } from '../../../src/core/rules/rule';
import { actualFindings, applyFixes, assertMatchesExpectations } from './expectations';
import { FIXTURES, fixture, service, TODAY } from './service';

export function fixtureFiles(ruleId: string): string[] {
  return readdirSync(join(FIXTURES, 'rules', ruleId)).sort();
}

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
