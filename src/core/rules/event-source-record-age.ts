import { relatedPlaces } from '../graph/describe-chain';
import { chainsWith, invocationGraph } from '../graph/invocation-graph';
import { functionTimeouts } from '../graph/link-facts';
import { formatNumber } from '../limits';
import { knownOptions } from '../model';
import { quote } from '../text/quote';
import type { Rule } from './rule';

/**
 * A stream event source mapping whose retries can't all happen: the first attempt and every retry may
 * each run up to the function's timeout, and their total exceeds `MaximumRecordAgeInSeconds`, so the
 * record age ends the retries first (the record is discarded or sent to the on-failure destination).
 * Either limit alone is fine; together one of them is dead configuration, and the one that binds is
 * rarely the one the author counted on.
 */
export const eventSourceRecordAge: Rule = {
  meta: {
    id: 'event-source-record-age',
    title: 'Stream retries outlast the maximum record age',
    description:
      "On a Kinesis or DynamoDB stream event source, (MaximumRetryAttempts + 1) × the function's timeout exceeds MaximumRecordAgeInSeconds: records can expire before their retries are spent. Information: either limit may be intended, the finding says which one binds.",
    severity: 'information',
    topic: 'dynamodb-streams',
    limits: ['lambda.timeout.default'],
    fixable: false,
  },
  check(context) {
    const graph = invocationGraph(context.model, context.budget);
    for (const link of graph.links) {
      const fn = link.to;
      const event = link.event;
      if (link.kind !== 'stream' || fn.kind !== 'function' || !event) continue;
      const retries = knownOptions(event.maximumRetryAttempts);
      const ages = knownOptions(event.maximumRecordAgeSeconds);
      // -1 means "until the record expires" / "until retention": no finite product to compare.
      for (const age of ages) {
        if (age.value < 0) continue;
        for (const retry of retries) {
          if (retry.value < 0) continue;
          for (const timeout of functionTimeouts(fn)) {
            const needed = (retry.value + 1) * timeout.seconds;
            if (needed <= age.value) continue;
            context.report({
              at: age,
              entity: fn,
              message: `MaximumRecordAgeInSeconds ${formatNumber(age.value)} s ends the retries first: ${formatNumber(retry.value + 1)} attempts (MaximumRetryAttempts ${formatNumber(retry.value)} + 1) of function ${quote(fn.id)}, up to ${formatNumber(timeout.seconds)} s each, can take ${formatNumber(needed)} s. The record age binds, not the retry count.`,
              related: [{ span: retry.span, message: `MaximumRetryAttempts ${formatNumber(retry.value)}` }, ...relatedPlaces(chainsWith(graph, link), context.model, age.span)],
            });
          }
        }
      }
    }
  },
};
