import { knownOptions } from '../model';
import type { Rule } from './rule';
import { quote } from '../text/quote';

export const dynamodbPointInTimeRecovery: Rule = {
  meta: {
    id: 'dynamodb-point-in-time-recovery',
    title: 'Point-in-time recovery on DynamoDB tables (best practice)',
    description: 'Suggests PointInTimeRecoverySpecification on tables without it: continuous backups restorable to any second of the recovery period. Off by default.',
    severity: 'information',
    topic: 'dynamodb-backups',
    limits: ['dynamodb.pitr.maxDays'],
    fixable: false,
    enabledByDefault: false,
  },
  check(context) {
    for (const table of context.model.tables) {
      if (table.pointInTimeRecovery === undefined) {
        context.report({ at: { span: table.span }, entity: table, message: `Table ${quote(table.id)} has no point-in-time recovery: only on-demand backups can restore it.` });
        continue;
      }
      for (const enabled of knownOptions(table.pointInTimeRecovery)) {
        if (!enabled.value) context.report({ at: enabled, entity: table, message: `Point-in-time recovery is off for table ${quote(table.id)}.` });
      }
    }
  },
};
