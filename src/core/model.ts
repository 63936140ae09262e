/**
 * The serverless model every format is read into (CloudFormation/SAM, serverless.yml, CDK).
 * Rules read only this, so one rule serves every format. Every value keeps the span where it is
 * written and whether it is known; readers never guess: what a file does not determine is unknown.
 */
import type { Span } from './text/line-index';

export type Format = 'cloudformation' | 'serverless' | 'cdk';

/** A value the file determines. */
export interface KnownValue<T> {
  readonly known: true;
  readonly value: T;
  /** Where the value is written: what a diagnostic underlines and a quick fix replaces. */
  readonly span: Span;
  /**
   * Set when the value is not written at its point of use, saying where it comes from, e.g.
   * `Globals.Function.Timeout`, `parameter MemoryParam (Default)`, `provider.timeout`, `const TIMEOUT`.
   */
  readonly derived?: string;
  /** The source text as written when it is not the plain value, e.g. `Duration.minutes(20)`. */
  readonly text?: string;
  /**
   * Set when the file does not write the value at all and a tool deploys its default (data in
   * `data/tool-defaults.ts`): whose default it is, e.g. "the Serverless Framework's default". The span is
   * then the declaration's first line (the function key, the construct's class name).
   */
  readonly toolDefault?: string;
  /** Renders a replacement in the source's own syntax (for quick fixes); undefined when it can't. */
  replace?(value: T): string | undefined;
}

/** A value the file does not determine (`!Ref` without default, `${ssm:...}`, a function call...). */
export interface UnknownValue {
  readonly known: false;
  readonly span?: Span;
  readonly reason: string;
}

/** A value with several possible outcomes (both branches of `Fn::If`). */
export interface ChoiceValue<T> {
  readonly known: 'choice';
  readonly span: Span;
  readonly options: readonly Value<T>[];
}

export type Value<T> = KnownValue<T> | UnknownValue | ChoiceValue<T>;

/** The known outcomes of a value: one for a known value, each known branch of a choice, none otherwise. */
export function knownOptions<T>(value: Value<T> | undefined): KnownValue<T>[] {
  if (!value) return [];
  if (value.known === true) return [value];
  if (value.known === 'choice') return value.options.flatMap((o) => knownOptions(o));
  return [];
}

/** The single known value, or undefined when unknown or ambiguous. */
export function knownValue<T>(value: Value<T> | undefined): T | undefined {
  return value && value.known === true ? value.value : undefined;
}

export function known<T>(value: T, span: Span, extra?: Partial<Omit<KnownValue<T>, 'known' | 'value' | 'span'>>): KnownValue<T> {
  return { known: true, value, span, ...extra };
}

export function unknown(reason: string, span?: Span): UnknownValue {
  return { known: false, reason, span };
}

/** What every entity has: a resource, a serverless.yml function, a CDK construct. */
export interface EntityBase {
  /** Logical id, function key or variable name: what messages call it. */
  readonly id: string;
  /** The CloudFormation resource type it becomes, e.g. `AWS::Lambda::Function`. */
  readonly resourceType: string;
  /** The declaration (logical id key, function key, `new X(...)` expression). */
  readonly span: Span;
}

/** One environment variable of a function's merged environment. */
export interface EnvironmentVariable {
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: Value<string>;
  /** A lower bound of the value's length in characters when the value is not known (e.g. literal parts of `!Sub`). */
  readonly minLength?: number;
}

/** A function's environment as Lambda receives it: global/provider variables merged with its own. */
export interface Environment {
  /** The map that holds most of the variables (the function's own, else the inherited one). */
  readonly span: Span;
  readonly derived?: string;
  readonly variables: readonly EnvironmentVariable[];
  /** True when the map is only partly known (a spread or an `!If` over the whole map): sizes are lower bounds. */
  readonly partial?: boolean;
}

export type EventKind =
  | 'rest-api'
  | 'http-api'
  | 'websocket'
  | 'sqs'
  | 'dynamodb-stream'
  | 'kinesis'
  | 'schedule'
  | 's3'
  | 'sns'
  | 'eventbridge'
  | 'cloudfront'
  | 'other';

