/** Constructs other than functions: queues, tables, APIs, state machines, Cognito, CloudFront, RDS, VPC. */
import { camelCase } from './context';
import { toolDefault } from '../../data/tool-defaults';
import { known, unknown, type Api, type CloudFrontFunction, type Entity, type EntityBase, type IdentityPool, type Queue, type StateMachine, type Table, type UserPool, type Value } from '../../model';
import type { CdkContext, Construct, ConstructProp } from './context';
import type { ConstructDefaults } from './defaults';
import { ATTRIBUTE_TYPES, BILLING_MODES, CLOUDFRONT_FUNCTION_RUNTIMES, ENDPOINT_TYPES, MFA, STATE_MACHINE_TYPES, STREAM_VIEW_TYPES, TABLE_CLASSES } from './enums';
import { firstArgument } from './evaluate';
import { mdCode } from '../../text/markdown';
import type { Expr } from './ir';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads one construct into the model. */
export type ConstructReader = (ctx: CdkContext, c: Construct) => void;

/** Reads props into an entity: records the hover targets of each mapped prop. */
function propReader(ctx: CdkContext, entity: Entity, c: Construct, properties: Readonly<Record<string, string>>) {
  for (const prop of c.props.values()) {
    const property = properties[prop.name];
    if (property) ctx.propTarget(entity, entity.resourceType, prop, property);
  }
  return <T>(name: string, read: (e: Expr) => Value<T>): Value<T> | undefined => {
    const prop: ConstructProp | undefined = c.props.get(name);
    if (!prop || prop.value.k === 'null') return undefined;
    const value = read(prop.value);
    if (value.span && (value.span.start < prop.value.span.start || value.span.start >= prop.value.span.end)) {
      ctx.propTarget(entity, entity.resourceType, prop, properties[name] ?? name, value.span);
    }
    return value;
  };
}

function baseEntity(ctx: CdkContext, c: Construct, resourceType: string): EntityBase {
  return { id: ctx.entityId(c.call, c.symbol.split('.').pop() ?? resourceType), resourceType, span: c.call.span };
}

const readQueue: ConstructReader = (ctx, c) => {
  const queue: Mutable<Queue> = { ...baseEntity(ctx, c, 'AWS::SQS::Queue'), kind: 'queue' };
  const read = propReader(ctx, queue, c, { visibilityTimeout: 'VisibilityTimeout', retentionPeriod: 'MessageRetentionPeriod', deadLetterQueue: 'RedrivePolicy', fifo: 'FifoQueue', queueName: 'QueueName' });
  const defaults = ctx.defaults(c);
  queue.visibilityTimeout = read('visibilityTimeout', (e) => ctx.ev.duration(e)) ?? defaults.value('visibilityTimeout', 'cdk.queue.visibilityTimeout');
  queue.redrive = c.props.has('deadLetterQueue') ? true : c.propsPartial ? undefined : false;
  ctx.model.queues.push(queue);
  ctx.register(queue, c, defaults.details());
};

const TABLE_PROPERTIES: Readonly<Record<string, string>> = {
  billingMode: 'BillingMode',
  billing: 'BillingMode',
  tableClass: 'TableClass',
  stream: 'StreamSpecification',
  dynamoStream: 'StreamSpecification',
  timeToLiveAttribute: 'TimeToLiveSpecification',
  pointInTimeRecovery: 'PointInTimeRecoverySpecification',
  pointInTimeRecoverySpecification: 'PointInTimeRecoverySpecification',
  partitionKey: 'KeySchema',
  sortKey: 'KeySchema',
  readCapacity: 'ProvisionedThroughput',
  writeCapacity: 'ProvisionedThroughput',
  replicationRegions: 'Replicas',
  replicas: 'Replicas',
  tableName: 'TableName',
};

