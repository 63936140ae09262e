import type { Rule } from './rule';
import { quote } from '../text/quote';

export const dynamodbStreamEventSource: Rule = {
  meta: {
    id: 'dynamodb-stream-event-source',
    title: 'A DynamoDB stream trigger needs a table with a stream',
    description: 'A function triggered by a DynamoDB stream needs the table to enable its stream (StreamSpecification.StreamViewType).',
    severity: 'error',
    topic: 'dynamodb-streams',
    limits: [],
    fixable: false,
  },
  check(context) {
    const tables = new Map(context.model.tables.map((t) => [t.id, t]));
    for (const fn of context.model.functions) {
      for (const event of fn.events) {
        if (event.kind !== 'dynamodb-stream' || !event.targetId) continue;
        const table = tables.get(event.targetId);
        if (!table || table.streamViewType !== undefined) continue;
        context.report({
          at: { span: event.span },
          entity: fn,
          message: `Function ${quote(fn.id)} reads the stream of table ${quote(table.id)}, but ${quote(table.id)} has no StreamSpecification: add one with a StreamViewType (e.g. NEW_AND_OLD_IMAGES).`,
        });
      }
    }
  },
};
