import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { quote } from '../text/quote';

export const dynamodbGlobalTableStream: Rule = {
  meta: {
    id: 'dynamodb-global-table-stream',
    title: 'Global tables with replicas stream NEW_AND_OLD_IMAGES',
    description:
      'A global table with more than one replica replicates through its stream: the default (eventual, MREC) mode needs StreamSpecification with NEW_AND_OLD_IMAGES; strong consistency (MRSC) does not.',
    severity: 'error',
    topic: 'dynamodb-global-tables',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const table of context.model.tables) {
      if (table.resourceType !== 'AWS::DynamoDB::GlobalTable' || (table.replicaCount ?? 0) < 2) continue;
      if (table.multiRegionConsistency !== undefined) {
        const modes = knownOptions(table.multiRegionConsistency);
        if (table.multiRegionConsistency.known !== true || modes.some((m) => m.value === 'STRONG')) continue;
      }
      const replicas = `${table.replicaCount} replicas`;
      if (table.streamViewType === undefined) {
        context.report({ at: { span: table.span }, entity: table, message: `Global table ${quote(table.id)} has ${replicas} but no StreamSpecification: replication needs StreamViewType NEW_AND_OLD_IMAGES (unless MultiRegionConsistency is STRONG).` });
        continue;
      }
      if (table.streamViewType.known !== true) continue;
      const view = table.streamViewType;
      if (view.value === 'NEW_AND_OLD_IMAGES') continue;
      context.report({
        at: view,
        entity: table,
        message: `Global table ${quote(table.id)} has ${replicas}: replication needs StreamViewType NEW_AND_OLD_IMAGES, not ${quote(view.value)} (unless MultiRegionConsistency is STRONG).`,
        fix: replaceFix(view, 'NEW_AND_OLD_IMAGES', 'Set StreamViewType to NEW_AND_OLD_IMAGES'),
      });
    }
  },
};
