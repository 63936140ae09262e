/**
 * Helpers for the message tests of the Lambda@Edge, CloudFront, VPC, RDS, DynamoDB, Step Functions and
 * Cognito rules on their fixtures (test/fixtures/rules/<rule-id>/). The fixtures themselves (markers,
 * fixes, `fix.fixed.*`) are checked for every rule by rule-fixtures.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Finding } from '../../../src/core';
import { FIXTURES, service } from '../support/service';

export const RULE_FIXTURES = join(FIXTURES, 'rules');

/** The rules these message tests cover. */
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

export function readRuleFixture(ruleId: string, file: string): string {
  return readFileSync(join(RULE_FIXTURES, ruleId, file), 'utf8');
}

export function findingsOf(analysis: Analysis, ruleId: string): Finding[] {
  return analysis.findings.filter((f) => f.ruleId === ruleId);
}
