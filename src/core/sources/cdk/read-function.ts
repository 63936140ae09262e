/** Lambda function constructs -> `LambdaFunction` (`lambda.Function`, `NodejsFunction`, `EdgeFunction`…). */
import { known, unknown, type Environment, type EnvironmentVariable, type EventSource, type LambdaFunction, type Value } from '../../model';
import type { Span } from '../../text/line-index';
import type { UndeterminedDefaultId } from '../../data/tool-defaults';
import { camelCase, type CdkContext, type Construct, type ConstructProp } from './context';
import { LAMBDA_ARCHITECTURES, LAMBDA_RUNTIMES, SNAP_START } from './enums';
import { argument, firstArgument } from './evaluate';
import type { CallExpr, Expr } from './ir';

const LAMBDA_FUNCTION = 'AWS::Lambda::Function';

/**
 * Function classes by canonical symbol: what they add to what the props say. `runtime`: the class may
 * omit it and deploys a default that depends on the CDK version (unknown then, never guessed).
 */
export const FUNCTION_CONSTRUCTS: Readonly<Record<string, { edge?: boolean; image?: boolean; runtime?: UndeterminedDefaultId }>> = {
  'aws_lambda.Function': {},
  'aws_lambda.SingletonFunction': {},
  'aws_lambda_nodejs.NodejsFunction': { runtime: 'cdk.nodejsFunction.runtime' },
  'aws_lambda_python.PythonFunction': { runtime: 'cdk.pythonFunction.runtime' },
  'aws_lambda_go.GoFunction': { runtime: 'cdk.goFunction.runtime' },
  'aws_lambda.DockerImageFunction': { image: true },
  'aws_cloudfront.experimental.EdgeFunction': { edge: true },
};

/** CDK prop -> CloudFormation property of `AWS::Lambda::Function` (hover names and facets). */
const FUNCTION_PROPERTIES: Readonly<Record<string, string>> = {
  timeout: 'Timeout',
  memorySize: 'MemorySize',
  ephemeralStorageSize: 'EphemeralStorage',
  environment: 'Environment',
  runtime: 'Runtime',
  snapStart: 'SnapStart',
  vpc: 'VpcConfig',
  vpcSubnets: 'VpcConfig',
  securityGroups: 'VpcConfig',
  layers: 'Layers',
  architecture: 'Architectures',
  architectures: 'Architectures',
  reservedConcurrentExecutions: 'ReservedConcurrentExecutions',
  handler: 'Handler',
  code: 'Code',
  entry: 'Code',
  description: 'Description',
  functionName: 'FunctionName',
  role: 'Role',
  deadLetterQueue: 'DeadLetterConfig',
  filesystem: 'FileSystemConfigs',
};

const LAMBDA_TRACING: Readonly<Record<string, string>> = { ACTIVE: 'Active', PASS_THROUGH: 'PassThrough', DISABLED: 'Disabled' };

/** Event source classes (`aws_lambda_event_sources`) -> event kind. */
export const EVENT_SOURCE_KINDS: Readonly<Record<string, EventSource['kind']>> = {
  'aws_lambda_event_sources.SqsEventSource': 'sqs',
  'aws_lambda_event_sources.DynamoEventSource': 'dynamodb-stream',
  'aws_lambda_event_sources.KinesisEventSource': 'kinesis',
  'aws_lambda_event_sources.SnsEventSource': 'sns',
  'aws_lambda_event_sources.S3EventSource': 's3',
  'aws_lambda_event_sources.S3EventSourceV2': 's3',
  'aws_lambda_event_sources.ManagedKafkaEventSource': 'other',
  'aws_lambda_event_sources.SelfManagedKafkaEventSource': 'other',
  'aws_lambda_event_sources.ApiEventSource': 'rest-api',
};

/** A function whose fields later passes complete (events, versions, `addEnvironment`, `addLayers`). */
export type MutableFunction = { -readonly [K in keyof LambdaFunction]: LambdaFunction[K] };

