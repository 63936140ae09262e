import { knownOptions } from '../model';
import type { Rule } from './rule';
import { quote } from '../text/quote';

export const dynamodbBillingMode: Rule = {
  meta: {
    id: 'dynamodb-billing-mode',
    title: 'DynamoDB billing mode matches provisioned throughput',
    description:
      'PAY_PER_REQUEST (on-demand) tables must not set ProvisionedThroughput; PROVISIONED tables — the default when BillingMode is not set — must (the CDK\'s `dynamodb.Table` fills in 5 read / 5 write itself).',
    severity: 'error',
    topic: 'dynamodb-basics',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const table of context.model.tables) {
      // Global tables use WriteProvisionedThroughputSettings with their own rules.
      if (table.resourceType !== 'AWS::DynamoDB::Table') continue;
      if (table.billingMode === undefined) {
        if (!table.provisionedThroughput && !table.provisionedThroughputDefault) {
          context.report({
            at: { span: table.span },
            entity: table,
            message: `Table ${quote(table.id)} sets no BillingMode, so it is PROVISIONED, which requires ProvisionedThroughput. Set BillingMode: PAY_PER_REQUEST for on-demand capacity, or add ProvisionedThroughput.`,
          });
        }
        continue;
      }
      for (const mode of knownOptions(table.billingMode)) {
        if (mode.value === 'PAY_PER_REQUEST' && table.provisionedThroughput && !table.provisionedThroughputConditional) {
          const removal = table.billingMode.known === true ? table.provisionedThroughputRemoval : undefined;
          context.report({
            at: { span: table.provisionedThroughput },
            entity: table,
            message: `Table ${quote(table.id)} is PAY_PER_REQUEST (on-demand) but sets ProvisionedThroughput: CloudFormation rejects throughput on an on-demand table.`,
            fix: removal ? { title: 'Remove ProvisionedThroughput', edits: [{ span: removal, newText: '' }] } : undefined,
          });
        } else if (mode.value === 'PROVISIONED' && !table.provisionedThroughput && !table.provisionedThroughputDefault) {
          context.report({
            at: mode,
            entity: table,
            message: `Table ${quote(table.id)} is PROVISIONED but sets no ProvisionedThroughput (ReadCapacityUnits, WriteCapacityUnits). Add it, or use PAY_PER_REQUEST.`,
          });
        }
      }
    }
  },
};
