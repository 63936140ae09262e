import { checkEnumValue } from './dynamodb-enum-value';
import type { Rule } from './rule';

export const dynamodbStreamViewType: Rule = {
  meta: {
    id: 'dynamodb-stream-view-type',
    title: 'DynamoDB stream view types',
    description: 'StreamViewType is KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES.',
    severity: 'error',
    topic: 'dynamodb-streams',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const table of context.model.tables) {
      checkEnumValue(context, table, table.streamViewType, {
        property: 'StreamViewType',
        allowed: ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'],
        aliases: { NEW_AND_OLD_IMAGE: 'NEW_AND_OLD_IMAGES', NEW_AND_OLD: 'NEW_AND_OLD_IMAGES', KEYS: 'KEYS_ONLY' },
      });
    }
  },
};
