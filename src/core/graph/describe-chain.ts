/**
 * Chains in words: the one-line chain a hover leads with ("client 29 s (REST) → OrdersFn 60 s →
 * OrdersQueue visibility 360 s = 6 ×") and the related locations a path finding carries, one per resource
 * of its chains.
 */
import { formatNumber, limit } from '../limits';
import { knownValue, type Entity, type ServerlessModel } from '../model';
import type { Span } from '../text/line-index';
import { quote } from '../text/quote';
import type { Chain, InvocationLink } from './invocation-graph';
import { apiWait, batchingWindow, longestTimeout, visibilities, workflowType } from './link-facts';

const ARROW = ' → ';
/** Longest chain line; a longer one is cut with an ellipsis (a hover line, not a report). */
const MAX_LINE = 400;

/** An id as a chain line shows it: one line, short (ids come from the file). */
function name(entity: Entity): string {
  return quote(entity.id, 40);
}

function seconds(n: number): string {
  return `${formatNumber(n)} s`;
}

/** "client 29 s (REST)", "client (REST, streamed)", "client (asynchronous)". */
function clientWords(link: InvocationLink, model: ServerlessModel): string {
  const event = link.event;
  if (!event) return 'client';
  const protocol = event.kind === 'rest-api' ? 'REST' : event.kind === 'http-api' ? 'HTTP' : 'WebSocket';
  if (event.asynchronous) return `client (${protocol}, asynchronous)`;
  if (event.streaming) return `client (${protocol}, streamed)`;
  const wait = apiWait(event, model);
  return wait ? `client ${seconds(wait.ms / 1000)} (${protocol}${wait.custom ? ', integration timeout' : ''})` : `client (${protocol})`;
}

/** How the element that starts or continues a chain reads. `next` is the link that leaves it. */
function entityWords(entity: Entity, next: InvocationLink | undefined): string {
  switch (entity.kind) {
    case 'function': {
      const t = longestTimeout(entity);
      return t === undefined ? name(entity) : `${name(entity)} ${seconds(t)}`;
    }
    case 'queue': {
      const v = visibilities(entity);
      if (v.length !== 1) return name(entity);
      const consumer = next?.to.kind === 'function' ? longestTimeout(next.to) : undefined;
      // The ratio to the consumer's timeout, as AWS states its recommendation (6 ×); the binding words add the window.
      const ratio = consumer ? v[0].seconds / consumer : undefined;
      const ratioWords = ratio !== undefined && Number.isFinite(ratio) ? ` = ${formatNumber(Math.round(ratio * 10) / 10)} ×` : '';
      return `${name(entity)} visibility ${seconds(v[0].seconds)}${ratioWords}`;
    }
    case 'state-machine': {
      const type = workflowType(entity);
      const express = type === 'EXPRESS' ? ` (Express ≤ ${seconds(limit('stepfunctions.express.maxDuration').value)})` : type ? ` (${type.toLowerCase()})` : '';
      const task = next?.task;
      const timeout = task ? knownValue(task.timeoutSeconds) : undefined;
      return `${name(entity)}${express}${task ? ` task ${quote(task.state)}${timeout !== undefined ? ` ${seconds(timeout)}` : ''}` : ''}`;
    }
    case 'table':
      return `${name(entity)} stream`;
    default:
      return name(entity);
  }
}

/** The chain in one line, e.g. "client 29 s (REST) → OrdersFn 60 s → OrdersQueue visibility 360 s = 6 × → WorkerFn 60 s". */
export function chainLine(chain: Chain, model: ServerlessModel): string {
  const parts: string[] = [];
  const first = chain[0];
  if (first.kind === 'api') parts.push(first.from ? `${clientWords(first, model)} via ${name(first.from)}` : clientWords(first, model));
  else if (first.from) parts.push(entityWords(first.from, first));
  chain.forEach((link, i) => parts.push(entityWords(link.to, chain[i + 1])));
  const line = parts.join(ARROW);
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}

export interface RelatedPlace {
  readonly span: Span;
  readonly message: string;
}

