/** Shared by the SQS rules: each queue with the functions consuming it, timeouts with AWS defaults applied. */
import type { WorkBudget } from '../budget';
import { invocationGraph, type InvocationLink } from '../graph/invocation-graph';
import { batchingWindow, functionTimeouts, visibilities } from '../graph/link-facts';
import { limit } from '../limits';
import type { KnownValue, LambdaFunction, Queue, ServerlessModel } from '../model';
import type { Span } from '../text/line-index';
import { quote } from '../text/quote';

export interface QueueConsumer {
  readonly queue: Queue;
  readonly fn: LambdaFunction;
  /** The function timeout in seconds (Lambda's default when unset). */
  readonly timeout: number;
  /** Whose default the timeout is when the file sets none ("Lambda's default", "the Serverless Framework's default"). */
  readonly timeoutDefault?: string;
  /** The visibility timeout in seconds (SQS's default when unset). */
  readonly visibility: number;
  /** The written value, or undefined when the queue relies on the default (report on the queue then). */
  readonly visibilityValue?: KnownValue<number>;
  /** The queue link of the invocation graph. */
  readonly link: InvocationLink;
  /** `MaximumBatchingWindowInSeconds` of the event source mapping (0 when unset). */
  readonly window: number;
  /** Where to report: the VisibilityTimeout value, else the queue's declaration. */
  readonly at: KnownValue<number> | { readonly span: Span };
}

/**
 * Every (queue, consuming function) pair with known timeouts, from the invocation graph's queue links;
 * unknown values yield no pair. Each pair keeps its link (for the chain's related locations).
 */
export function queueConsumers(model: ServerlessModel, budget?: WorkBudget): QueueConsumer[] {
  const pairs: QueueConsumer[] = [];
  const seen = new Set<string>();
  for (const link of invocationGraph(model, budget).links) {
    const queue = link.from;
    const fn = link.to;
    if (link.kind !== 'queue' || queue?.kind !== 'queue' || fn.kind !== 'function') continue;
    // One function subscribed twice to the same queue is one consumer.
    const key = `${queue.id}\u0000${fn.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const window = batchingWindow(link.event);
    if (window === undefined) continue;
    for (const timeout of functionTimeouts(fn)) {
      for (const visibility of visibilities(queue)) {
        pairs.push({
          queue,
          fn,
          link,
          timeout: timeout.seconds,
          timeoutDefault: timeout.defaultOf,
          window,
          visibility: visibility.seconds,
          visibilityValue: visibility.value,
          at: visibility.value ?? { span: queue.span },
        });
      }
    }
  }
  return pairs;
}

/** What AWS recommends: 6 × the function timeout plus the batching window. */
export function recommendedVisibility(pair: QueueConsumer): number {
  return pair.timeout * limit('sqs.visibilityTimeout.recommendedFactor').value + pair.window;
}

/**
 * "370 s: 6× function W's timeout of 60 s plus the batching window of 10 s" (`short`: "6× the function
 * timeout") — the recommendation in words, one parenthesis at most.
 */
export function describeRecommendation(pair: QueueConsumer, short = false): string {
  const factor = limit('sqs.visibilityTimeout.recommendedFactor').value;
  const timeout = short ? 'the function timeout' : describeTimeout(pair);
  return `${recommendedVisibility(pair)} s: ${factor}× ${timeout}${pair.window ? ` plus the batching window of ${pair.window} s` : ''}`;
}

/** "VisibilityTimeout 30 s" or "the default visibility timeout of 30 s". */
export function describeVisibility(pair: QueueConsumer): string {
  return pair.visibilityValue ? `VisibilityTimeout ${pair.visibility} s` : `The default visibility timeout of ${pair.visibility} s`;
}

/** "function Worker's timeout of 60 s", or "function Worker's timeout of 6 s (not set: the Serverless Framework's default)". */
export function describeTimeout(pair: QueueConsumer): string {
  return `function ${quote(pair.fn.id)}'s timeout of ${pair.timeout} s${pair.timeoutDefault ? ` (not set: ${pair.timeoutDefault})` : ''}`;
}
