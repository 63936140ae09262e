/** Every rule, listed explicitly (the bundle has no directory to scan). */
import { lambdaEnvironmentSize } from './lambda-environment-size';
import { lambdaEphemeralStorage } from './lambda-ephemeral-storage';
import { lambdaLayers } from './lambda-layers';
import { lambdaMemory } from './lambda-memory';
import { lambdaReservedConcurrency } from './lambda-reserved-concurrency';
import { lambdaReservedEnvironment } from './lambda-reserved-environment';
import { lambdaTimeout } from './lambda-timeout';
import type { Rule } from './rule';
import { bpLambdaExplicitSettings } from './best-practices/lambda-explicit-settings';
import { bpLambdaLogRetention } from './best-practices/lambda-log-retention';
import { bpLambdaTracing } from './best-practices/lambda-tracing';
import { bpSqsRedrive } from './best-practices/sqs-redrive';
import { bpStreamOnFailure } from './best-practices/stream-on-failure';
import { apigwEndpointType } from './apigw-endpoint-type';
import { apigwLambdaTimeout } from './apigw-lambda-timeout';
import { apigwPrivatePolicy } from './apigw-private-policy';
import { runtimeDeprecated } from './runtime-deprecated';
import { runtimeDeprecationSoon } from './runtime-deprecation-soon';
import { runtimeUnknown } from './runtime-unknown';
import { snapStartIncompatible } from './snapstart-incompatible';
import { snapStartNoVersion } from './snapstart-no-version';
import { snapStartRuntime } from './snapstart-runtime';
import { sqsVisibilityRecommended } from './sqs-visibility-recommended';
import { sqsVisibilityTimeout } from './sqs-visibility-timeout';
import { cloudfrontFunctionSize } from './cloudfront-function-size';
import { cognitoMfaMethod } from './cognito-mfa-method';
import { cognitoUnauthenticatedIdentities } from './cognito-unauthenticated-identities';
import { dynamodbBillingMode } from './dynamodb-billing-mode';
import { dynamodbGlobalTableStream } from './dynamodb-global-table-stream';
import { dynamodbImportFormat } from './dynamodb-import-format';
import { dynamodbPointInTimeRecovery } from './dynamodb-point-in-time-recovery';
import { dynamodbPitrRecoveryPeriod } from './dynamodb-pitr-recovery-period';
import { dynamodbStreamEventSource } from './dynamodb-stream-event-source';
import { dynamodbStreamViewType } from './dynamodb-stream-view-type';
import { dynamodbTableClass } from './dynamodb-table-class';
import { dynamodbTtlAttributeType } from './dynamodb-ttl-attribute-type';
import { edgeFunctionRestrictions } from './edge-function-restrictions';
import { edgeQuotas } from './edge-quotas';
import { edgeRuntime } from './edge-runtime';
import { edgeVersionReference } from './edge-version-reference';
import { rdsProxyRecommended } from './rds-proxy-recommended';
import { serverlessIgnoredKey } from './serverless-ignored-key';
import { samTransformMissing } from './sam-transform-missing';
import { stepfunctionsExpressDuration } from './stepfunctions-express-duration';
import { stepfunctionsTaskTimeout } from './stepfunctions-task-timeout';
import { eventSourceRecordAge } from './event-source-record-age';
import { vpcConfigIncomplete } from './vpc-config-incomplete';
import { vpcInternetAccess } from './vpc-internet-access';

export const RULES: readonly Rule[] = [
  lambdaTimeout,
  lambdaMemory,
  lambdaEphemeralStorage,
  lambdaEnvironmentSize,
  lambdaLayers,
  lambdaReservedConcurrency,
  lambdaReservedEnvironment,
  runtimeUnknown,
  runtimeDeprecated,
  runtimeDeprecationSoon,
  serverlessIgnoredKey,
  samTransformMissing,
  snapStartRuntime,
  snapStartIncompatible,
  snapStartNoVersion,
  apigwLambdaTimeout,
  apigwEndpointType,
  apigwPrivatePolicy,
  sqsVisibilityTimeout,
  sqsVisibilityRecommended,
  edgeVersionReference,
  edgeFunctionRestrictions,
  edgeRuntime,
  edgeQuotas,
  cloudfrontFunctionSize,
  vpcConfigIncomplete,
  vpcInternetAccess,
  rdsProxyRecommended,
  dynamodbBillingMode,
  dynamodbTableClass,
  dynamodbStreamViewType,
  dynamodbStreamEventSource,
  dynamodbGlobalTableStream,
  dynamodbTtlAttributeType,
  dynamodbImportFormat,
  dynamodbPointInTimeRecovery,
  dynamodbPitrRecoveryPeriod,
  stepfunctionsExpressDuration,
  stepfunctionsTaskTimeout,
  eventSourceRecordAge,
  cognitoMfaMethod,
  cognitoUnauthenticatedIdentities,
  // The best-practices set (off unless turned on).
  bpLambdaLogRetention,
  bpLambdaTracing,
  bpLambdaExplicitSettings,
  bpStreamOnFailure,
  bpSqsRedrive,
];
