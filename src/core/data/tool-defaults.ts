/**
 * What each tool deploys when the file does not say: the values Lambda, SAM, the Serverless Framework and
 * the AWS CDK fill in. Next to the limits (`../limits.ts`), each number once, with its unit and source.
 * Readers put these values into the model as known values marked `toolDefault` (one line saying whose
 * default it is), so rules and hovers see what is deployed and can say why.
 *
 * Sources: ../shared/facts/aws-serverless-facts.md ("Tool defaults that change what gets deployed");
 * the Serverless Framework's `lib/plugins/aws/package/compile/functions.js` (`|| 6`, `|| 1024`) and
 * `events/cloud-front.js` (`prepareFunctions`: 128 MB / 5 s for a function with a `cloudFront` event that
 * sets neither itself); aws-cdk-lib `aws-lambda/lib/function.ts`, `aws-sqs/lib/queue.ts`,
 * `aws-dynamodb/lib/table.ts` (`props.readCapacity || 5`) and `table-v2.ts` (`@default Billing.onDemand()`).
 *
 * CDK constructs, read in github.com/aws/aws-cdk (main, stored snapshots of 2025–2026): where the construct
 * passes the prop straight through (`timeout: props.timeout && props.timeout.toSeconds()`,
 * `memorySize: props.memorySize`, `visibilityTimeout: props.visibilityTimeout && …`, `endpointConfiguration:
 * this._configureEndpoints(props)` → undefined, `stateMachineType: props.stateMachineType ?? undefined`,
 * `mfaConfiguration: props.mfa`) the template has no value and the service's default is deployed: the
 * provenance says so ("Lambda's default; the CDK sets none"). Where the construct writes a value itself
 * (`allowUnauthenticatedIdentities: props.allowUnauthenticatedIdentities ? true : false`, the CloudFront
 * function runtime) it is "the CDK's default". Where the default depends on the aws-cdk-lib version or a
 * feature flag, `UNDETERMINED_DEFAULTS` records why, and readers make the value unknown (no finding).
 */
import { LIMITS, type LimitUnit } from '../limits';

export type DefaultingTool = 'lambda' | 'sam' | 'serverless' | 'serverless-edge' | 'sqs' | 'cdk';

export interface ToolDefault {
  readonly tool: DefaultingTool;
  /** Every entry here is a default (as in the limits' `kind`); undetermined ones live in `UNDETERMINED_DEFAULTS`. */
  readonly kind: 'default';
  /** What the default is for, e.g. `function timeout`. */
  readonly what: string;
  readonly value: number | string | boolean;
  readonly unit?: LimitUnit;
  /** Whose default it is, as messages and hovers say it: "the Serverless Framework's default". */
  readonly provenance: string;
  readonly source: string;
}

const SLS_FUNCTIONS = 'https://www.serverless.com/framework/docs/providers/aws/guide/functions';
const SLS_CLOUDFRONT = 'https://github.com/serverless/serverless/blob/main/lib/plugins/aws/package/compile/events/cloud-front.js';
const SAM_GLOBALS = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html';
const CDK_FUNCTION = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-lambda/lib/function.ts';
const CDK_QUEUE = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-sqs/lib/queue.ts';
const CDK_TABLE = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-dynamodb/lib/table.ts';
const CDK_TABLE_V2 = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-dynamodb/lib/table-v2.ts';
const CDK_REST_API = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-apigateway/lib/restapi.ts';
const CDK_STATE_MACHINE = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-stepfunctions/lib/state-machine.ts';
const CDK_USER_POOL = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-cognito/lib/user-pool.ts';
const CDK_IDENTITY_POOL = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-cognito-identitypool/lib/identitypool.ts';
const CDK_CLOUDFRONT_FUNCTION = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-cloudfront/lib/function.ts';
const CDK_NODEJS_RUNTIME = 'https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-lambda-nodejs/lib/function-helpers.ts';
const CDK_PYTHON_FUNCTION = 'https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk/aws-lambda-python-alpha/lib/function.ts';
const CDK_GO_FUNCTION = 'https://github.com/aws/aws-cdk/blob/main/packages/@aws-cdk/aws-lambda-go-alpha/lib/function.ts';

