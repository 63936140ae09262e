import { chainsWith, invocationGraph } from '../graph/invocation-graph';
import { relatedPlaces } from '../graph/describe-chain';
import { apiWait } from '../graph/link-facts';
import { formatNumber, limit, type LimitId } from '../limits';
import { knownOptions, type EventKind } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';

interface ApiKind {
  readonly name: string;
  readonly limit: LimitId;
  /** Whether a set integration timeout may exceed the limit (REST: Regional/private APIs by quota request). */
  readonly raisable: boolean;
  readonly consequence: string;
}

const API_KINDS: Partial<Record<EventKind, ApiKind>> = {
  'rest-api': {
    name: 'a REST API',
    limit: 'apigw.rest.integrationTimeout',
    raisable: true,
    consequence: 'the client gets a 504 while the function keeps running',
  },
  'http-api': {
    name: 'an HTTP API',
    limit: 'apigw.http.integrationTimeout',
    raisable: false,
    consequence: 'the function keeps running but the client gets a 503 Service Unavailable; 30 s is the hard maximum for HTTP APIs',
  },
  websocket: {
    name: 'a WebSocket API',
    limit: 'apigw.websocket.integrationTimeout',
    raisable: false,
    consequence: 'the integration stops waiting while the function keeps running; 29 s is the hard maximum for WebSocket APIs',
  },
};

/** What a REST API user can do, by endpoint type: the 29 s is a default quota except on edge-optimized APIs. */
function restAdvice(endpointType: string | undefined): string {
  if (endpointType === 'REGIONAL' || endpointType === 'PRIVATE') {
    return `Lower Timeout, or raise the integration timeout (TimeoutInMillis) above 29 s: a ${endpointType === 'REGIONAL' ? 'Regional' : 'private'} API can, by a quota request (it may lower the account's throttle quota)`;
  }
  if (endpointType === 'EDGE') return 'Lower Timeout: an edge-optimized API stays at 29 s (Regional and private APIs can raise their integration timeout by a quota request)';
  return 'Lower Timeout, or raise the integration timeout (TimeoutInMillis): Regional and private APIs can go above 29 s by a quota request; edge-optimized APIs stay at 29 s';
}

/**
 * A function behind API Gateway whose timeout is longer than API Gateway waits: the client gets an error
 * while the function keeps running (and is billed). Asynchronous invocations and streamed responses skip it.
 */
export const apigwLambdaTimeout: Rule = {
  meta: {
    id: 'apigw-lambda-timeout',
    title: 'Lambda timeout longer than API Gateway waits',
    description: 'A function behind a REST API (29 s by default; Regional and private APIs can raise it by a quota request, edge-optimized ones stay at 29 s), an HTTP API (30 s, hard) or a WebSocket API (29 s) has a longer timeout: the client gets an error while the function keeps running. A warning, never an error: the REST quota can be raised.',
    severity: 'warning',
    topic: 'api-gateway-lambda-timeouts',
    limits: ['apigw.rest.integrationTimeout', 'apigw.http.integrationTimeout', 'apigw.websocket.integrationTimeout'],
    fixable: true,
  },
  check(context) {
    // A case of the chain rules: the API link of every chain, reported once, with the chains' other resources.
    const graph = invocationGraph(context.model, context.budget);
    for (const link of graph.links) {
      const fn = link.to;
      const event = link.event;
      if (link.kind !== 'api' || fn.kind !== 'function' || !event) continue;
      const kind = API_KINDS[event.kind];
      const wait = apiWait(event, context.model);
      if (!kind || !wait) continue;
      const endpointType = wait.endpointType;
      const waitMs = wait.ms;
      {
        for (const timeout of knownOptions(fn.timeout)) {
          if (timeout.value * 1000 <= waitMs) continue;
          const waitSeconds = Math.floor(waitMs / 1000);
          const custom = waitMs !== limit(kind.limit).value ? ` (its integration timeout is ${formatNumber(waitMs)} ms)` : '';
          const advice = event.kind === 'rest-api' ? `. ${restAdvice(endpointType)}` : '';
          context.report({
            at: timeout,
            entity: fn,
            message: `Timeout ${formatNumber(timeout.value)} s is longer than ${kind.name} waits${custom}: after ${formatNumber(waitMs / 1000)} s ${kind.consequence}${advice}.`,
            fix: waitSeconds >= 1 ? replaceFix(timeout, waitSeconds, `Set Timeout to ${waitSeconds}`) : undefined,
            related: relatedPlaces(chainsWith(graph, link), context.model, timeout.span),
          });
        }
      }
    }
  },
};