/** Reads a function construct into the model and registers it (its class name's hover lists the defaults). */
export function readFunction(ctx: CdkContext, c: Construct): MutableFunction {
  const ev = ctx.ev;
  const flags = FUNCTION_CONSTRUCTS[c.symbol] ?? {};
  const p = (name: string) => c.props.get(name);
  const fn: MutableFunction = {
    kind: 'function',
    id: ctx.entityId(c.call, c.symbol.split('.').pop() ?? 'Function'),
    resourceType: LAMBDA_FUNCTION,
    span: c.call.span,
    events: [],
  };
  const valueOf = <T>(prop: ConstructProp | undefined, read: (e: Expr) => Value<T>): Value<T> | undefined => {
    if (!prop || prop.value.k === 'null') return undefined;
    const value = read(prop.value);
    ctx.propTarget(fn, LAMBDA_FUNCTION, prop, FUNCTION_PROPERTIES[prop.name], value.span);
    return value;
  };
  for (const prop of c.props.values()) {
    // Props without a model field still get a hover target (the note for Handler, Code…).
    if (FUNCTION_PROPERTIES[prop.name] && !MODEL_PROPS.has(prop.name)) ctx.propTarget(fn, LAMBDA_FUNCTION, prop, FUNCTION_PROPERTIES[prop.name]);
  }
  fn.timeout = valueOf(p('timeout'), (e) => ev.duration(e));
  fn.memorySize = valueOf(p('memorySize'), (e) => ev.numberValue(e));
  fn.ephemeralStorage = valueOf(p('ephemeralStorageSize'), (e) => ev.size(e));
  fn.reservedConcurrency = valueOf(p('reservedConcurrentExecutions'), (e) => ev.numberValue(e));
  fn.snapStart = valueOf(p('snapStart'), (e) => ev.enumValue(e, 'aws_lambda.SnapStartConf', SNAP_START));
  fn.layers = valueOf(p('layers'), (e) => {
    const items = ev.arrayItems(e);
    return items ? known(items.length, e.span) : unknown('layers not determined by this file', e.span);
  });
  fn.architectures = valueOf(p('architecture'), (e) => asList(ev.enumValue(e, 'aws_lambda.Architecture', LAMBDA_ARCHITECTURES))) ?? valueOf(p('architectures'), (e) => architectureList(ctx, e));
  const runtimeProp = p('runtime');
  const image = flags.image || isImageCode(ctx, p('code')?.value) || (runtimeProp && ev.symbol(runtimeProp.value) === 'aws_lambda.Runtime.FROM_IMAGE');
  if (image) {
    fn.packageType = known('Image', c.call.callee.span);
    if (runtimeProp) ctx.propTarget(fn, LAMBDA_FUNCTION, runtimeProp, 'Runtime');
  } else fn.runtime = valueOf(runtimeProp, (e) => runtimeValue(ctx, e));
  const environment = p('environment');
  if (environment && environment.value.k !== 'null') {
    fn.environment = readEnvironment(ctx, environment.value);
    ctx.propTarget(fn, LAMBDA_FUNCTION, environment, 'Environment');
  }
  for (const name of ['vpc', 'vpcSubnets', 'securityGroups']) {
    const prop = p(name);
    if (prop && prop.value.k !== 'null' && !fn.vpc) fn.vpc = { span: prop.value.span };
    if (prop) ctx.propTarget(fn, LAMBDA_FUNCTION, prop, 'VpcConfig');
  }
  const filesystem = p('filesystem');
  if (filesystem && filesystem.value.k !== 'null') fn.fileSystems = known(1, filesystem.value.span);
  const versionOptions = p('currentVersionOptions');
  const provisioned = versionOptions && ev.objectEntries(versionOptions.value)?.entries.find((e) => camelCase(e.name) === 'provisionedConcurrentExecutions');
  if (provisioned) fn.provisionedConcurrency = ev.numberValue(provisioned.value);
  if (flags.edge) fn.edge = true;
  const events = p('events');
  if (events) {
    for (const item of ev.arrayItems(events.value) ?? []) {
      const event = eventSourceOf(ctx, item);
      if (event) fn.events.push(event);
    }
  }
  // Every function class passes these through to `lambda.Function`, which leaves them out of the template.
  const defaults = ctx.defaults(c);
  fn.timeout ??= defaults.value('timeout', 'cdk.function.timeout');
  fn.memorySize ??= defaults.value('memorySize', 'cdk.function.memorySize');
  fn.ephemeralStorage ??= defaults.value('ephemeralStorageSize', 'cdk.function.ephemeralStorageSize');
  fn.architectures ??= asList(defaults.value('architecture', 'cdk.function.architecture'));
  if (!image && !fn.runtime && flags.runtime) fn.runtime = defaults.undeterminedValue('runtime', flags.runtime);
  // Best practices with the CDK's own defaults: no tracing, a log group that never expires.
  const tracing = p('tracing');
  fn.tracing = tracing ? ev.enumValue(tracing.value, 'aws_lambda.Tracing', LAMBDA_TRACING) : c.propsPartial ? undefined : known('Disabled', c.call.span, { toolDefault: "the CDK's default" });
  fn.logRetention = p('logRetention') || p('logGroup') ? true : c.propsPartial ? undefined : false;
  ctx.model.functions.push(fn);
  ctx.register(fn, c, defaults.details());
  return fn;
}

/** Props read into model fields above (they get their targets with the value's span). */
const MODEL_PROPS = new Set(['timeout', 'memorySize', 'ephemeralStorageSize', 'reservedConcurrentExecutions', 'snapStart', 'layers', 'architecture', 'architectures', 'runtime', 'environment', 'vpc', 'vpcSubnets', 'securityGroups']);