const LAMBDA = "Lambda's default";
const FRAMEWORK = "the Serverless Framework's default";
const FRAMEWORK_EDGE = "the Serverless Framework's default for Lambda@Edge";
const CDK = "the CDK's default";
// The CDK leaves these out of the template: the service's own default is deployed.
const LAMBDA_VIA_CDK = "Lambda's default; the CDK sets none";
const SQS_VIA_CDK = "SQS's default; the CDK sets none";
const APIGW_VIA_CDK = "API Gateway's default; the CDK sets none";
const SFN_VIA_CDK = "Step Functions' default; the CDK sets none";
const COGNITO_VIA_CDK = "Cognito's default; the CDK sets none";

export const TOOL_DEFAULTS = {
  'lambda.timeout': { kind: 'default', tool: 'lambda', what: 'function timeout', value: LIMITS['lambda.timeout.default'].value, unit: 's', provenance: LAMBDA, source: LIMITS['lambda.timeout.default'].source },
  'lambda.memorySize': { kind: 'default', tool: 'lambda', what: 'function memory', value: LIMITS['lambda.memory.min'].value, unit: 'MB', provenance: LAMBDA, source: LIMITS['lambda.memory.min'].source },
  // SAM adds nothing of its own: Lambda's defaults unless `Globals.Function` sets them (merged by the reader).
  'sam.timeout': { kind: 'default', tool: 'sam', what: 'function timeout without Globals', value: LIMITS['lambda.timeout.default'].value, unit: 's', provenance: LAMBDA, source: SAM_GLOBALS },
  'sam.memorySize': { kind: 'default', tool: 'sam', what: 'function memory without Globals', value: LIMITS['lambda.memory.min'].value, unit: 'MB', provenance: LAMBDA, source: SAM_GLOBALS },
  'serverless.timeout': { kind: 'default', tool: 'serverless', what: 'function timeout when neither the function nor the provider sets one', value: 6, unit: 's', provenance: FRAMEWORK, source: SLS_FUNCTIONS },
  'serverless.memorySize': { kind: 'default', tool: 'serverless', what: 'function memory when neither the function nor the provider sets one', value: 1024, unit: 'MB', provenance: FRAMEWORK, source: SLS_FUNCTIONS },
  // The Framework sets these on a `cloudFront` function that sets none itself, even when the provider does.
  'serverless.edge.timeout': { kind: 'default', tool: 'serverless-edge', what: 'Lambda@Edge function timeout', value: 5, unit: 's', provenance: FRAMEWORK_EDGE, source: SLS_CLOUDFRONT },
  'serverless.edge.memorySize': { kind: 'default', tool: 'serverless-edge', what: 'Lambda@Edge function memory', value: 128, unit: 'MB', provenance: FRAMEWORK_EDGE, source: SLS_CLOUDFRONT },
  'sqs.visibilityTimeout': { kind: 'default', tool: 'sqs', what: 'queue visibility timeout', value: LIMITS['sqs.visibilityTimeout.default'].value, unit: 's', provenance: "SQS's default", source: LIMITS['sqs.visibilityTimeout.default'].source },
  'cdk.function.timeout': { kind: 'default', tool: 'cdk', what: 'Lambda function construct timeout', value: LIMITS['lambda.timeout.default'].value, unit: 's', provenance: LAMBDA_VIA_CDK, source: CDK_FUNCTION },
  'cdk.function.memorySize': { kind: 'default', tool: 'cdk', what: 'Lambda function construct memory', value: LIMITS['lambda.memory.min'].value, unit: 'MB', provenance: LAMBDA_VIA_CDK, source: CDK_FUNCTION },
  'cdk.function.ephemeralStorageSize': { kind: 'default', tool: 'cdk', what: 'Lambda function construct /tmp size', value: LIMITS['lambda.ephemeralStorage.min'].value, unit: 'MB', provenance: LAMBDA_VIA_CDK, source: CDK_FUNCTION },
  'cdk.function.architecture': { kind: 'default', tool: 'cdk', what: 'Lambda function construct architecture', value: 'x86_64', provenance: LAMBDA_VIA_CDK, source: CDK_FUNCTION },
  'cdk.queue.visibilityTimeout': { kind: 'default', tool: 'cdk', what: 'sqs.Queue visibility timeout', value: LIMITS['sqs.visibilityTimeout.default'].value, unit: 's', provenance: SQS_VIA_CDK, source: CDK_QUEUE },
  // RestApi and LambdaRestApi; not SpecRestApi, whose OpenAPI import `parameters` may set the endpoint type.
  'cdk.restApi.endpointType': { kind: 'default', tool: 'cdk', what: 'apigateway.RestApi endpoint type', value: 'EDGE', provenance: APIGW_VIA_CDK, source: CDK_REST_API },
  'cdk.stateMachine.type': { kind: 'default', tool: 'cdk', what: 'stepfunctions.StateMachine type', value: 'STANDARD', provenance: SFN_VIA_CDK, source: CDK_STATE_MACHINE },
  'cdk.userPool.mfa': { kind: 'default', tool: 'cdk', what: 'cognito.UserPool MFA configuration', value: 'OFF', provenance: COGNITO_VIA_CDK, source: CDK_USER_POOL },
  'cdk.identityPool.allowUnauthenticated': { kind: 'default', tool: 'cdk', what: 'IdentityPool unauthenticated identities', value: false, provenance: CDK, source: CDK_IDENTITY_POOL },
  'cdk.cloudFrontFunction.runtime': { kind: 'default', tool: 'cdk', what: 'cloudfront.Function runtime without a key value store', value: 'cloudfront-js-1.0', provenance: CDK, source: CDK_CLOUDFRONT_FUNCTION },
  'cdk.cloudFrontFunction.runtimeWithKeyValueStore': { kind: 'default', tool: 'cdk', what: 'cloudfront.Function runtime with a key value store', value: 'cloudfront-js-2.0', provenance: CDK, source: CDK_CLOUDFRONT_FUNCTION },
  'cdk.table.billingMode': { kind: 'default', tool: 'cdk', what: 'dynamodb.Table billing mode', value: 'PROVISIONED', provenance: CDK, source: CDK_TABLE },
  'cdk.table.readCapacity': { kind: 'default', tool: 'cdk', what: 'dynamodb.Table read capacity when PROVISIONED', value: 5, unit: 'count', provenance: CDK, source: CDK_TABLE },
  'cdk.table.writeCapacity': { kind: 'default', tool: 'cdk', what: 'dynamodb.Table write capacity when PROVISIONED', value: 5, unit: 'count', provenance: CDK, source: CDK_TABLE },
  'cdk.tableV2.billingMode': { kind: 'default', tool: 'cdk', what: 'dynamodb.TableV2 billing', value: 'PAY_PER_REQUEST', provenance: CDK, source: CDK_TABLE_V2 },
} as const satisfies Record<string, ToolDefault>;

