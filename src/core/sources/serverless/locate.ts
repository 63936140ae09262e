/**
 * Hover targets in serverless.yml, in CloudFormation terms: `provider.timeout` and `functions.X.timeout`
 * are `AWS::Lambda::Function` `Timeout`; an `http` event is an `AWS::ApiGateway::RestApi`; keys under
 * `resources:` are CloudFormation and go to the CloudFormation locator.
 */
import type { Entity, LambdaFunction } from '../../model';
import { locateInTemplate } from '../cloudformation/locate';
import type { Facet, HoverTarget } from '../source';
import { get, isMap, isScalar, nodeAt, type MapNode, type TreeHit } from '../tree';
import { EVENT_RESOURCE_TYPES } from './events';
import type { VariableResolver } from './resolve-variables';
import { mdCode } from '../../text/markdown';

const FUNCTION_TYPE = 'AWS::Lambda::Function';

/** serverless.yml function keys -> CloudFormation property and facet. */
export const FUNCTION_KEYS: Record<string, { property: string; facet?: Facet }> = {
  timeout: { property: 'Timeout', facet: 'lambda.timeout' },
  memorySize: { property: 'MemorySize', facet: 'lambda.memory' },
  ephemeralStorageSize: { property: 'EphemeralStorage', facet: 'lambda.ephemeralStorage' },
  environment: { property: 'Environment', facet: 'lambda.environment' },
  layers: { property: 'Layers', facet: 'lambda.layers' },
  runtime: { property: 'Runtime', facet: 'lambda.runtime' },
  reservedConcurrency: { property: 'ReservedConcurrentExecutions', facet: 'lambda.reservedConcurrency' },
  provisionedConcurrency: { property: 'ProvisionedConcurrencyConfig', facet: 'lambda.provisionedConcurrency' },
  snapStart: { property: 'SnapStart', facet: 'lambda.snapStart' },
  vpc: { property: 'VpcConfig', facet: 'lambda.vpc' },
  architecture: { property: 'Architectures', facet: 'lambda.architectures' },
  handler: { property: 'Handler' },
  image: { property: 'ImageUri' },
};

/** Label used when the cursor is on a variable outside any mapped key. */
export const VARIABLE_TARGET_TYPE = 'Serverless Framework variable';

export interface LocateContext {
  readonly root: MapNode;
  readonly resolver: VariableResolver;
  /** Functions declared under `functions` (not those in `resources`), in file order. */
  readonly functions: readonly LambdaFunction[];
  readonly entityOf: (id: string) => Entity | undefined;
}

export function locateInServerless(context: LocateContext, offset: number): HoverTarget | undefined {
  const { root } = context;
  const resources = get(root, 'resources');
  const first = nodeAt(root, offset);
  if (!first || first.path.length === 0) return undefined;
  if (first.path[0] === 'resources' && isMap(resources)) {
    const target = locateInTemplate(resources, offset, context.entityOf);
    return target && withVariables(target, first, context);
  }
  return withVariables(mapKey(first, context), first, context);
}

function mapKey(hit: TreeHit, context: LocateContext): HoverTarget | undefined {
  const span = hit.key ? hit.key.keySpan : hit.node?.span;
  if (!span) return undefined;
  const part: HoverTarget['part'] = hit.key ? 'key' : 'value';
  const path = hit.path;
  if (path[0] === 'provider' && typeof path[1] === 'string') {
    const key = path[1];
    const mapped = FUNCTION_KEYS[key];
    if (!mapped) return undefined;
    const inheritors = context.functions.filter((fn) => !setsOwn(context, fn.id, key));
    const details = inheritors.length
      ? [`Set in \`provider\`: applies to ${inheritors.length === 1 ? 'function' : `${inheritors.length} functions:`} ${inheritors.map((f) => mdCode(f.id)).join(', ')} (every function that does not set its own ${mdCode(key)}).`]
      : [`Set in \`provider\`: every function sets its own ${mdCode(key)}, so this value is not used.`];
    return { span, resourceType: FUNCTION_TYPE, property: mapped.property, subPath: subPath(key, path.slice(2)), part, facet: mapped.facet, entity: inheritors[0], details };
  }
  if (path[0] === 'functions') {
    // `functions` is a map, or a list of maps (`- name: {...}`).
    const rest = typeof path[1] === 'number' ? path.slice(2) : path.slice(1);
    const [name, key, ...deeper] = rest;
    if (typeof name !== 'string') return undefined;
    const entity = context.functions.find((f) => f.id === name);
    if (key === undefined) return { span, resourceType: FUNCTION_TYPE, part: 'resource', entity };
    if (key === 'events') return eventTarget(span, deeper, entity, part);
    const mapped = FUNCTION_KEYS[String(key)];
    if (!mapped) return undefined;
    return { span, resourceType: FUNCTION_TYPE, property: mapped.property, subPath: subPath(String(key), deeper), part, facet: mapped.facet, entity };
  }
  return undefined;
}

/** Event keys that CloudFormation names as a SAM event's property (what-binds rows read them, every format). */
const EVENT_PROPERTY_KEYS: Readonly<Record<string, string>> = {
  batchSize: 'BatchSize',
  maximumBatchingWindow: 'MaximumBatchingWindowInSeconds',
  eventType: 'EventType',
};

function eventTarget(span: HoverTarget['span'], path: ReadonlyArray<string | number>, entity: Entity | undefined, part: HoverTarget['part'] = 'resource'): HoverTarget | undefined {
  const eventKey = path[1];
  if (typeof eventKey !== 'string') return undefined;
  const resourceType = EVENT_RESOURCE_TYPES[eventKey];
  if (!resourceType) return undefined;
  const leaf = typeof path[2] === 'string' ? EVENT_PROPERTY_KEYS[path[2]] : undefined;
  if (leaf && path.length === 3) return { span, resourceType: FUNCTION_TYPE, property: 'Events', subPath: [eventKey, 'Properties', leaf], part, facet: 'event', entity };
  return { span, resourceType, part: 'resource', facet: 'event', entity };
}

function subPath(key: string, rest: ReadonlyArray<string | number>): string[] {
  const names = rest.map(String);
  return key === 'environment' ? ['Variables', ...names] : names;
}

function setsOwn(context: LocateContext, functionId: string, key: string): boolean {
  const functions = get(context.root, 'functions');
  const body = isMap(functions) ? get(functions, functionId) : undefined;
  const value = get(body, key);
  return value !== undefined && !(isScalar(value) && value.value === null && !value.tag);
}

/** Adds what the variables in the hovered string resolve to; a bare variable elsewhere still gets a hover. */
function withVariables(target: HoverTarget | undefined, hit: TreeHit, context: LocateContext): HoverTarget | undefined {
  const node = hit.node;
  const lines = node && isScalar(node) ? context.resolver.explain(node) : [];
  if (!lines.length) return target;
  if (target) return { ...target, details: [...(target.details ?? []), ...lines] };
  return { span: node!.span, resourceType: VARIABLE_TARGET_TYPE, part: 'value', details: lines };
}