/** What triggers a function. */
export interface EventSource {
  readonly kind: EventKind;
  readonly span: Span;
  /** The logical id (or construct variable) of the queue / table / stream / API, when the file names one. */
  readonly targetId?: string;
  /** API Gateway: the integration timeout when set (ms). */
  readonly integrationTimeoutMs?: Value<number>;
  /** API Gateway: invoked asynchronously (`X-Amz-Invocation-Type: Event`): the client does not wait. */
  readonly asynchronous?: boolean;
  /** Response streaming (no 29/30 s integration wait applies the same way). */
  readonly streaming?: boolean;
  /** CloudFront: `viewer-request`, `origin-response`... */
  readonly edgeEventType?: Value<string>;
  /**
   * CloudFront (Lambda@Edge): what the association's function ARN names: a numbered `version` (required),
   * `$LATEST`, an `alias`, or the `unqualified` function ARN. Spans the ARN as written.
   */
  readonly edgeTarget?: Value<EdgeTargetKind>;
  /** CloudFront: the distribution (logical id or construct) the association belongs to. */
  readonly distributionId?: string;
  /** Event source mappings (SQS, streams): `MaximumBatchingWindowInSeconds`, seconds. */
  readonly batchingWindowSeconds?: Value<number>;
  /** Event source mappings: `BatchSize`. */
  readonly batchSize?: Value<number>;
  /** Streams: `MaximumRetryAttempts` (-1: until the record expires). */
  readonly maximumRetryAttempts?: Value<number>;
  /** Streams: `MaximumRecordAgeInSeconds` (-1: until the stream's retention). */
  readonly maximumRecordAgeSeconds?: Value<number>;
  /** Streams: `BisectBatchOnFunctionError`. */
  readonly bisectOnError?: Value<boolean>;
  /** Streams and queues: an on-failure destination is configured (true) or known absent (false). */
  readonly onFailure?: boolean;
}

/** A `Task` state that invokes a Lambda function, with the limits the task puts on the wait. */
export interface StateMachineTask {
  /** The state's name. */
  readonly state: string;
  /** The state's key in the definition (or the whole definition string when its offsets are not the file's). */
  readonly span: Span;
  /** The function's logical id or construct, when the file names one of its own. */
  readonly functionId?: string;
  /** `TimeoutSeconds` of the task, seconds. */
  readonly timeoutSeconds?: Value<number>;
  /** `HeartbeatSeconds` of the task, seconds. */
  readonly heartbeatSeconds?: Value<number>;
}

/** What a Lambda@Edge association's `LambdaFunctionARN` points at. */
export type EdgeTargetKind = 'version' | '$LATEST' | 'alias' | 'unqualified';

export interface VpcConfig {
  readonly span: Span;
  readonly derived?: string;
  readonly subnetCount?: Value<number>;
  readonly securityGroupCount?: Value<number>;
}

