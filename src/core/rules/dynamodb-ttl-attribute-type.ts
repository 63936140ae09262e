import { knownOptions } from '../model';
import type { Rule } from './rule';
import { quote } from '../text/quote';

const TYPE_NAMES: Record<string, string> = { S: 'String', B: 'Binary' };

export const dynamodbTtlAttributeType: Rule = {
  meta: {
    id: 'dynamodb-ttl-attribute-type',
    title: 'The TTL attribute holds a Number',
    description: 'TTL deletes items whose TTL attribute is a Number of epoch seconds; a key attribute declared as String or Binary can never expire an item.',
    severity: 'error',
    topic: 'dynamodb-ttl',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const table of context.model.tables) {
      if (table.ttlEnabled?.known === true && table.ttlEnabled.value === false) continue;
      for (const attribute of knownOptions(table.ttlAttribute)) {
        const key = table.keyAttributes?.find((k) => k.name === attribute.value);
        const typeName = key?.type && TYPE_NAMES[key.type];
        if (!typeName) continue;
        context.report({
          at: attribute,
          entity: table,
          message: `TTL attribute ${quote(attribute.value)} is a key attribute of type ${key.type} (${typeName}): TTL only expires items whose attribute is a Number (epoch seconds), so no item will ever expire.`,
        });
      }
    }
  },
};
