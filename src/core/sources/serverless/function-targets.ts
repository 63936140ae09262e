/**
 * What a serverless.yml function sends to, for the invocation graph: the queues, state machines and
 * functions of `resources:` its environment (its own and the provider's) or its `destinations` reference
 * (`QUEUE_URL: !Ref OrdersQueue`, `${self:…}` values the resolver leaves as intrinsics). Anything else
 * (an ARN from another stack, an `${ssm:…}`) ends the chain.
 */
import type { LambdaFunction, ServerlessModel } from '../../model';
import { referencedIds } from '../cloudformation/referenced-ids';
import { get, isMap, isScalar } from '../tree';
import { childOf, type Located } from './resolve-variables';

export function linkServerlessTargets(functions: ReadonlyArray<{ fn: LambdaFunction; body: Located }>, provider: Located | undefined, model: ServerlessModel): void {
  const targets = new Set<string>([...model.queues, ...model.stateMachines, ...model.functions].map((e) => e.id));
  const inherited = provider ? referencedIds(childOf(provider, 'environment')?.node) : new Set<string>();
  for (const { fn, body } of functions) {
    const ids = new Set<string>(inherited);
    referencedIds(childOf(body, 'environment')?.node, ids);
    referencedIds(childOf(body, 'destinations')?.node, ids);
    const sendsTo = [...ids].filter((id) => id !== fn.id && targets.has(id));
    if (sendsTo.length) (fn as { sendsTo?: readonly string[] }).sendsTo = sendsTo;
  }
}

/**
 * The Framework's logging and tracing settings, for the best-practices rules: `logRetentionInDays`
 * (function or provider; without it the log group never expires) and `tracing` (function `tracing: Active`
 * or `provider.tracing.lambda: true`; default off).
 */
export function readServerlessPractices(functions: ReadonlyArray<{ fn: LambdaFunction; body: Located }>, provider: Located | undefined): void {
  const providerRetention = provider ? childOf(provider, 'logRetentionInDays') : undefined;
  const providerTracing = provider ? childOf(provider, 'tracing') : undefined;
  const providerLambdaTracing = providerTracing && isMap(providerTracing.node) ? get(providerTracing.node, 'lambda') : undefined;
  for (const { fn, body } of functions) {
    const retention = childOf(body, 'logRetentionInDays') ?? providerRetention;
    // A value from a variable we could not resolve still means "set": retention is on.
    (fn as { logRetention?: boolean }).logRetention = retention !== undefined;
    const own = childOf(body, 'tracing')?.node;
    const setting = own ?? providerLambdaTracing;
    const active = isScalar(setting) && (setting.value === true || setting.value === 'Active' || setting.value === 'true');
    const passThrough = isScalar(setting) && (setting.value === 'PassThrough' || setting.value === false);
    const known = active || passThrough || setting === undefined;
    (fn as { tracing?: LambdaFunction['tracing'] }).tracing = known
      ? { known: true, value: active ? 'Active' : 'PassThrough', span: setting?.span ?? fn.span, ...(setting ? {} : { toolDefault: "the Serverless Framework's default" }) }
      : { known: false, reason: 'tracing set by a variable', span: setting?.span };
  }
}
