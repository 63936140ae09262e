import { relatedPlaces } from '../graph/describe-chain';
import { chainsWith, invocationGraph } from '../graph/invocation-graph';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { describeRecommendation, describeVisibility, queueConsumers, recommendedVisibility } from './sqs-consumers';
import { quote } from '../text/quote';

/** A visibility timeout below AWS's recommendation of 6× the consuming function's timeout. */
export const sqsVisibilityRecommended: Rule = {
  meta: {
    id: 'sqs-visibility-recommended',
    title: 'SQS visibility timeout below 6× the function timeout plus the batching window',
    description: "AWS recommends a visibility timeout of at least 6× the consuming function's timeout plus the event source mapping's batching window, so retries of throttled or failed batches don't make messages visible again too early.",
    severity: 'information',
    topic: 'sqs-lambda',
    limits: ['sqs.visibilityTimeout.recommendedFactor', 'sqs.visibilityTimeout.default', 'lambda.timeout.default'],
    fixable: true,
  },
  check(context) {
    const graph = invocationGraph(context.model, context.budget);
    for (const pair of queueConsumers(context.model, context.budget)) {
      const target = recommendedVisibility(pair);
      // Below the timeout itself is sqs-visibility-timeout's error.
      if (pair.visibility < pair.timeout || pair.visibility >= target) continue;
      const value = pair.visibilityValue;
      context.report({
        at: pair.at,
        entity: pair.fn,
        message: `${describeVisibility(pair)} of queue ${quote(pair.queue.id)} is below what AWS recommends, ${describeRecommendation(pair)}.`,
        fix: value && !value.derived ? replaceFix(value, target, `Set VisibilityTimeout to ${target}`) : undefined,
        related: relatedPlaces(chainsWith(graph, pair.link), context.model, pair.at.span),
      });
    }
  },
};
