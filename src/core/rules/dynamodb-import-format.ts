import { checkEnumValue } from './dynamodb-enum-value';
import type { Rule } from './rule';

export const dynamodbImportFormat: Rule = {
  meta: {
    id: 'dynamodb-import-format',
    title: 'DynamoDB import formats',
    description: 'ImportSourceSpecification.InputFormat is CSV, DYNAMODB_JSON or ION.',
    severity: 'error',
    topic: 'dynamodb-s3',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const table of context.model.tables) {
      checkEnumValue(context, table, table.importFormat, {
        property: 'InputFormat',
        allowed: ['CSV', 'DYNAMODB_JSON', 'ION'],
        aliases: { JSON: 'DYNAMODB_JSON' },
      });
    }
  },
};
