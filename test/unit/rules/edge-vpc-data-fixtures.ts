/**
 * Fixture harness for the Lambda@Edge, CloudFront, VPC, RDS, DynamoDB, Step Functions and Cognito rules.
 * Each rule has test/fixtures/rules/<rule-id>/ with templates whose expected findings are marked on their
 * line (`# expect: rule-id`, `// expect: rule-id` in JSON). `fix.*` files: every finding has a quick fix
 * and the fixed text re-analyses clean; `fix.fixed.*`, when present, is the exact expected result.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Finding } from '../../../src/core';
import { FIXTURES, service } from '../support/service';

export const RULE_FIXTURES = join(FIXTURES, 'rules');

/** The rules this harness covers (each has a fixture folder). */
export const EDGE_VPC_DATA_RULES = [
  'edge-version-reference',
  'edge-function-restrictions',
  'edge-runtime',
  'edge-quotas',
  'cloudfront-function-size',
  'vpc-config-incomplete',
  'vpc-internet-access',
  'rds-proxy-recommended',
  'dynamodb-billing-mode',
  'dynamodb-table-class',
  'dynamodb-stream-view-type',
  'dynamodb-stream-event-source',
  'dynamodb-global-table-stream',
  'dynamodb-ttl-attribute-type',
  'dynamodb-import-format',
  'dynamodb-point-in-time-recovery',
  'dynamodb-pitr-recovery-period',
  'stepfunctions-express-duration',
  'cognito-mfa-method',
  'cognito-unauthenticated-identities',
] as const;

/** Every rule on (including those off by default), so fixtures test what the rule can report. */
const sn = service();

export async function analyseFor(ruleId: string, fileName: string, text: string): Promise<Analysis> {
  return sn.analyze({ fileName, text }, { rules: { [ruleId]: 'on' } });
}

export function fixtureFiles(ruleId: string): string[] {
  const dir = join(RULE_FIXTURES, ruleId);
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.includes('.fixed.')).sort() : [];
}

export function readRuleFixture(ruleId: string, file: string): string {
  return readFileSync(join(RULE_FIXTURES, ruleId, file), 'utf8');
}

export function fixedFixture(ruleId: string, file: string): string | undefined {
  const dot = file.lastIndexOf('.');
  const path = join(RULE_FIXTURES, ruleId, `${file.slice(0, dot)}.fixed${file.slice(dot)}`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** `line:rule-id` for every marker naming `ruleId` (1-based lines), duplicates kept. */
export function expectedMarkers(text: string, ruleId: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const at = line.lastIndexOf('expect:');
    if (at < 0) return;
    for (const id of line.slice(at + 'expect:'.length).split(',').map((s) => s.trim())) if (id === ruleId) out.push(`${index + 1}:${id}`);
  });
  return out.sort();
}

export function findingsOf(analysis: Analysis, ruleId: string): Finding[] {
  return analysis.findings.filter((f) => f.ruleId === ruleId);
}

export function actualMarkers(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`).sort();
}

/** Applies the fixes (identical edits once; others must not overlap), right to left. */
export function applyRuleFixes(text: string, findings: readonly Finding[]): string {
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