function runtimeValue(ctx: CdkContext, e: Expr): Value<string> {
  const member = ctx.ev.enumValue(e, 'aws_lambda.Runtime', LAMBDA_RUNTIMES);
  if (member.known !== false) return member;
  // `new lambda.Runtime('nodejs22.x', RuntimeFamily.NODEJS)`.
  const { expr } = ctx.ev.deref(e);
  if (expr.k === 'call' && ctx.ev.symbol(expr.callee) === 'aws_lambda.Runtime') {
    const name = firstArgument(expr, 'name');
    if (name) return ctx.ev.stringValue(name);
  }
  return member;
}

function asList(value: Value<string>): Value<string[]> {
  if (value.known !== true) return value.known === false ? value : unknown('not determined', value.span);
  return { ...value, value: [value.value], replace: value.replace && ((v: string[]) => (v.length === 1 ? value.replace!(v[0]) : undefined)) };
}

function architectureList(ctx: CdkContext, e: Expr): Value<string[]> {
  const items = ctx.ev.arrayItems(e);
  if (!items) return unknown('architectures not determined by this file', e.span);
  const values = items.map((i) => ctx.ev.enumValue(i, 'aws_lambda.Architecture', LAMBDA_ARCHITECTURES));
  if (!values.every((v) => v.known === true)) return unknown('architectures not determined by this file', e.span);
  return known(values.map((v) => (v as { value: string }).value), e.span);
}

/** `Code.fromAssetImage` / `Code.fromEcrImage` (Python `from_asset_image`…) deploy a container image. */
function isImageCode(ctx: CdkContext, e: Expr | undefined): boolean {
  if (!e) return false;
  const { expr } = ctx.ev.deref(e);
  if (expr.k !== 'call' || expr.callee.k !== 'member') return false;
  const symbol = ctx.ev.symbol(expr.callee);
  return symbol !== undefined && IMAGE_CODE.has(symbol);
}

const IMAGE_CODE = new Set(['aws_lambda.Code.fromAssetImage', 'aws_lambda.Code.from_asset_image', 'aws_lambda.Code.fromEcrImage', 'aws_lambda.Code.from_ecr_image', 'aws_lambda.DockerImageCode.fromImageAsset', 'aws_lambda.DockerImageCode.from_image_asset']);

/** An `environment` object: every variable with its value or the lower bound of its length. */
export function readEnvironment(ctx: CdkContext, e: Expr): Environment {
  const entries = ctx.ev.objectEntries(e);
  if (!entries) return { span: e.span, variables: [], partial: true };
  const variables: EnvironmentVariable[] = entries.entries.map((entry) => environmentVariable(ctx, entry.name, entry.nameSpan, entry.value));
  return { span: e.span, variables, partial: entries.partial || undefined };
}

export function environmentVariable(ctx: CdkContext, name: string, nameSpan: Span, value: Expr): EnvironmentVariable {
  const s = ctx.ev.string(value);
  return s.known
    ? { name, nameSpan, value: known(s.value, s.span, { derived: s.derived }) }
    : { name, nameSpan, value: unknown('not determined by this file', value.span), minLength: s.minLength };
}

/** `new SqsEventSource(queue)` -> an event of the function it is added to. */
export function eventSourceOf(ctx: CdkContext, e: Expr): EventSource | undefined {
  const { expr } = ctx.ev.deref(e);
  if (expr.k !== 'call') return undefined;
  const symbol = ctx.ev.symbol(expr.callee);
  const kind = symbol ? EVENT_SOURCE_KINDS[symbol] : undefined;
  if (!kind) return undefined;
  const target = firstArgument(expr);
  const settings = kind === 'sqs' || kind === 'dynamodb-stream' || kind === 'kinesis' ? mappingSettings(ctx, expr) : {};
  return { kind, span: expr.span, targetId: kind === 'rest-api' ? undefined : ctx.targetIdOf(target), ...settings };
}

/**
 * The event source's props (`new SqsEventSource(queue, { maxBatchingWindow: Duration.seconds(20) })`,
 * Python keywords `max_batching_window=`) as the model's event source mapping settings.
 */
function mappingSettings(ctx: CdkContext, call: CallExpr): Partial<EventSource> {
  const ev = ctx.ev;
  const props = new Map<string, Expr>();
  const object = argument(call, 1);
  const entries = object ? ev.objectEntries(object)?.entries ?? [] : [];
  for (const e of entries) props.set(camelCase(e.name), e.value);
  for (const kw of call.keywords) if (kw.key !== undefined) props.set(camelCase(kw.key), kw.value);
  const read = <T>(name: string, as: (e: Expr) => Value<T>): Value<T> | undefined => {
    const e = props.get(name);
    return e ? as(e) : undefined;
  };
  return {
    batchSize: read('batchSize', (e) => ev.numberValue(e)),
    batchingWindowSeconds: read('maxBatchingWindow', (e) => ev.duration(e)),
    maximumRetryAttempts: read('retryAttempts', (e) => ev.numberValue(e)),
    maximumRecordAgeSeconds: read('maxRecordAge', (e) => ev.duration(e)),
    bisectOnError: read('bisectBatchOnError', (e) => ev.booleanValue(e)),
    onFailure: props.has('onFailure'),
  };
}