export interface LambdaFunction extends EntityBase {
  readonly kind: 'function';
  readonly runtime?: Value<string>;
  /** Seconds. */
  readonly timeout?: Value<number>;
  /** MB. */
  readonly memorySize?: Value<number>;
  /** MB of /tmp. */
  readonly ephemeralStorage?: Value<number>;
  readonly environment?: Environment;
  /** Number of layers after merging inherited ones. */
  readonly layers?: Value<number>;
  readonly snapStart?: Value<string>;
  readonly vpc?: VpcConfig;
  readonly reservedConcurrency?: Value<number>;
  readonly provisionedConcurrency?: Value<number>;
  readonly architectures?: Value<string[]>;
  /** `Zip` or `Image`. */
  readonly packageType?: Value<string>;
  /** Present when the function runs on Lambda Managed Instances (a capacity provider). */
  readonly capacityProvider?: Value<unknown>;
  /** Present when the function mounts EFS. */
  readonly fileSystems?: Value<number>;
  /** True when something publishes versions of it (SAM `AutoPublishAlias`, `AWS::Lambda::Version`, CDK `currentVersion`). */
  readonly publishesVersions?: boolean;
  /** True when it is a Lambda@Edge function (associated with CloudFront or declared as one). */
  readonly edge?: boolean;
  /**
   * Logical ids (or constructs) of databases (RDS instances/clusters) whose endpoint the function's
   * environment references, e.g. `DB_HOST: !GetAtt Db.Endpoint.Address`.
   */
  readonly databaseEndpoints?: readonly string[];
  /**
   * Ids of the queues, state machines and functions the function sends to: its environment names them
   * (`QUEUE_URL: !Ref OrdersQueue`) or its destinations do. The invocation graph follows them.
   */
  readonly sendsTo?: readonly string[];
  /** X-Ray tracing mode (`Active`, `PassThrough`); a tool's default when the file sets none. */
  readonly tracing?: Value<string>;
  /**
   * Whether the function's log group has a retention: true when the file sets one (a log group with
   * `RetentionInDays` for it, `logRetention`, `logRetentionInDays`), false when the file determines there is
   * none (logs kept forever), undefined when it can't tell (a log group it can't match).
   */
  readonly logRetention?: boolean;
  readonly events: EventSource[];
}

export interface Queue extends EntityBase {
  readonly kind: 'queue';
  /** Seconds; undefined when not set (AWS default applies). */
  readonly visibilityTimeout?: Value<number>;
  /** A redrive policy (dead-letter queue) is set: true, false when the file sets none, undefined when unknown. */
  readonly redrive?: boolean;
  /** The queue is itself a dead-letter queue or failure destination of something in the file. */
  readonly isDeadLetter?: boolean;
}

export interface Table extends EntityBase {
  readonly kind: 'table';
  readonly billingMode?: Value<string>;
  /** Span of `ProvisionedThroughput` (its key, or the value where there is no key) when present. */
  readonly provisionedThroughput?: Span;
  /**
   * A span whose deletion removes the whole `ProvisionedThroughput` key and value (its lines, or its
   * JSON member with one comma); undefined when the reader can't tell (it is the map's only key...).
   */
  readonly provisionedThroughputRemoval?: Span;
  /**
   * Set when the file writes no throughput but the tool fills it in whenever the table is PROVISIONED
   * (the CDK's `dynamodb.Table`: 5 read / 5 write): whose default it is.
   */
  readonly provisionedThroughputDefault?: string;
  /** True when `ProvisionedThroughput` is itself conditional (`Fn::If`): it may be absent. */
  readonly provisionedThroughputConditional?: boolean;
  /** `TimeToLiveSpecification.Enabled`. */
  readonly ttlEnabled?: Value<boolean>;
  /** Global tables: `MultiRegionConsistency` (`EVENTUAL` default, `STRONG`). */
  readonly multiRegionConsistency?: Value<string>;
  readonly tableClass?: Value<string>;
  readonly streamViewType?: Value<string>;
  readonly ttlAttribute?: Value<string>;
  readonly pointInTimeRecovery?: Value<boolean>;
  /** `PointInTimeRecoverySpecification.RecoveryPeriodInDays` (1–35; 35 when unset). */
  readonly pitrRecoveryPeriodDays?: Value<number>;
  /** Global tables: number of replicas. */
  readonly replicaCount?: number;
  readonly importFormat?: Value<string>;
  /** Key attributes of the table and its indexes, with their declared types (S, N, B). */
  readonly keyAttributes?: ReadonlyArray<{ name: string; type?: string; span: Span }>;
}

export interface Api extends EntityBase {
  readonly kind: 'api';
  readonly protocol: 'REST' | 'HTTP' | 'WEBSOCKET';
  readonly endpointType?: Value<string>;
  readonly hasResourcePolicy?: boolean;
}

