/**
 * What each element of a chain waits for or may run, with the tools' defaults from data: how long API
 * Gateway waits, how long a function may run, a queue's visibility timeout, a task's timeout, a workflow's
 * maximum duration. Unknown values give undefined: no finding, and the chain line leaves the number out.
 */
import { toolDefault } from '../data/tool-defaults';
import { limit, type LimitId } from '../limits';
import { knownOptions, knownValue, type EventKind, type EventSource, type KnownValue, type LambdaFunction, type Queue, type ServerlessModel, type StateMachine } from '../model';
import type { InvocationLink } from './invocation-graph';

export interface ApiWait {
  /** How long API Gateway waits for the integration, ms. */
  readonly ms: number;
  /** `REST`, `HTTP`, `WebSocket`. */
  readonly protocol: string;
  readonly limit: LimitId;
  /** True when the integration sets its own timeout (not the limit's value). */
  readonly custom: boolean;
  /** REST endpoint type when the file says it (`EDGE`, `REGIONAL`, `PRIVATE`). */
  readonly endpointType?: string;
}

const API_LIMITS: Partial<Record<EventKind, { limit: LimitId; protocol: string; raisable: boolean }>> = {
  'rest-api': { limit: 'apigw.rest.integrationTimeout', protocol: 'REST', raisable: true },
  'http-api': { limit: 'apigw.http.integrationTimeout', protocol: 'HTTP', raisable: false },
  websocket: { limit: 'apigw.websocket.integrationTimeout', protocol: 'WebSocket', raisable: false },
};

/**
 * How long API Gateway waits for this event's integration; undefined when the client does not wait
 * (asynchronous invocation, response streaming) or the file doesn't say. A REST integration timeout above
 * 29 s is allowed (Regional and private APIs raise it by a quota request), except on an edge-optimized API.
 */
export function apiWait(event: EventSource, model: ServerlessModel): ApiWait | undefined {
  const kind = API_LIMITS[event.kind];
  if (!kind || event.asynchronous || event.streaming) return undefined;
  const endpointType = event.kind === 'rest-api' && event.targetId ? knownValue(model.apis.find((a) => a.id === event.targetId && a.protocol === 'REST')?.endpointType) : undefined;
  const max = limit(kind.limit).value;
  if (!event.integrationTimeoutMs) return { ms: max, protocol: kind.protocol, limit: kind.limit, custom: false, endpointType };
  const set = knownOptions(event.integrationTimeoutMs);
  if (set.length !== 1 || event.integrationTimeoutMs.known !== true) return undefined;
  const ms = kind.raisable && endpointType !== 'EDGE' ? set[0].value : Math.min(set[0].value, max);
  return { ms, protocol: kind.protocol, limit: kind.limit, custom: ms !== max, endpointType };
}

export interface FunctionTimeout {
  readonly seconds: number;
  /** The written value (or the reader's tool default); undefined when Lambda's own default applies. */
  readonly value?: KnownValue<number>;
  /** Whose default it is when the file sets none. */
  readonly defaultOf?: string;
}

/** Each possible timeout of the function, seconds; Lambda's default when the file sets none; [] when unknown. */
export function functionTimeouts(fn: LambdaFunction): FunctionTimeout[] {
  if (fn.timeout) return knownOptions(fn.timeout).map((t) => ({ seconds: t.value, value: t, defaultOf: t.toolDefault }));
  const lambda = toolDefault('lambda.timeout');
  return [{ seconds: lambda.value as number, defaultOf: lambda.provenance }];
}

/** The longest the function may run, for the chain line; undefined when unknown. */
export function longestTimeout(fn: LambdaFunction): number | undefined {
  const all = functionTimeouts(fn).map((t) => t.seconds);
  return all.length ? Math.max(...all) : undefined;
}

export interface Visibility {
  readonly seconds: number;
  readonly value?: KnownValue<number>;
}

/** Each possible visibility timeout of the queue; SQS's default when unset. */
export function visibilities(queue: Queue): Visibility[] {
  if (queue.visibilityTimeout) return knownOptions(queue.visibilityTimeout).map((v) => ({ seconds: v.value, value: v }));
  return [{ seconds: limit('sqs.visibilityTimeout.default').value }];
}

/** The batching window of an SQS event, seconds (0 when unset, as Lambda's default). */
export function batchingWindow(event: EventSource | undefined): number | undefined {
  if (!event?.batchingWindowSeconds) return 0;
  const set = knownOptions(event.batchingWindowSeconds);
  return set.length === 1 && event.batchingWindowSeconds.known === true ? set[0].value : undefined;
}

/** `EXPRESS` or `STANDARD` (the default) when known. */
export function workflowType(machine: StateMachine): string | undefined {
  if (!machine.type) return 'STANDARD';
  const v = knownValue(machine.type);
  return v === undefined ? undefined : v.toUpperCase();
}

/** The link's target function, when it is one. */
export function targetFunction(link: InvocationLink): LambdaFunction | undefined {
  return link.to.kind === 'function' ? link.to : undefined;
}
