/** Every rule, listed explicitly (the bundle has no directory to scan). */
import { lambdaEnvironmentSize } from './lambda-environment-size';
import { lambdaEphemeralStorage } from './lambda-ephemeral-storage';
import { lambdaLayers } from './lambda-layers';
import { lambdaMemory } from './lambda-memory';
import { lambdaReservedConcurrency } from './lambda-reserved-concurrency';
import { lambdaTimeout } from './lambda-timeout';
import type { Rule } from './rule';
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

export const RULES: readonly Rule[] = [
  lambdaTimeout,
  lambdaMemory,
  lambdaEphemeralStorage,
  lambdaEnvironmentSize,
  lambdaLayers,
  lambdaReservedConcurrency,
  runtimeUnknown,
  runtimeDeprecated,
  runtimeDeprecationSoon,
  snapStartRuntime,
  snapStartIncompatible,
  snapStartNoVersion,
  apigwLambdaTimeout,
  apigwEndpointType,
  apigwPrivatePolicy,
  sqsVisibilityTimeout,
  sqsVisibilityRecommended,
];