export interface StateMachine extends EntityBase {
  readonly kind: 'state-machine';
  readonly type?: Value<string>;
  /** Seconds: `Wait` states and `TimeoutSeconds` found in the definition. */
  readonly durations: ReadonlyArray<{ what: string; seconds: Value<number> }>;
  /** `Task` states that invoke a function (the invocation graph's task links). */
  readonly tasks?: readonly StateMachineTask[];
}

export interface UserPool extends EntityBase {
  readonly kind: 'user-pool';
  readonly mfa?: Value<string>;
  /**
   * Whether CloudFormation can switch MFA on: true with `SmsConfiguration` or `SOFTWARE_TOKEN_MFA` in
   * `EnabledMfas`, false when neither is set, undefined when the file does not tell.
   */
  readonly mfaMethodConfigured?: boolean;
  /** `EnabledMfas` as written (`SMS_MFA`, `SOFTWARE_TOKEN_MFA`, `EMAIL_OTP`). */
  readonly enabledMfas?: Value<string[]>;
}

export interface IdentityPool extends EntityBase {
  readonly kind: 'identity-pool';
  readonly allowUnauthenticated?: Value<boolean>;
}

export interface CloudFrontFunction extends EntityBase {
  readonly kind: 'cloudfront-function';
  readonly runtime?: Value<string>;
  /** Inline code (`FunctionCode`). */
  readonly code?: Value<string>;
}

/**
 * A resource the model keeps no list for (a CloudFront distribution, a Lambda version or alias, a database,
 * a VPC): the CDK reader registers it for hover targets and links between constructs; no rule reads it.
 */
export interface OtherResource extends EntityBase {
  readonly kind: 'other';
}

/**
 * Something a template declares, tagged by `kind`: `entity.kind === 'table'` narrows to a `Table`, and a
 * `switch` over `kind` with a `never` default fails to compile when a new kind is not handled.
 */
export type Entity = LambdaFunction | Queue | Table | Api | StateMachine | UserPool | IdentityPool | CloudFrontFunction | OtherResource;

export type EntityKind = Entity['kind'];

/** A key the tool ignores because of its case or a typo (serverless.yml `Timeout:` under a function). */
export interface IgnoredKey {
  readonly key: string;
  /** The key as written: what the warning marks and the quick fix replaces. */
  readonly span: Span;
  /** The key the tool reads, e.g. `timeout`. */
  readonly intended: string;
  readonly where: 'function' | 'provider';
  /** The function's key, or `provider`. */
  readonly owner: string;
}

/** Everything a reader found in one file. */
export interface ServerlessModel {
  readonly format: Format;
  readonly functions: LambdaFunction[];
  readonly queues: Queue[];
  readonly tables: Table[];
  readonly apis: Api[];
  readonly stateMachines: StateMachine[];
  readonly userPools: UserPool[];
  readonly identityPools: IdentityPool[];
  readonly cloudFrontFunctions: CloudFrontFunction[];
  /** Other facts rules may need, e.g. `hasNatGateway`. */
  readonly facts: {
    hasNatGateway?: boolean;
    databases?: number;
    dbProxies?: number;
    /** Logical ids of the RDS instances/clusters the file declares (for "reads a database endpoint"). */
    databaseIds?: string[];
    /** Keys the tool ignores because of their case or a typo (serverless.yml). */
    ignoredKeys?: IgnoredKey[];
    /** A CloudFormation template that uses SAM (`Globals`, `AWS::Serverless::*`) without the SAM `Transform`: where. */
    samWithoutTransform?: Span;
  };
}

export function emptyModel(format: Format): ServerlessModel {
  return {
    format,
    functions: [],
    queues: [],
    tables: [],
    apis: [],
    stateMachines: [],
    userPools: [],
    identityPools: [],
    cloudFrontFunctions: [],
    facts: {},
  };
}

/** Every entity the model declares, in a stable order (functions first). */
export function allEntities(model: ServerlessModel): Entity[] {
  return [
    ...model.functions,
    ...model.queues,
    ...model.tables,
    ...model.apis,
    ...model.stateMachines,
    ...model.userPools,
    ...model.identityPools,
    ...model.cloudFrontFunctions,
  ];
}
