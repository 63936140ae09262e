import { checkEnumValue } from './dynamodb-enum-value';
import type { Rule } from './rule';

export const dynamodbTableClass: Rule = {
  meta: {
    id: 'dynamodb-table-class',
    title: 'DynamoDB table class values',
    description: 'TableClass is STANDARD or STANDARD_INFREQUENT_ACCESS (STANDARD_IA is the console\'s short name, not a valid value).',
    severity: 'error',
    topic: 'dynamodb-basics',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const table of context.model.tables) {
      checkEnumValue(context, table, table.tableClass, {
        property: 'TableClass',
        allowed: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'],
        aliases: { STANDARD_IA: 'STANDARD_INFREQUENT_ACCESS', INFREQUENT_ACCESS: 'STANDARD_INFREQUENT_ACCESS' },
      });
    }
  },
};
