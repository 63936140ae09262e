import { quote } from '../../text/quote';
import type { Rule } from '../rule';
import { bestPracticeMeta } from './best-practice-meta';

/** A queue without a dead-letter queue: a message that always fails is retried until it expires. */
export const bpSqsRedrive: Rule = {
  meta: bestPracticeMeta({
    id: 'bp-sqs-redrive',
    title: 'SQS queue without a dead-letter queue',
    description:
      "Best practice: give a queue a redrive policy (RedrivePolicy, the CDK's deadLetterQueue) so a message that keeps failing moves to a dead-letter queue after a few receives instead of being retried until its retention ends. Dead-letter queues themselves are not reported.",
    topic: 'sqs-lambda',
  }),
  check(context) {
    for (const queue of context.model.queues) {
      if (queue.redrive !== false || queue.isDeadLetter) continue;
      context.report({ at: { span: queue.span }, entity: queue, message: `Queue ${quote(queue.id)} has no dead-letter queue: a message that always fails is received again and again until its retention period ends.` });
    }
  },
};
