/**
 * The limit that binds first for THIS resource: a function behind a REST API stops being useful after 29 s, not
 * 900 s; a viewer-event Lambda@Edge function after 5 s; a queue consumer when its queue's visibility timeout
 * runs out. Hover line 1 states the value against it ("45 s: API Gateway (REST) stops waiting at 29 s; Lambda
 * allows 900 s"). Every number comes from the limits table.
 */
import { maxMemoryMB, maxTimeoutSeconds } from '../lambda/function-limits';
import { formatNumber, humanSeconds, limit, type LimitId } from '../limits';
import { knownOptions, type KnownValue, type LambdaFunction, type Queue, type ServerlessModel } from '../model';
import { edgeEventTypes } from '../rules/edge-events';
import { queueConsumers } from '../rules/sqs-consumers';
import { mdCode } from '../text/markdown';

/** A bound on a value, with who sets it ("API Gateway (REST) stops waiting at"). */
interface Bound {
  readonly value: number;
  /** Markdown: who stops, ending before the number. */
  readonly who: string;
}

const API_WAITS: Partial<Record<string, { name: string; limit: LimitId; raisable: boolean }>> = {
  'rest-api': { name: 'API Gateway (REST)', limit: 'apigw.rest.integrationTimeout', raisable: true },
  'http-api': { name: 'API Gateway (HTTP)', limit: 'apigw.http.integrationTimeout', raisable: false },
  websocket: { name: 'API Gateway (WebSocket)', limit: 'apigw.websocket.integrationTimeout', raisable: false },
};

/** Bounds on a function's timeout other than Lambda's own maximum, in seconds. */
function timeoutBounds(fn: LambdaFunction, model: ServerlessModel): Bound[] {
  const bounds: Bound[] = [];
  for (const event of fn.events) {
    const api = API_WAITS[event.kind];
    if (!api || event.asynchronous || event.streaming) continue;
    const max = limit(api.limit).value;
    const set = event.integrationTimeoutMs?.known === true ? event.integrationTimeoutMs.value : event.integrationTimeoutMs ? undefined : max;
    if (set === undefined) continue;
    const ms = api.raisable ? set : Math.min(set, max);
    bounds.push({ value: ms / 1000, who: `${api.name} stops waiting at` });
  }
  if (fn.edge) {
    if (edgeEventTypes(fn, 'viewer').length) bounds.push({ value: limit('edge.viewer.timeout').value, who: 'Lambda@Edge viewer events stop at' });
    else if (edgeEventTypes(fn, 'origin').length) bounds.push({ value: limit('edge.origin.timeout').value, who: 'Lambda@Edge origin events stop at' });
  }
  for (const pair of queueConsumers(model)) {
    if (pair.fn !== fn) continue;
    bounds.push({ value: pair.visibility, who: `queue ${mdCode(pair.queue.id)} hides a message only for` });
  }
  return bounds;
}

function tightest(bounds: readonly Bound[]): Bound | undefined {
  let best: Bound | undefined;
  for (const b of bounds) if (!best || b.value < best.value) best = b;
  return best;
}

const seconds = (s: number) => `${formatNumber(s)} s${s >= 60 ? ` (${humanSeconds(s)})` : ''}`;

/** "`Duration.minutes(20)` = 1,200 s" or "1,200 s"; the tool default named when the file sets none. */
function shownValue(v: KnownValue<number>, unit: string): string {
  const written = v.text ? `${mdCode(v.text)} = ` : '';
  const byDefault = v.toolDefault ? ` (not set: ${v.toolDefault})` : '';
  return `${written}${formatNumber(v.value)} ${unit}${byDefault}`;
}

/** Line 1 for a function's timeout: the value against the tightest limit that applies to it. */
export function timeoutHeadline(fn: LambdaFunction, model: ServerlessModel): string[] {
  const max = maxTimeoutSeconds(fn);
  const values = knownOptions(fn.timeout);
  if (!values.length) return fn.timeout ? [] : [`No Timeout set: Lambda's default is **${limit('lambda.timeout.default').value} s**; Lambda allows ${seconds(max)}.`];
  const bound = tightest(timeoutBounds(fn, model));
  return values.map((v) => {
    const shown = shownValue(v, 's');
    const human = !v.text && v.value >= 60 ? ` = ${humanSeconds(v.value)}` : '';
    if (bound && bound.value < max) {
      const over = v.value > bound.value;
      return `${over ? '**' : ''}${shown}${human}${over ? '**' : ''}: ${bound.who} ${seconds(bound.value)}; Lambda allows ${seconds(max)}.`;
    }
    return v.value > max
      ? `**${shown}${human}**: above Lambda's maximum; Lambda stops at ${formatNumber(max)} s (${humanSeconds(max)}).`
      : `${shown}${human}: ${Math.round((v.value / max) * 100)}% of Lambda's ${formatNumber(max)} s (${humanSeconds(max)}) maximum.`;
  });
}

