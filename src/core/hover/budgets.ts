/**
 * "How close is this value to its limit" lines for hovers, keyed by facet so every format gets them.
 * Each returns markdown lines, or nothing when the value is unknown.
 */
import { environmentSize } from '../lambda/environment-size';
import { maxMemoryMB, maxTimeoutSeconds } from '../lambda/function-limits';
import { formatNumber, humanSeconds, limit } from '../limits';
import { knownOptions, type Entity, type LambdaFunction, type ServerlessModel } from '../model';
import type { Facet } from '../sources/source';
import { DYNAMODB_BUDGETS } from '../rules/dynamodb-budgets';
import { STEPFUNCTIONS_BUDGETS } from '../rules/stepfunctions-budgets';
import { runtimeBudgetLines, snapStartLines } from './runtime-budget';
import { ephemeralStorageHeadline, memoryHeadline, timeoutHeadline, visibilityHeadline } from './tightest-limit';
import { mdCode } from '../text/markdown';

/** `today` dates lifecycle lines (runtime deprecation); injectable like the analysis's. */
export type BudgetLine = (entity: Entity, model: ServerlessModel, today: Date) => string[];

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

const asFunction = (entity: Entity): LambdaFunction | undefined => (entity.kind === 'function' ? entity : undefined);

const BUDGETS: Partial<Record<Facet, BudgetLine>> = {
  'lambda.runtime': (entity, _model, today) => runtimeBudgetLines(entity, today),
  // Timeout, memory, /tmp and visibility lead with the tightest limit for this resource (tightest-limit.ts).
  'lambda.timeout': (entity, model) => {
    const fn = asFunction(entity);
    return fn ? timeoutHeadline(fn, model) : [];
  },
  'lambda.memory': (entity) => {
    const fn = asFunction(entity);
    return fn ? memoryHeadline(fn) : [];
  },
  'lambda.ephemeralStorage': (entity) => {
    const fn = asFunction(entity);
    return fn ? ephemeralStorageHeadline(fn) : [];
  },
  'lambda.snapStart': (entity) => {
    const fn = asFunction(entity);
    return fn ? snapStartLines(fn) : [];
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
  'sqs.visibilityTimeout': (entity, model) => (entity.kind === 'queue' ? visibilityHeadline(entity, model) : []),
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
