/**
 * "How close is this value to its limit" lines for hovers, keyed by facet so every format gets them.
 * Each returns markdown lines, or nothing when the value is unknown.
 */
import { environmentSize } from '../lambda/environment-size';
import { maxMemoryMB, maxTimeoutSeconds } from '../lambda/function-limits';
import { formatNumber, humanSeconds, limit } from '../limits';
import { knownOptions, type Entity, type LambdaFunction, type Queue, type ServerlessModel } from '../model';
import type { Facet } from '../sources/source';
import { DYNAMODB_BUDGETS } from '../rules/dynamodb-budgets';
import { STEPFUNCTIONS_BUDGETS } from '../rules/stepfunctions-budgets';
import { runtimeBudgetLines } from './runtime-budget';
import { mdCode } from '../text/markdown';

/** `today` dates lifecycle lines (runtime deprecation); injectable like the analysis's. */
export type BudgetLine = (entity: Entity, model: ServerlessModel, today: Date) => string[];

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

const asFunction = (entity: Entity): LambdaFunction | undefined => ((entity as LambdaFunction).kind === 'function' ? (entity as LambdaFunction) : undefined);

const BUDGETS: Partial<Record<Facet, BudgetLine>> = {
  'lambda.runtime': (entity, _model, today) => runtimeBudgetLines(entity, today),
  'lambda.timeout': (entity) => {
    const fn = asFunction(entity);
    if (!fn) return [];
    const max = maxTimeoutSeconds(fn);
    const values = knownOptions(fn.timeout);
    if (!values.length) return fn.timeout ? [] : [`No Timeout set: Lambda's default is **${limit('lambda.timeout.default').value} s**.`];
    return values.map(({ value, text, toolDefault }) => {
      const shown = text ? `${mdCode(text)} = ${formatNumber(value)} s` : `Timeout ${formatNumber(value)} s${toolDefault ? ` (not set: ${toolDefault})` : ''}`;
      const human = value >= 60 ? ` = ${humanSeconds(value)}` : '';
      return value > max
        ? `**${shown}${text ? '' : human}**: above Lambda's maximum; Lambda stops at ${formatNumber(max)} s (${humanSeconds(max)}).`
        : `${shown}${text ? '' : human}: ${percent(value, max)} of Lambda's ${formatNumber(max)} s (${humanSeconds(max)}) maximum.`;
    });
  },
  'lambda.memory': (entity) => {
    const fn = asFunction(entity);
    if (!fn) return [];
    const max = maxMemoryMB(fn);
    const vcpu = limit('lambda.memory.perVcpu').value;
    return knownOptions(fn.memorySize).map(({ value, toolDefault }) =>
      value > max || value < limit('lambda.memory.min').value
        ? `**MemorySize ${formatNumber(value)} MB** is outside Lambda's ${limit('lambda.memory.min').value}–${formatNumber(max)} MB.`
        : `MemorySize ${formatNumber(value)} MB${toolDefault ? ` (not set: ${toolDefault})` : ''} of ${limit('lambda.memory.min').value}–${formatNumber(max)} MB; CPU scales with memory: about ${(value / vcpu).toFixed(2)} vCPU (${formatNumber(vcpu)} MB = 1 vCPU).`,
    );
  },
  'lambda.ephemeralStorage': (entity) => {
    const fn = asFunction(entity);
    if (!fn) return [];
    const min = limit('lambda.ephemeralStorage.min').value;
    const max = limit('lambda.ephemeralStorage.max').value;
    const values = knownOptions(fn.ephemeralStorage);
    if (!values.length) return [`/tmp defaults to **${min} MB**.`];
    return values.map(({ value }) => `/tmp ${formatNumber(value)} MB of ${min}–${formatNumber(max)} MB${value > max || value < min ? ' — **outside the limits**' : ''}.`);
  },
  'lambda.environment': (entity) => {
    const fn = asFunction(entity);
    if (!fn?.environment) return [];
    const max = limit('lambda.environment.maxBytes').value;
    const size = environmentSize(fn.environment);
    const bytes = `${size.exact ? '' : 'at least '}${formatNumber(size.bytes)}`;
    const line = `Environment variables: **${bytes} of ${formatNumber(max)} bytes** (${percent(size.bytes, max)}; ${fn.environment.variables.length} variables, measured as Lambda does: compact JSON, UTF-8).`;
    return [size.bytes > max ? `${line} Over the limit.` : line];
  },
  'lambda.layers': (entity) => {
    const fn = asFunction(entity);
    if (!fn) return [];
    return knownOptions(fn.layers).map(({ value }) => `${value} of ${limit('lambda.layers.max').value} layers.`);
  },
  'lambda.reservedConcurrency': (entity) => {
    const fn = asFunction(entity);
    if (!fn) return [];
    const reservable = limit('lambda.concurrency.account').value - limit('lambda.concurrency.unreserved').value;
    return knownOptions(fn.reservedConcurrency).map(({ value }) => `Reserves ${formatNumber(value)} of the ${formatNumber(reservable)} a default account can reserve (the ${formatNumber(limit('lambda.concurrency.account').value)} quota is adjustable).`);
  },
  'sqs.visibilityTimeout': (entity, model) => {
    const queue = entity as Queue;
    const values = knownOptions(queue.visibilityTimeout);
    const visibility = values.length === 1 ? values[0].value : queue.visibilityTimeout ? undefined : limit('sqs.visibilityTimeout.default').value;
    if (visibility === undefined) return [];
    const lines = [`Visibility timeout ${formatNumber(visibility)} s${queue.visibilityTimeout ? '' : ' (the default)'}.`];
    for (const fn of model.functions) {
      if (!fn.events.some((e) => e.kind === 'sqs' && e.targetId === queue.id)) continue;
      const timeout = knownOptions(fn.timeout)[0]?.value ?? (fn.timeout ? undefined : limit('lambda.timeout.default').value);
      if (timeout === undefined) continue;
      const factor = limit('sqs.visibilityTimeout.recommendedFactor').value;
      lines.push(`Consumed by ${mdCode(fn.id)} (timeout ${formatNumber(timeout)} s): needs ≥ ${formatNumber(timeout)} s, AWS recommends ≥ ${formatNumber(timeout * factor)} s (${factor}×).`);
    }
    return lines;
  },
  ...DYNAMODB_BUDGETS,
  ...STEPFUNCTIONS_BUDGETS,
};

/** Budget lines for a facet, or none. Readers' hover targets name the facet and the entity. */
export function budgetLines(facet: Facet | undefined, entity: Entity | undefined, model: ServerlessModel, today: Date = new Date()): string[] {
  if (!facet || !entity) return [];
  return BUDGETS[facet]?.(entity, model, today) ?? [];
}

/** Lets rule authors add budget lines for new facets without editing this file's table. */
export function registerBudget(facet: Facet, line: BudgetLine): void {
  BUDGETS[facet] = line;
}