/** Line 1 for memory: Lambda@Edge viewer events allow 128 MB, everything else Lambda's range. */
export function memoryHeadline(fn: LambdaFunction): string[] {
  const min = limit('lambda.memory.min').value;
  const max = maxMemoryMB(fn);
  const vcpu = limit('lambda.memory.perVcpu').value;
  const edge = fn.edge && edgeEventTypes(fn, 'viewer').length ? limit('edge.viewer.memory').value : undefined;
  return knownOptions(fn.memorySize).map((v) => {
    const shown = shownValue(v, 'MB');
    if (edge !== undefined) return `${v.value > edge ? `**MemorySize ${shown}**` : `MemorySize ${shown}`}: Lambda@Edge viewer events allow ${formatNumber(edge)} MB; Lambda allows ${min}–${formatNumber(max)} MB.`;
    return v.value > max || v.value < min
      ? `**MemorySize ${shown}** is outside Lambda's ${min}–${formatNumber(max)} MB.`
      : `MemorySize ${shown} of ${min}–${formatNumber(max)} MB; CPU scales with memory: about ${(v.value / vcpu).toFixed(2)} vCPU (${formatNumber(vcpu)} MB = 1 vCPU).`;
  });
}

/** Line 1 for /tmp: SnapStart and Lambda@Edge allow 512 MB, Lambda 512–10,240 MB. */
export function ephemeralStorageHeadline(fn: LambdaFunction): string[] {
  const min = limit('lambda.ephemeralStorage.min').value;
  const max = limit('lambda.ephemeralStorage.max').value;
  const bounds: Bound[] = [];
  if (knownOptions(fn.snapStart).some((s) => s.value === 'PublishedVersions')) bounds.push({ value: limit('lambda.snapStart.maxEphemeralStorage').value, who: 'SnapStart works only up to' });
  if (fn.edge) bounds.push({ value: limit('edge.ephemeralStorage.max').value, who: 'Lambda@Edge allows' });
  const bound = tightest(bounds);
  const values = knownOptions(fn.ephemeralStorage);
  if (!values.length) return fn.ephemeralStorage ? [] : [`/tmp defaults to **${min} MB**; Lambda allows up to ${formatNumber(max)} MB.`];
  return values.map((v) => {
    const over = v.value > (bound?.value ?? max) || v.value < min;
    const shown = over ? `**/tmp ${formatNumber(v.value)} MB**` : `/tmp ${formatNumber(v.value)} MB`;
    return bound ? `${shown}: ${bound.who} ${formatNumber(bound.value)} MB; Lambda allows ${min}–${formatNumber(max)} MB.` : `${shown} of ${min}–${formatNumber(max)} MB${over ? ' — outside the limits' : ''}.`;
  });
}

/** Line 1 for a queue's visibility timeout: against each consumer's timeout ("VisibilityTimeout 30 s < 6 × 60 s"). */
export function visibilityHeadline(queue: Queue, model: ServerlessModel): string[] {
  const factor = limit('sqs.visibilityTimeout.recommendedFactor').value;
  const lines: string[] = [];
  for (const pair of queueConsumers(model)) {
    if (pair.queue !== queue) continue;
    const name = pair.visibilityValue ? `VisibilityTimeout ${formatNumber(pair.visibility)} s` : `VisibilityTimeout (default) ${formatNumber(pair.visibility)} s`;
    const recommended = pair.timeout * factor;
    const by = `${mdCode(pair.fn.id)}'s timeout${pair.timeoutDefault ? `, not set: ${pair.timeoutDefault}` : ''}`;
    if (pair.visibility < pair.timeout) lines.push(`**${name} < ${formatNumber(pair.timeout)} s** (${by}): Lambda rejects the event source mapping; AWS recommends ≥ ${factor} × ${formatNumber(pair.timeout)} s = ${formatNumber(recommended)} s.`);
    else if (pair.visibility < recommended) lines.push(`**${name} < ${factor} × ${formatNumber(pair.timeout)} s** (${by}): AWS recommends ≥ ${formatNumber(recommended)} s.`);
    else lines.push(`${name} ≥ ${factor} × ${formatNumber(pair.timeout)} s (${by}), as AWS recommends.`);
  }
  if (lines.length) return lines;
  const values = knownOptions(queue.visibilityTimeout);
  const max = limit('sqs.visibilityTimeout.max').value * 3600;
  if (values.length) return values.map((v) => `${v.value > max ? '**' : ''}VisibilityTimeout ${formatNumber(v.value)} s${v.value > max ? '**' : ''} of SQS's maximum ${formatNumber(max)} s (${humanSeconds(max)}); no consumer in this file to compare with (AWS recommends ≥ ${factor} × the function timeout).`);
  return queue.visibilityTimeout ? [] : [`VisibilityTimeout not set: SQS's default is ${limit('sqs.visibilityTimeout.default').value} s (AWS recommends ≥ ${factor} × the function timeout).`];
}