function readTableAs(resourceType: string): ConstructReader {
  return (ctx, c) => {
    const ev = ctx.ev;
    const table: Mutable<Table> = { ...baseEntity(ctx, c, resourceType), kind: 'table' };
    const read = propReader(ctx, table, c, TABLE_PROPERTIES);
    table.billingMode = read('billingMode', (e) => ev.enumValue(e, 'aws_dynamodb.BillingMode', BILLING_MODES)) ?? read('billing', (e) => billingOf(ctx, e));
    table.tableClass = read('tableClass', (e) => ev.enumValue(e, 'aws_dynamodb.TableClass', TABLE_CLASSES));
    table.streamViewType = read('stream', (e) => ev.enumValue(e, 'aws_dynamodb.StreamViewType', STREAM_VIEW_TYPES)) ?? read('dynamoStream', (e) => ev.enumValue(e, 'aws_dynamodb.StreamViewType', STREAM_VIEW_TYPES));
    table.ttlAttribute = read('timeToLiveAttribute', (e) => ev.stringValue(e));
    table.pointInTimeRecovery = read('pointInTimeRecovery', (e) => ev.booleanValue(e));
    // `pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled, recoveryPeriodInDays }` (Python: snake_case keys).
    const pitr = c.props.get('pointInTimeRecoverySpecification');
    const pitrEntries = pitr ? ev.objectEntries(pitr.value)?.entries ?? [] : [];
    const pitrEntry = (name: string) => pitrEntries.find((e) => camelCase(e.name) === name)?.value;
    const pitrEnabled = pitrEntry('pointInTimeRecoveryEnabled');
    const pitrDays = pitrEntry('recoveryPeriodInDays');
    if (pitrEnabled && !table.pointInTimeRecovery) table.pointInTimeRecovery = ev.booleanValue(pitrEnabled);
    if (pitrDays) table.pitrRecoveryPeriodDays = ev.numberValue(pitrDays);
    const throughput = c.props.get('readCapacity') ?? c.props.get('writeCapacity');
    if (throughput && resourceType === 'AWS::DynamoDB::Table') table.provisionedThroughput = throughput.value.span;
    const defaults = ctx.defaults(c);
    applyTableDefaults(table, c, defaults);
    const replicas = c.props.get('replicationRegions') ?? c.props.get('replicas');
    const replicaItems = replicas && ev.arrayItems(replicas.value);
    // The primary Region counts as a replica, as in `AWS::DynamoDB::GlobalTable.Replicas`.
    if (replicaItems) table.replicaCount = replicaItems.length + 1;
    // With replicas the CDK turns the stream on itself (NEW_AND_OLD_IMAGES) unless the file sets one.
    if (replicas && !table.streamViewType) table.streamViewType = known('NEW_AND_OLD_IMAGES', replicas.value.span, { derived: 'the CDK default with replicas' });
    const keys: Array<{ name: string; type?: string; span: typeof c.call.span }> = [];
    for (const name of ['partitionKey', 'sortKey']) {
      const prop = c.props.get(name);
      const entries = prop && ev.objectEntries(prop.value)?.entries;
      const keyName = entries?.find((e) => e.name === 'name');
      const keyType = entries?.find((e) => e.name === 'type');
      const nameValue = keyName && ev.string(keyName.value);
      if (!prop || !nameValue?.known) continue;
      const type = keyType && ev.enumValue(keyType.value, 'aws_dynamodb.AttributeType', ATTRIBUTE_TYPES);
      keys.push({ name: nameValue.value, type: type?.known === true ? type.value : undefined, span: prop.value.span });
    }
    if (keys.length) table.keyAttributes = keys;
    ctx.model.tables.push(table);
    ctx.register(table, c, defaults.details());
  };
}

/**
 * What the CDK deploys for a table the props leave open: `Table` is PROVISIONED and fills in 5 read / 5
 * write capacity whenever it is (so a Table without capacity props is valid); `TableV2` is on-demand.
 * Defaults go on the class name (`dynamodb.Table`), one line. Spread props may set anything: unknown then.
 */
function applyTableDefaults(table: Mutable<Table>, c: Construct, defaults: ConstructDefaults): void {
  const v2 = table.resourceType !== 'AWS::DynamoDB::Table';
  const capacity = `${toolDefault('cdk.table.readCapacity').value} read / ${toolDefault('cdk.table.writeCapacity').value} write`;
  if (!v2) table.provisionedThroughputDefault = `${toolDefault('cdk.table.readCapacity').provenance} (${capacity})`;
  if (table.billingMode) return;
  table.billingMode = v2 ? defaults.value('billing', 'cdk.tableV2.billingMode') : defaults.value('billingMode', 'cdk.table.billingMode', `${mdCode('PROVISIONED')} (${capacity})`);
}

/** TableV2 `billing: Billing.onDemand()` / `Billing.provisioned({...})`. */
function billingOf(ctx: CdkContext, e: Expr): Value<string> {
  const { expr } = ctx.ev.deref(e);
  if (expr.k === 'call' && expr.callee.k === 'member' && ctx.ev.symbol(expr.callee.object) === 'aws_dynamodb.Billing') {
    const mode = { onDemand: 'PAY_PER_REQUEST', on_demand: 'PAY_PER_REQUEST', provisioned: 'PROVISIONED' }[expr.callee.name];
    if (mode) return known(mode, expr.span, { text: ctx.ev.source(expr.span) });
  }
  return unknown('billing not determined by this file', e.span);
}

