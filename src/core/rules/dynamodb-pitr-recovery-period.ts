import { formatNumber, limit } from '../limits';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';

/** PITR keeps 1–35 days: CloudFormation rejects a RecoveryPeriodInDays outside that range. */
export const dynamodbPitrRecoveryPeriod: Rule = {
  meta: {
    id: 'dynamodb-pitr-recovery-period',
    title: 'PITR recovery period is 1–35 days',
    description: 'PointInTimeRecoverySpecification.RecoveryPeriodInDays must be between 1 and 35 (the default): a longer or shorter period is rejected at deployment.',
    severity: 'error',
    topic: 'dynamodb-backups',
    limits: ['dynamodb.pitr.minDays', 'dynamodb.pitr.maxDays'],
    fixable: true,
  },
  check(context) {
    const min = limit('dynamodb.pitr.minDays').value;
    const max = limit('dynamodb.pitr.maxDays').value;
    for (const table of context.model.tables) {
      for (const days of knownOptions(table.pitrRecoveryPeriodDays)) {
        if (days.value >= min && days.value <= max) continue;
        const to = days.value > max ? max : min;
        context.report({
          at: days,
          entity: table,
          message: `RecoveryPeriodInDays ${formatNumber(days.value)} is outside point-in-time recovery's ${min}–${max} days for table ${table.id}: the deployment fails.`,
          fix: replaceFix(days, to, `Set RecoveryPeriodInDays to ${to}`),
        });
      }
    }
  },
};
