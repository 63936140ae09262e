/** Lambda functions: `AWS::Lambda::Function` and `AWS::Serverless::Function` (with SAM Globals). */
import {
  known,
  unknown,
  type Environment,
  type EnvironmentVariable,
  type EventKind,
  type EventSource,
  type LambdaFunction,
  type Value,
} from '../../model';
import type { Span } from '../../text/line-index';
import { entry, get, getPath, isMap, isScalar, isSeq, plainString, type MapNode, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';
import { readMappingSettings } from './mapping-settings';
import { mergeGlobals } from './merge-globals';
import type { ResourceEntry, Template } from './template';
import { minimumLength, referencedId, resolveScalar, toNumber, toText } from './values';

export const FUNCTION_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/** Reads one function; `events` of raw CloudFormation are attached later by the event linker. */
export function readFunction(resource: ResourceEntry, template: Template): LambdaFunction {
  const isSam = resource.type === 'AWS::Serverless::Function';
  const globals = isSam ? get(template.globals, 'Function') : undefined;
  const globalMap = isMap(globals) ? globals : undefined;
  const props = isSam ? mergeGlobals(globalMap, resource.properties) : resource.properties;
  const origin = (span: Span | undefined): string | undefined =>
    span && globalMap && span.start >= globalMap.span.start && span.end <= globalMap.span.end ? 'Globals.Function' : undefined;

  const scalar = (node: TreeNode | undefined, name: string) => {
    const value = resolveScalar(node, template);
    return withOrigin(value, origin(node?.span), name);
  };
  const number = (name: string, node = get(props, name)) => toNumber(scalar(node, name));
  const text = (name: string, node = get(props, name)) => toText(scalar(node, name));

  const layersNode = get(props, 'Layers');
  const vpcNode = get(props, 'VpcConfig');
  const packageType = text('PackageType');
  const imageUri = get(props, 'ImageUri');
  return {
    kind: 'function',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    runtime: text('Runtime'),
    timeout: number('Timeout'),
    memorySize: number('MemorySize'),
    ephemeralStorage: number('EphemeralStorage', getPath(props, 'EphemeralStorage', 'Size')),
    environment: readEnvironment(get(get(props, 'Environment'), 'Variables'), template, origin),
    layers: isSeq(layersNode) ? withOrigin(known(layersNode.items.length, layersNode.span), origin(layersNode.span), 'Layers') as Value<number> : layersNode ? unknown('Layers is not a list', layersNode.span) : undefined,
    snapStart: text('SnapStart', getPath(props, 'SnapStart', 'ApplyOn')),
    vpc: isMap(vpcNode)
      ? {
          span: vpcNode.span,
          derived: origin(vpcNode.span),
          subnetCount: count(get(vpcNode, 'SubnetIds')),
          securityGroupCount: count(get(vpcNode, 'SecurityGroupIds')),
        }
      : undefined,
    reservedConcurrency: number('ReservedConcurrentExecutions'),
    provisionedConcurrency: number('ProvisionedConcurrency', getPath(props, 'ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions')),
    architectures: readArchitectures(get(props, 'Architectures')),
    packageType: packageType ?? (imageUri ? known('Image', imageUri.span) : undefined),
    capacityProvider: presence(get(props, 'CapacityProviderConfig')),
    fileSystems: count(get(props, 'FileSystemConfigs')),
    publishesVersions: isSam && get(props, 'AutoPublishAlias') !== undefined ? true : undefined,
    tracing: isSam ? text('Tracing') : text('TracingConfig', getPath(props, 'TracingConfig', 'Mode')),
    events: isSam ? readSamEvents(get(resource.properties, 'Events'), template) : [],
  };
}

function withOrigin<T>(value: Value<T> | undefined, derived: string | undefined, name: string): Value<T> | undefined {
  if (!value || !derived) return value;
  if (value.known === true) return { ...value, derived: value.derived ? `${derived}.${name} ← ${value.derived}` : `${derived}.${name}` };
  return value;
}

function presence(node: TreeNode | undefined): Value<unknown> | undefined {
  if (!node) return undefined;
  if (isScalar(node) && node.value === null) return undefined;
  return known(true, node.span);
}

function count(node: TreeNode | undefined): Value<number> | undefined {
  if (!node) return undefined;
  if (isSeq(node) && !node.tag) return known(node.items.length, node.span);
  return unknown('not a literal list', node.span);
}

function readArchitectures(node: TreeNode | undefined): Value<string[]> | undefined {
  if (!node) return undefined;
  if (isSeq(node) && !node.tag && node.items.every((i) => plainString(i) !== undefined)) {
    return known(node.items.map((i) => plainString(i)!), node.span);
  }
  return unknown('architectures not literal', node.span);
}

function readEnvironment(node: TreeNode | undefined, template: Template, origin: (span: Span) => string | undefined): Environment | undefined {
  if (!node) return undefined;
  if (!isMap(node) || intrinsicOf(node)) {
    return { span: node.span, variables: [], partial: true };
  }
  // The map's span covers inherited entries too when Globals merged into it: report on the function's own map.
  return { span: node.span, derived: origin(node.span), variables: environmentVariables(node, template) };
}

/** Variables read per map: functions sharing one environment (an alias, one Globals merge) share the list. */
const variablesRead = new WeakMap<Template, WeakMap<MapNode, EnvironmentVariable[]>>();

function environmentVariables(node: MapNode, template: Template): EnvironmentVariable[] {
  let byNode = variablesRead.get(template);
  if (!byNode) variablesRead.set(template, (byNode = new WeakMap()));
  const cached = byNode.get(node);
  if (cached) return cached;
  const variables = node.entries.map((e): EnvironmentVariable => {
    const resolved = toText(resolveScalar(e.value, template));
    const value: Value<string> = resolved ?? known('', e.keySpan);
    return {
      name: e.key,
      nameSpan: e.keySpan,
      value,
      minLength: value.known === true ? undefined : minimumLength(e.value),
    };
  });
  byNode.set(node, variables);
  return variables;
}

const SAM_EVENT_KINDS: Record<string, EventKind> = {
  Api: 'rest-api',
  HttpApi: 'http-api',
  SQS: 'sqs',
  DynamoDB: 'dynamodb-stream',
  Kinesis: 'kinesis',
  Schedule: 'schedule',
  ScheduleV2: 'schedule',
  S3: 's3',
  SNS: 'sns',
  EventBridgeRule: 'eventbridge',
  CloudWatchEvent: 'eventbridge',
};

const TARGET_PROPERTY: Partial<Record<EventKind, string>> = {
  'rest-api': 'RestApiId',
  'http-api': 'ApiId',
  sqs: 'Queue',
  'dynamodb-stream': 'Stream',
  kinesis: 'Stream',
};

function readSamEvents(node: TreeNode | undefined, template: Template): EventSource[] {
  if (!isMap(node)) return [];
  const events: EventSource[] = [];
  for (const e of node.entries) {
    const type = plainString(get(e.value, 'Type'));
    if (!type) continue;
    const kind = SAM_EVENT_KINDS[type] ?? 'other';
    const properties = get(e.value, 'Properties');
    const targetProperty = TARGET_PROPERTY[kind];
    const timeout = get(properties, 'TimeoutInMillis');
    events.push({
      kind,
      span: e.keySpan,
      targetId: targetProperty ? referencedId(get(properties, targetProperty)) : undefined,
      integrationTimeoutMs: timeout && isScalar(timeout) && !timeout.tag && typeof timeout.value === 'number' ? known(timeout.value, timeout.span) : undefined,
      streaming: plainString(get(properties, 'ResponseTransferMode')) === 'RESPONSE_STREAM' ? true : undefined,
      ...(kind === 'sqs' || kind === 'kinesis' || kind === 'dynamodb-stream' ? readMappingSettings(properties, template) : {}),
    });
  }
  return events;
}

/** Does a SAM/CloudFormation property map set `key` (explicitly, even to null)? */
export function hasProperty(props: MapNode | undefined, key: string): boolean {
  return entry(props, key) !== undefined;
}