export type ToolDefaultId = keyof typeof TOOL_DEFAULTS;

/** A default no file can tell: it depends on the tool's version or a feature flag. Readers make it unknown. */
export interface UndeterminedDefault {
  readonly tool: DefaultingTool;
  readonly kind: 'undetermined';
  readonly what: string;
  /** Why it is unknown, as a hover says it (markdown-free). */
  readonly reason: string;
  readonly source: string;
}

export const UNDETERMINED_DEFAULTS = {
  // `getRuntime`: NODEJS_LATEST (itself resolved per Region at synth) with the feature flag, else NODEJS_16_X.
  'cdk.nodejsFunction.runtime': { tool: 'cdk', kind: 'undetermined', what: 'NodejsFunction runtime', reason: "NodejsFunction's default runtime depends on the aws-cdk-lib version and the @aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion feature flag", source: CDK_NODEJS_RUNTIME },
  // `readonly runtime: Runtime` (required) in today's alpha module; older versions had it optional with a default.
  'cdk.pythonFunction.runtime': { tool: 'cdk', kind: 'undetermined', what: 'PythonFunction runtime', reason: "PythonFunction's default runtime depends on the @aws-cdk/aws-lambda-python-alpha version (current versions require one)", source: CDK_PYTHON_FUNCTION },
  // `props.runtime ?? lambda.Runtime.PROVIDED_AL2` today; an alpha module, free to change between versions.
  'cdk.goFunction.runtime': { tool: 'cdk', kind: 'undetermined', what: 'GoFunction runtime', reason: "GoFunction's default runtime depends on the @aws-cdk/aws-lambda-go-alpha version", source: CDK_GO_FUNCTION },
} as const satisfies Record<string, UndeterminedDefault>;

export type UndeterminedDefaultId = keyof typeof UNDETERMINED_DEFAULTS;

export function toolDefault(id: ToolDefaultId): ToolDefault {
  return TOOL_DEFAULTS[id];
}

/** "6 s: the Serverless Framework's default" — how a message or hover names a default value. */
export function describeDefault(id: ToolDefaultId): string {
  const d: ToolDefault = TOOL_DEFAULTS[id];
  return `${d.value}${d.unit && d.unit !== 'count' ? ` ${d.unit}` : ''}: ${d.provenance}`;
}
