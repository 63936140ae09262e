/** Shared by the SQS rules: each queue with the functions consuming it, timeouts with AWS defaults applied. */
import { toolDefault } from '../data/tool-defaults';
import { limit } from '../limits';
import { knownOptions, type KnownValue, type LambdaFunction, type Queue, type ServerlessModel } from '../model';
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
  /** Where to report: the VisibilityTimeout value, else the queue's declaration. */
  readonly at: KnownValue<number> | { readonly span: Span };
}

/** Every (queue, consuming function) pair with known timeouts; unknown values yield no pair. */
export function queueConsumers(model: ServerlessModel): QueueConsumer[] {
  const pairs: QueueConsumer[] = [];
  const lambdaDefault = toolDefault('lambda.timeout');
  const defaultVisibility = limit('sqs.visibilityTimeout.default').value;
  // Index consumers by queue id once: a template with thousands of queues and functions stays linear.
  const consumersByQueue = new Map<string, LambdaFunction[]>();
  for (const fn of model.functions) {
    for (const event of fn.events) {
      if (event.kind !== 'sqs' || !event.targetId) continue;
      const list = consumersByQueue.get(event.targetId) ?? [];
      if (!list.includes(fn)) list.push(fn);
      consumersByQueue.set(event.targetId, list);
    }
  }
  for (const queue of model.queues) {
    const visibilities = queue.visibilityTimeout ? knownOptions(queue.visibilityTimeout) : [undefined];
    for (const fn of consumersByQueue.get(queue.id) ?? []) {
      // A reader that knows the tool's default puts it into the model (marked toolDefault); else Lambda's applies.
      const timeouts = fn.timeout ? knownOptions(fn.timeout).map((t) => ({ value: t.value, toolDefault: t.toolDefault })) : [{ value: lambdaDefault.value as number, toolDefault: lambdaDefault.provenance }];
      for (const { value: timeout, toolDefault: timeoutDefault } of timeouts) {
        for (const visibility of visibilities) {
          pairs.push({
            queue,
            fn,
            timeout,
            timeoutDefault,
            visibility: visibility?.value ?? defaultVisibility,
            visibilityValue: visibility,
            at: visibility ?? { span: queue.span },
          });
        }
      }
    }
  }
  return pairs;
}

/** "VisibilityTimeout 30 s" or "the default visibility timeout of 30 s". */
export function describeVisibility(pair: QueueConsumer): string {
  return pair.visibilityValue ? `VisibilityTimeout ${pair.visibility} s` : `The default visibility timeout of ${pair.visibility} s`;
}

/** "function Worker's timeout of 60 s", or "function Worker's timeout of 6 s (not set: the Serverless Framework's default)". */
export function describeTimeout(pair: QueueConsumer): string {
  return `function ${quote(pair.fn.id)}'s timeout of ${pair.timeout} s${pair.timeoutDefault ? ` (not set: ${pair.timeoutDefault})` : ''}`;
}
