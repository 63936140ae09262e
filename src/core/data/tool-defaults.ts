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
 */
import { LIMITS, type LimitUnit } from '../limits';

export type DefaultingTool = 'lambda' | 'sam' | 'serverless' | 'serverless-edge' | 'sqs' | 'cdk';

export interface ToolDefault {
  readonly tool: DefaultingTool;
  /** What the default is for, e.g. `function timeout`. */
  readonly what: string;
  readonly value: number | string;
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

const LAMBDA = "Lambda's default";
const FRAMEWORK = "the Serverless Framework's default";
const FRAMEWORK_EDGE = "the Serverless Framework's default for Lambda@Edge";
const CDK = "the CDK's default";

export const TOOL_DEFAULTS = {
  'lambda.timeout': { tool: 'lambda', what: 'function timeout', value: LIMITS['lambda.timeout.default'].value, unit: 's', provenance: LAMBDA, source: LIMITS['lambda.timeout.default'].source },
  'lambda.memorySize': { tool: 'lambda', what: 'function memory', value: LIMITS['lambda.memory.min'].value, unit: 'MB', provenance: LAMBDA, source: LIMITS['lambda.memory.min'].source },
  // SAM adds nothing of its own: Lambda's defaults unless `Globals.Function` sets them (merged by the reader).
  'sam.timeout': { tool: 'sam', what: 'function timeout without Globals', value: LIMITS['lambda.timeout.default'].value, unit: 's', provenance: LAMBDA, source: SAM_GLOBALS },
  'sam.memorySize': { tool: 'sam', what: 'function memory without Globals', value: LIMITS['lambda.memory.min'].value, unit: 'MB', provenance: LAMBDA, source: SAM_GLOBALS },
  'serverless.timeout': { tool: 'serverless', what: 'function timeout when neither the function nor the provider sets one', value: 6, unit: 's', provenance: FRAMEWORK, source: SLS_FUNCTIONS },
  'serverless.memorySize': { tool: 'serverless', what: 'function memory when neither the function nor the provider sets one', value: 1024, unit: 'MB', provenance: FRAMEWORK, source: SLS_FUNCTIONS },
  // The Framework sets these on a `cloudFront` function that sets none itself, even when the provider does.
  'serverless.edge.timeout': { tool: 'serverless-edge', what: 'Lambda@Edge function timeout', value: 5, unit: 's', provenance: FRAMEWORK_EDGE, source: SLS_CLOUDFRONT },
  'serverless.edge.memorySize': { tool: 'serverless-edge', what: 'Lambda@Edge function memory', value: 128, unit: 'MB', provenance: FRAMEWORK_EDGE, source: SLS_CLOUDFRONT },
  'sqs.visibilityTimeout': { tool: 'sqs', what: 'queue visibility timeout', value: LIMITS['sqs.visibilityTimeout.default'].value, unit: 's', provenance: "SQS's default", source: LIMITS['sqs.visibilityTimeout.default'].source },
  'cdk.function.timeout': { tool: 'cdk', what: 'lambda.Function timeout', value: LIMITS['lambda.timeout.default'].value, unit: 's', provenance: CDK, source: CDK_FUNCTION },
  'cdk.function.memorySize': { tool: 'cdk', what: 'lambda.Function memory', value: LIMITS['lambda.memory.min'].value, unit: 'MB', provenance: CDK, source: CDK_FUNCTION },
  'cdk.queue.visibilityTimeout': { tool: 'cdk', what: 'sqs.Queue visibility timeout', value: LIMITS['sqs.visibilityTimeout.default'].value, unit: 's', provenance: CDK, source: CDK_QUEUE },
  'cdk.table.billingMode': { tool: 'cdk', what: 'dynamodb.Table billing mode', value: 'PROVISIONED', provenance: CDK, source: CDK_TABLE },
  'cdk.table.readCapacity': { tool: 'cdk', what: 'dynamodb.Table read capacity when PROVISIONED', value: 5, unit: 'count', provenance: CDK, source: CDK_TABLE },
  'cdk.table.writeCapacity': { tool: 'cdk', what: 'dynamodb.Table write capacity when PROVISIONED', value: 5, unit: 'count', provenance: CDK, source: CDK_TABLE },
  'cdk.tableV2.billingMode': { tool: 'cdk', what: 'dynamodb.TableV2 billing', value: 'PAY_PER_REQUEST', provenance: CDK, source: CDK_TABLE_V2 },
} as const satisfies Record<string, ToolDefault>;

export type ToolDefaultId = keyof typeof TOOL_DEFAULTS;

export function toolDefault(id: ToolDefaultId): ToolDefault {
  return TOOL_DEFAULTS[id];
}

/** "6 s: the Serverless Framework's default" — how a message or hover names a default value. */
export function describeDefault(id: ToolDefaultId): string {
  const d: ToolDefault = TOOL_DEFAULTS[id];
  return `${d.value}${d.unit && d.unit !== 'count' ? ` ${d.unit}` : ''}: ${d.provenance}`;
}