/** `endpointDefault`: the construct leaves the endpoint type to API Gateway (EDGE) when the props don't set it. */
function readApiAs(resourceType: string, protocol: Api['protocol'], endpointDefault = false): ConstructReader {
  return (ctx, c) => {
    const api: Mutable<Api> = { ...baseEntity(ctx, c, resourceType), kind: 'api', protocol };
    const read = propReader(ctx, api, c, { endpointTypes: 'EndpointConfiguration', endpointConfiguration: 'EndpointConfiguration', policy: 'Policy', restApiName: 'Name', apiName: 'Name' });
    const firstType = (e: Expr): Value<string> => {
      const items = ctx.ev.arrayItems(e);
      return items?.[0] ? ctx.ev.enumValue(items[0], 'aws_apigateway.EndpointType', ENDPOINT_TYPES) : unknown('endpoint types not determined by this file', e.span);
    };
    api.endpointType =
      read('endpointTypes', firstType) ??
      read('endpointConfiguration', (e) => {
        const types = ctx.ev.objectEntries(e)?.entries.find((x) => x.name === 'types');
        return types ? firstType(types.value) : unknown('endpoint configuration not determined by this file', e.span);
      });
    const defaults = ctx.defaults(c);
    // EDGE goes to the hover only: as a model value it caps integration timeouts at 29 s, but a streamed
    // integration (ResponseTransferMode STREAM, often set by property overrides the reader does not follow)
    // may wait up to 15 min on any endpoint type (aws-cdk-examples apigw-streaming-lambda-bedrock).
    if (endpointDefault && !api.endpointType) defaults.shownOnly('endpointTypes', 'cdk.restApi.endpointType');
    if (c.props.has('policy')) api.hasResourcePolicy = true;
    ctx.model.apis.push(api);
    ctx.register(api, c, defaults.details());
  };
}

const readStateMachine: ConstructReader = (ctx, c) => {
  const machine: Mutable<StateMachine> = { ...baseEntity(ctx, c, 'AWS::StepFunctions::StateMachine'), kind: 'state-machine', durations: [] };
  const read = propReader(ctx, machine, c, { stateMachineType: 'StateMachineType', definition: 'Definition', definitionBody: 'DefinitionString' });
  const defaults = ctx.defaults(c);
  machine.type = read('stateMachineType', (e) => ctx.ev.enumValue(e, 'aws_stepfunctions.StateMachineType', STATE_MACHINE_TYPES)) ?? defaults.value('stateMachineType', 'cdk.stateMachine.type');
  const timeout = read('timeout', (e) => ctx.ev.duration(e));
  if (timeout) machine.durations = [{ what: 'timeout', seconds: timeout }];
  ctx.model.stateMachines.push(machine);
  ctx.register(machine, c, defaults.details());
};

const readUserPool: ConstructReader = (ctx, c) => {
  const pool: Mutable<UserPool> = { ...baseEntity(ctx, c, 'AWS::Cognito::UserPool'), kind: 'user-pool' };
  const read = propReader(ctx, pool, c, { mfa: 'MfaConfiguration', mfaSecondFactor: 'EnabledMfas', passwordPolicy: 'Policies', autoVerify: 'AutoVerifiedAttributes', accountRecovery: 'AccountRecoverySetting', lambdaTriggers: 'LambdaConfig' });
  const defaults = ctx.defaults(c);
  pool.mfa = read('mfa', (e) => ctx.ev.enumValue(e, 'aws_cognito.Mfa', MFA)) ?? defaults.value('mfa', 'cdk.userPool.mfa');
  if (c.props.has('mfaSecondFactor')) pool.mfaMethodConfigured = true;
  ctx.model.userPools.push(pool);
  ctx.register(pool, c, defaults.details());
};

const readIdentityPool: ConstructReader = (ctx, c) => {
  const pool: Mutable<IdentityPool> = { ...baseEntity(ctx, c, 'AWS::Cognito::IdentityPool'), kind: 'identity-pool' };
  const read = propReader(ctx, pool, c, { allowUnauthenticatedIdentities: 'AllowUnauthenticatedIdentities', authenticationProviders: 'CognitoIdentityProviders', cognitoIdentityProviders: 'CognitoIdentityProviders', roleMappings: 'RoleMappings' });
  const defaults = ctx.defaults(c);
  pool.allowUnauthenticated = read('allowUnauthenticatedIdentities', (e) => ctx.ev.booleanValue(e)) ?? defaults.value('allowUnauthenticatedIdentities', 'cdk.identityPool.allowUnauthenticated');
  ctx.model.identityPools.push(pool);
  ctx.register(pool, c, defaults.details());
};

