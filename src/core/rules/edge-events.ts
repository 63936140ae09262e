/** Shared by the Lambda@Edge rules: a function's CloudFront associations and where they run. */
import { knownOptions, type EventSource, type LambdaFunction } from '../model';

/** The CloudFront (Lambda@Edge) associations of a function. */
export function edgeEvents(fn: LambdaFunction): EventSource[] {
  return fn.events.filter((e) => e.kind === 'cloudfront');
}

/** `the viewer-request association on distribution Cdn` — for messages. */
export function describeAssociation(fn: LambdaFunction): string {
  const events = edgeEvents(fn);
  const types = [...new Set(events.flatMap((e) => knownOptions(e.edgeEventType).map((t) => t.value)))];
  const distributions = [...new Set(events.map((e) => e.distributionId).filter((d): d is string => !!d))];
  const on = distributions.length ? ` of distribution ${distributions.join(', ')}` : '';
  return types.length ? `${types.join('/')} association${on}` : `CloudFront association${on}`;
}

/** Known event types of a function's associations that are viewer (`viewer-*`) or origin (`origin-*`) events. */
export function edgeEventTypes(fn: LambdaFunction, side: 'viewer' | 'origin'): string[] {
  const types = edgeEvents(fn).flatMap((e) => knownOptions(e.edgeEventType).map((t) => t.value));
  return [...new Set(types.filter((t) => t.startsWith(`${side}-`)))];
}
