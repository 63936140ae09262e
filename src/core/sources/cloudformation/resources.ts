/** Non-function resources the rules read: queues, tables, APIs; and links between resources. */
import { known, type Api, type EventKind, type LambdaFunction, type Queue, type Table, type Value } from '../../model';
import { forEachReachable, get, getPath, isMap, isSeq, plainString, type TreeNode } from '../tree';
import { readMappingSettings } from './mapping-settings';
import type { ResourceEntry, Template } from './template';
import { referencedId, resolveScalar, toBoolean, toNumber, toText } from './values';

export function readQueue(resource: ResourceEntry, template: Template): Queue {
  return {
    kind: 'queue',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    visibilityTimeout: toNumber(resolveScalar(get(resource.properties, 'VisibilityTimeout'), template)),
    redrive: get(resource.properties, 'RedrivePolicy') !== undefined,
  };
}

export function readTable(resource: ResourceEntry, template: Template): Table {
  const props = resource.properties;
  const text = (node: TreeNode | undefined) => toText(resolveScalar(node, template));
  const attributeTypes = new Map<string, string>();
  const definitions = get(props, 'AttributeDefinitions');
  if (isSeq(definitions)) {
    for (const d of definitions.items) {
      const name = plainString(get(d, 'AttributeName'));
      const type = plainString(get(d, 'AttributeType'));
      if (name && type) attributeTypes.set(name, type);
    }
  }
  const keySchema = get(props, 'KeySchema');
  const replicas = get(props, 'Replicas');
  const throughput = get(props, 'ProvisionedThroughput') ?? get(props, 'WriteProvisionedThroughputSettings');
  return {
    kind: 'table',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    billingMode: text(get(props, 'BillingMode')),
    provisionedThroughput: throughput?.span,
    tableClass: text(get(props, 'TableClass')),
    streamViewType: text(getPath(props, 'StreamSpecification', 'StreamViewType')),
    ttlAttribute: text(getPath(props, 'TimeToLiveSpecification', 'AttributeName')),
    pointInTimeRecovery: toBoolean(resolveScalar(getPath(props, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'), template)),
    pitrRecoveryPeriodDays: toNumber(resolveScalar(getPath(props, 'PointInTimeRecoverySpecification', 'RecoveryPeriodInDays'), template)),
    replicaCount: isSeq(replicas) ? replicas.items.length : undefined,
    importFormat: text(getPath(props, 'ImportSourceSpecification', 'InputFormat')),
    keyAttributes: isSeq(keySchema)
      ? keySchema.items.flatMap((k) => {
          const name = plainString(get(k, 'AttributeName'));
          return name ? [{ name, type: attributeTypes.get(name), span: k.span }] : [];
        })
      : undefined,
  };
}

const API_PROTOCOLS: Record<string, Api['protocol']> = {
  'AWS::ApiGateway::RestApi': 'REST',
  'AWS::Serverless::Api': 'REST',
  'AWS::Serverless::HttpApi': 'HTTP',
};

export function readApi(resource: ResourceEntry, template: Template): Api {
  const props = resource.properties;
  let protocol = API_PROTOCOLS[resource.type] ?? 'HTTP';
  if (resource.type === 'AWS::ApiGatewayV2::Api') {
    protocol = plainString(get(props, 'ProtocolType')) === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP';
  }
  // RestApi: EndpointConfiguration.Types[0]; SAM Api: EndpointConfiguration is a string or {Type}.
  const endpoint = get(props, 'EndpointConfiguration');
  let endpointNode: TreeNode | undefined;
  if (resource.type === 'AWS::Serverless::Api') endpointNode = isMap(endpoint) ? get(endpoint, 'Type') : endpoint;
  else {
    const types = get(endpoint, 'Types');
    endpointNode = isSeq(types) ? types.items[0] : undefined;
  }
  const policy = get(props, 'Policy') ?? getPath(props, 'Auth', 'ResourcePolicy');
  const openApi = get(props, 'Body') ?? get(props, 'BodyS3Location') ?? get(props, 'DefinitionBody') ?? get(props, 'DefinitionUri');
  return {
    kind: 'api',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    protocol,
    endpointType: toText(resolveScalar(endpointNode, template)),
    // An OpenAPI body may carry the policy (x-amazon-apigateway-policy): unknown unless it visibly does.
    hasResourcePolicy: policy !== undefined || mentionsKey(openApi, 'x-amazon-apigateway-policy') ? true : openApi ? undefined : false,
  };
}

/** Does a map anywhere below `node` have `key`? (Each shared node once, bounded depth.) */
function mentionsKey(node: TreeNode | undefined, key: string): boolean {
  let found = false;
  forEachReachable(node, (n) => !(found = isMap(n) && n.entries.some((e) => e.key === key)), 16);
  return found;
}

const STREAM_KINDS: Record<string, EventKind> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::DynamoDB::Table': 'dynamodb-stream',
  'AWS::DynamoDB::GlobalTable': 'dynamodb-stream',
  'AWS::Kinesis::Stream': 'kinesis',
};

/**
 * Links raw CloudFormation resources to the functions they concern: event source mappings become
 * events, `AWS::Lambda::Version` marks a function as publishing versions.
 */
export function linkFunctionResources(template: Template, functions: Map<string, LambdaFunction & { events: LambdaFunction['events'] }>): void {
  for (const resource of template.resources) {
    const props = resource.properties;
    if (resource.type === 'AWS::Lambda::EventSourceMapping') {
      const fn = functions.get(referencedId(get(props, 'FunctionName')) ?? '');
      if (!fn) continue;
      const sourceId = referencedId(get(props, 'EventSourceArn'));
      const source = sourceId ? template.byId.get(sourceId) : undefined;
      fn.events.push({ kind: (source && STREAM_KINDS[source.type]) ?? 'other', span: resource.idSpan, targetId: sourceId, ...readMappingSettings(props, template) });
    } else if (resource.type === 'AWS::Lambda::Version') {
      const fn = functions.get(referencedId(get(props, 'FunctionName')) ?? '');
      if (fn) (fn as { publishesVersions?: boolean }).publishesVersions = true;
    }
  }
}

export function numberValue(value: Value<number> | undefined, fallback: number, span: TreeNode['span']): Value<number> {
  return value ?? known(fallback, span, { derived: 'AWS default' });
}