const readCloudFrontFunction: ConstructReader = (ctx, c) => {
  const fn: Mutable<CloudFrontFunction> = { ...baseEntity(ctx, c, 'AWS::CloudFront::Function'), kind: 'cloudfront-function' };
  const read = propReader(ctx, fn, c, { runtime: 'FunctionConfig', code: 'FunctionCode' });
  const defaults = ctx.defaults(c);
  // cloudfront-js-2.0 with a key value store (1.0 can't use one), else 1.0: the CDK writes it either way.
  fn.runtime =
    read('runtime', (e) => ctx.ev.enumValue(e, 'aws_cloudfront.FunctionRuntime', CLOUDFRONT_FUNCTION_RUNTIMES)) ??
    defaults.value('runtime', c.props.has('keyValueStore') ? 'cdk.cloudFrontFunction.runtimeWithKeyValueStore' : 'cdk.cloudFrontFunction.runtime');
  fn.code = read('code', (e) => {
    const { expr } = ctx.ev.deref(e);
    const symbol = expr.k === 'call' ? ctx.ev.symbol(expr.callee) : undefined;
    const source = expr.k === 'call' && (symbol === 'aws_cloudfront.FunctionCode.fromInline' || symbol === 'aws_cloudfront.FunctionCode.from_inline') ? firstArgument(expr, 'code') : undefined;
    return source ? ctx.ev.stringValue(source) : unknown('code not determined by this file', e.span);
  });
  ctx.model.cloudFrontFunctions.push(fn);
  ctx.register(fn, c, defaults.details());
};

/** Constructs the model has no list for: hover targets and links only (distributions, versions, aliases). */
function readOther(resourceType: string): ConstructReader {
  return (ctx, c) => ctx.register({ ...baseEntity(ctx, c, resourceType), kind: 'other' }, c);
}

const readDatabaseProxy: ConstructReader = (ctx, c) => {
  (ctx.model.facts as { dbProxies?: number }).dbProxies = (ctx.model.facts.dbProxies ?? 0) + 1;
  readOther('AWS::RDS::DBProxy')(ctx, c);
};

function readDatabase(resourceType: string): ConstructReader {
  return (ctx, c) => {
    (ctx.model.facts as { databases?: number }).databases = (ctx.model.facts.databases ?? 0) + 1;
    readOther(resourceType)(ctx, c);
  };
}

/** A VPC creates NAT gateways unless `natGateways: 0` or its subnets need none (not determined then). */
const readVpc: ConstructReader = (ctx, c) => {
  const facts = ctx.model.facts as { hasNatGateway?: boolean };
  const nat = c.props.get('natGateways');
  const count = nat && ctx.ev.numberValue(nat.value);
  if (count?.known === true) facts.hasNatGateway = (facts.hasNatGateway ?? false) || count.value > 0;
  else if (!nat && !c.props.has('subnetConfiguration') && !c.propsPartial) facts.hasNatGateway = true;
  readOther('AWS::EC2::VPC')(ctx, c);
};

/** Construct class symbol -> reader, for everything but functions. */
export const RESOURCE_CONSTRUCTS: Readonly<Record<string, ConstructReader>> = {
  'aws_sqs.Queue': readQueue,
  'aws_dynamodb.Table': readTableAs('AWS::DynamoDB::Table'),
  'aws_dynamodb.TableV2': readTableAs('AWS::DynamoDB::GlobalTable'),
  'aws_apigateway.RestApi': readApiAs('AWS::ApiGateway::RestApi', 'REST', true),
  'aws_apigateway.LambdaRestApi': readApiAs('AWS::ApiGateway::RestApi', 'REST', true),
  'aws_apigateway.SpecRestApi': readApiAs('AWS::ApiGateway::RestApi', 'REST'),
  'aws_apigatewayv2.HttpApi': readApiAs('AWS::ApiGatewayV2::Api', 'HTTP'),
  'aws_apigatewayv2.WebSocketApi': readApiAs('AWS::ApiGatewayV2::Api', 'WEBSOCKET'),
  'aws_stepfunctions.StateMachine': readStateMachine,
  'aws_cognito.UserPool': readUserPool,
  'aws_cognito_identitypool.IdentityPool': readIdentityPool,
  'aws_cloudfront.Function': readCloudFrontFunction,
  'aws_cloudfront.Distribution': readOther('AWS::CloudFront::Distribution'),
  'aws_cloudfront.CloudFrontWebDistribution': readOther('AWS::CloudFront::Distribution'),
  'aws_lambda.Version': readOther('AWS::Lambda::Version'),
  'aws_lambda.Alias': readOther('AWS::Lambda::Alias'),
  'aws_rds.DatabaseProxy': readDatabaseProxy,
  'aws_rds.DatabaseInstance': readDatabase('AWS::RDS::DBInstance'),
  'aws_rds.DatabaseCluster': readDatabase('AWS::RDS::DBCluster'),
  'aws_rds.ServerlessCluster': readDatabase('AWS::RDS::DBCluster'),
  'aws_ec2.Vpc': readVpc,
};
