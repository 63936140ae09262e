/** Maps a position in a template to the resource type and property under it, for hovers. */
import type { Entity } from '../../model';
import type { Facet, HoverTarget } from '../source';
import { get, nodeAt, plainString, type MapNode } from '../tree';

/** Which facet a CloudFormation property of a resource type is. */
export const PROPERTY_FACETS: Record<string, Record<string, Facet>> = {
  function: {
    Timeout: 'lambda.timeout',
    MemorySize: 'lambda.memory',
    EphemeralStorage: 'lambda.ephemeralStorage',
    Environment: 'lambda.environment',
    Layers: 'lambda.layers',
    Runtime: 'lambda.runtime',
    SnapStart: 'lambda.snapStart',
    ReservedConcurrentExecutions: 'lambda.reservedConcurrency',
    ProvisionedConcurrencyConfig: 'lambda.provisionedConcurrency',
    VpcConfig: 'lambda.vpc',
    Architectures: 'lambda.architectures',
    Events: 'event',
  },
  'AWS::SQS::Queue': { VisibilityTimeout: 'sqs.visibilityTimeout' },
  'AWS::DynamoDB::Table': {
    BillingMode: 'dynamodb.billingMode',
    TableClass: 'dynamodb.tableClass',
    StreamSpecification: 'dynamodb.stream',
    TimeToLiveSpecification: 'dynamodb.ttl',
    ProvisionedThroughput: 'dynamodb.billingMode',
    PointInTimeRecoverySpecification: 'dynamodb.pitr',
  },
  'AWS::DynamoDB::GlobalTable': {
    BillingMode: 'dynamodb.billingMode',
    WriteProvisionedThroughputSettings: 'dynamodb.billingMode',
    TableClass: 'dynamodb.tableClass',
    StreamSpecification: 'dynamodb.stream',
    TimeToLiveSpecification: 'dynamodb.ttl',
    PointInTimeRecoverySpecification: 'dynamodb.pitr',
  },
  'AWS::ApiGateway::RestApi': { EndpointConfiguration: 'apigw.endpointType' },
  'AWS::Serverless::Api': { EndpointConfiguration: 'apigw.endpointType' },
  'AWS::StepFunctions::StateMachine': { StateMachineType: 'stepfunctions.type' },
  'AWS::Serverless::StateMachine': { Type: 'stepfunctions.type' },
};

export function facetOf(resourceType: string, property: string | undefined): Facet | undefined {
  if (!property) return undefined;
  const group = resourceType === 'AWS::Lambda::Function' || resourceType === 'AWS::Serverless::Function' ? 'function' : resourceType;
  return PROPERTY_FACETS[group]?.[property];
}

const GLOBAL_SECTIONS: Record<string, string> = {
  Function: 'AWS::Serverless::Function',
  Api: 'AWS::Serverless::Api',
  HttpApi: 'AWS::Serverless::HttpApi',
  SimpleTable: 'AWS::Serverless::SimpleTable',
  StateMachine: 'AWS::Serverless::StateMachine',
};

/**
 * The hover target at `offset` in a template rooted at `root`. `entityOf` finds the model entity for a
 * logical id so hovers can show budgets.
 */
export function locateInTemplate(root: MapNode, offset: number, entityOf: (logicalId: string) => Entity | undefined): HoverTarget | undefined {
  const hit = nodeAt(root, offset);
  if (!hit || hit.path.length < 2) return undefined;
  const [section, name, part, property, ...rest] = hit.path;
  const span = hit.key ? hit.key.keySpan : hit.node!.span;
  const role: HoverTarget['part'] = hit.key ? 'key' : 'value';
  if (section === 'Resources') {
    const resource = get(get(root, 'Resources'), String(name));
    const type = plainString(get(resource, 'Type'));
    if (!type) return undefined;
    const entity = entityOf(String(name));
    if (hit.path.length === 2 || part === 'Type') return { span, resourceType: type, part: 'resource', entity };
    if (part !== 'Properties' || property === undefined) return undefined;
    const subPath = rest.map(String);
    return { span, resourceType: type, property: String(property), subPath, part: role, facet: facetOf(type, String(property)), entity };
  }
  if (section === 'Globals') {
    const type = GLOBAL_SECTIONS[String(name)];
    if (!type) return undefined;
    if (part === undefined) return { span, resourceType: type, part: 'resource' };
    return { span, resourceType: type, property: String(part), subPath: [property, ...rest].filter((p) => p !== undefined).map(String), part: role, facet: facetOf(type, String(part)), details: ['Set in `Globals`: applies to every function unless it sets its own.'] };
  }
  return undefined;
}
