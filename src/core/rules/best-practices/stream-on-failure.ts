import { quote } from '../../text/quote';
import type { Rule } from '../rule';
import { bestPracticeMeta } from './best-practice-meta';

/** A stream event source without an on-failure destination: records that keep failing are dropped unseen. */
export const bpStreamOnFailure: Rule = {
  meta: bestPracticeMeta({
    id: 'bp-stream-on-failure',
    title: 'Stream event source without an on-failure destination',
    description:
      'Best practice: a Kinesis or DynamoDB stream event source mapping should send records it gives up on to an on-failure destination (DestinationConfig.OnFailure, the CDK\'s onFailure, serverless.yml destinations.onFailure); without one they are discarded once the retries or the record age run out.',
    topic: 'dynamodb-streams',
  }),
  check(context) {
    for (const fn of context.model.functions) {
      for (const event of fn.events) {
        if ((event.kind !== 'kinesis' && event.kind !== 'dynamodb-stream') || event.onFailure !== false) continue;
        context.report({ at: { span: event.span }, entity: fn, message: `The stream event source of function ${quote(fn.id)} has no on-failure destination: records it gives up on are discarded without a trace.` });
      }
    }
  },
};