/** What one resource contributes to a chain, where it says so. */
function placeOf(entity: Entity, link: InvocationLink | undefined, model: ServerlessModel): RelatedPlace {
  switch (entity.kind) {
    case 'function': {
      const t = longestTimeout(entity);
      const at = entity.timeout && entity.timeout.known === true && !entity.timeout.toolDefault ? entity.timeout.span : entity.span;
      return { span: at, message: `Function ${quote(entity.id)}${t === undefined ? '' : ` may run ${seconds(t)}`}` };
    }
    case 'queue': {
      const v = visibilities(entity);
      const at = entity.visibilityTimeout?.known === true ? entity.visibilityTimeout.span : entity.span;
      return { span: at, message: `Queue ${quote(entity.id)}${v.length === 1 ? `: visibility timeout ${seconds(v[0].seconds)}` : ''}` };
    }
    case 'state-machine': {
      const type = workflowType(entity);
      return { span: entity.span, message: `State machine ${quote(entity.id)}${type ? ` (${type === 'EXPRESS' ? `Express, at most ${seconds(limit('stepfunctions.express.maxDuration').value)}` : type.toLowerCase()})` : ''}` };
    }
    case 'api': {
      const wait = link?.event ? apiWait(link.event, model) : undefined;
      return { span: entity.span, message: `API ${quote(entity.id)}${wait ? `: the client waits ${seconds(wait.ms / 1000)} (${wait.protocol})` : ''}` };
    }
    default:
      return { span: entity.span, message: `${quote(entity.id)}` };
  }
}

/** Most related locations on one finding. */
const MAX_RELATED = 24;

/**
 * Every resource of the given chains, once, with what it contributes: the related locations of a path
 * finding. The finding's own span is left out. Tasks and implicit APIs are places of their own.
 */
export function relatedPlaces(chains: readonly Chain[], model: ServerlessModel, own: Span): RelatedPlace[] {
  const places: RelatedPlace[] = [];
  const seen = new Set<string>();
  const add = (place: RelatedPlace) => {
    const key = `${place.span.start}:${place.span.end}`;
    if (seen.has(key) || (place.span.start === own.start && place.span.end === own.end) || places.length >= MAX_RELATED) return;
    seen.add(key);
    places.push(place);
  };
  for (const chain of chains) {
    for (const link of chain) {
      if (link.from) add(placeOf(link.from, link, model));
      else if (link.kind === 'api') add({ span: link.span, message: `API event: ${clientWords(link, model)}` });
      if (link.task) {
        const t = knownValue(link.task.timeoutSeconds);
        add({ span: link.task.timeoutSeconds?.known === true ? link.task.timeoutSeconds.span : link.task.span, message: `Task ${quote(link.task.state)}${t === undefined ? '' : `: TimeoutSeconds ${seconds(t)}`}` });
      }
      add(placeOf(link.to, link, model));
    }
  }
  return places;
}

/**
 * The link of a chain that gives up first, in words ("client 29 s < OrdersFn 60 s", "OrdersQueue visibility
 * 100 s < 6 × 30 s", "task Charge 30 s < ChargeFn 60 s"); undefined when every wait covers what it waits for.
 */
export function bindingWords(chain: Chain, model: ServerlessModel): string | undefined {
  for (const link of chain) {
    const fn = link.to.kind === 'function' ? link.to : undefined;
    const runs = fn ? longestTimeout(fn) : undefined;
    if (!fn || runs === undefined) continue;
    if (link.kind === 'api' && link.event) {
      const wait = apiWait(link.event, model);
      if (wait && wait.ms / 1000 < runs) return `client ${seconds(wait.ms / 1000)} < ${name(fn)} ${seconds(runs)}`;
    } else if (link.kind === 'queue' && link.from?.kind === 'queue') {
      const v = visibilities(link.from);
      const window = batchingWindow(link.event);
      const factor = limit('sqs.visibilityTimeout.recommendedFactor').value;
      if (v.length === 1 && window !== undefined && v[0].seconds < factor * runs + window) {
        return `${name(link.from)} visibility ${seconds(v[0].seconds)} < ${factor} × ${seconds(runs)}${window ? ` + ${seconds(window)}` : ''}`;
      }
    } else if (link.kind === 'task' && link.task && link.from?.kind === 'state-machine') {
      const taskTimeout = knownValue(link.task.timeoutSeconds);
      const express = workflowType(link.from) === 'EXPRESS' ? limit('stepfunctions.express.maxDuration').value : undefined;
      const waits = Math.min(taskTimeout ?? Number.POSITIVE_INFINITY, express ?? Number.POSITIVE_INFINITY);
      if (waits < runs) return `${waits === taskTimeout ? `task ${quote(link.task.state)}` : `Express ${name(link.from)}`} ${seconds(waits)} < ${name(fn)} ${seconds(runs)}`;
    }
  }
  return undefined;
}
