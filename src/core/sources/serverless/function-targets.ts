/**
 * What a serverless.yml function sends to, for the invocation graph: the queues, state machines and
 * functions of `resources:` its environment (its own and the provider's) or its `destinations` reference
 * (`QUEUE_URL: !Ref OrdersQueue`, `${self:…}` values the resolver leaves as intrinsics). Anything else
 * (an ARN from another stack, an `${ssm:…}`) ends the chain.
 */
import type { LambdaFunction, ServerlessModel } from '../../model';
import { mentionedIds } from '../cloudformation/values';
import { childOf, type Located } from './resolve-variables';

export function linkServerlessTargets(functions: ReadonlyArray<{ fn: LambdaFunction; body: Located }>, provider: Located | undefined, model: ServerlessModel): void {
  const targets = new Set<string>([...model.queues, ...model.stateMachines, ...model.functions].map((e) => e.id));
  const inherited = provider ? mentionedIds(childOf(provider, 'environment')?.node) : new Set<string>();
  for (const { fn, body } of functions) {
    const ids = new Set<string>(inherited);
    mentionedIds(childOf(body, 'environment')?.node, ids);
    mentionedIds(childOf(body, 'destinations')?.node, ids);
    const sendsTo = [...ids].filter((id) => id !== fn.id && targets.has(id));
    if (sendsTo.length) (fn as { sendsTo?: readonly string[] }).sendsTo = sendsTo;
  }
}
