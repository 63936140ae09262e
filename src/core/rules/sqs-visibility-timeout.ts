import { relatedPlaces } from '../graph/describe-chain';
import { chainsWith, invocationGraph } from '../graph/invocation-graph';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { describeRecommendation, describeTimeout, describeVisibility, queueConsumers, recommendedVisibility } from './sqs-consumers';
import { quote } from '../text/quote';

/** A queue's visibility timeout shorter than its consumer's timeout: Lambda rejects the event source mapping. */
export const sqsVisibilityTimeout: Rule = {
  meta: {
    id: 'sqs-visibility-timeout',
    title: 'SQS visibility timeout shorter than the function timeout',
    description: "A queue's visibility timeout must be at least the consuming function's timeout (defaults: 30 s and 3 s); otherwise Lambda rejects the event source mapping.",
    severity: 'error',
    topic: 'sqs-lambda',
    limits: ['sqs.visibilityTimeout.default', 'lambda.timeout.default', 'sqs.visibilityTimeout.recommendedFactor'],
    fixable: true,
  },
  check(context) {
    const graph = invocationGraph(context.model, context.budget);
    for (const pair of queueConsumers(context.model, context.budget)) {
      if (pair.visibility >= pair.timeout) continue;
      const target = recommendedVisibility(pair);
      const value = pair.visibilityValue;
      context.report({
        at: pair.at,
        entity: pair.fn,
        message: `${describeVisibility(pair)} of queue ${quote(pair.queue.id)} is shorter than ${describeTimeout(pair)}: Lambda rejects the event source mapping. AWS recommends at least ${describeRecommendation(pair, true)}.`,
        fix: value && !value.derived ? replaceFix(value, target, `Set VisibilityTimeout to ${target}`) : undefined,
        related: relatedPlaces(chainsWith(graph, pair.link), context.model, pair.at.span),
      });
    }
  },
};
