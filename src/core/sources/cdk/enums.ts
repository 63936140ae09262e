/**
 * CDK enum members and what they become in CloudFormation, as explicit tables: a member not listed
 * (e.g. `Runtime.NODEJS_LATEST`, which changes with the CDK version) is unknown and produces no finding.
 */

/** `aws_lambda.Runtime` members -> the `Runtime` string. */
export const LAMBDA_RUNTIMES: Readonly<Record<string, string>> = {
  NODEJS: 'nodejs',
  NODEJS_4_3: 'nodejs4.3',
  NODEJS_6_10: 'nodejs6.10',
  NODEJS_8_10: 'nodejs8.10',
  NODEJS_10_X: 'nodejs10.x',
  NODEJS_12_X: 'nodejs12.x',
  NODEJS_14_X: 'nodejs14.x',
  NODEJS_16_X: 'nodejs16.x',
  NODEJS_18_X: 'nodejs18.x',
  NODEJS_20_X: 'nodejs20.x',
  NODEJS_22_X: 'nodejs22.x',
  NODEJS_24_X: 'nodejs24.x',
  PYTHON_2_7: 'python2.7',
  PYTHON_3_6: 'python3.6',
  PYTHON_3_7: 'python3.7',
  PYTHON_3_8: 'python3.8',
  PYTHON_3_9: 'python3.9',
  PYTHON_3_10: 'python3.10',
  PYTHON_3_11: 'python3.11',
  PYTHON_3_12: 'python3.12',
  PYTHON_3_13: 'python3.13',
  PYTHON_3_14: 'python3.14',
  JAVA_8: 'java8',
  JAVA_8_CORRETTO: 'java8.al2',
  JAVA_11: 'java11',
  JAVA_17: 'java17',
  JAVA_21: 'java21',
  JAVA_25: 'java25',
  DOTNET_CORE_1: 'dotnetcore1.0',
  DOTNET_CORE_2: 'dotnetcore2.0',
  DOTNET_CORE_2_1: 'dotnetcore2.1',
  DOTNET_CORE_3_1: 'dotnetcore3.1',
  DOTNET_6: 'dotnet6',
  DOTNET_8: 'dotnet8',
  DOTNET_10: 'dotnet10',
  GO_1_X: 'go1.x',
  RUBY_2_5: 'ruby2.5',
  RUBY_2_7: 'ruby2.7',
  RUBY_3_2: 'ruby3.2',
  RUBY_3_3: 'ruby3.3',
  RUBY_3_4: 'ruby3.4',
  PROVIDED: 'provided',
  PROVIDED_AL2: 'provided.al2',
  PROVIDED_AL2023: 'provided.al2023',
};

/** `aws_lambda.Architecture` members -> one `Architectures` entry. */
export const LAMBDA_ARCHITECTURES: Readonly<Record<string, string>> = { ARM_64: 'arm64', X86_64: 'x86_64' };

/** `aws_lambda.SnapStartConf` members -> `SnapStart.ApplyOn`. */
export const SNAP_START: Readonly<Record<string, string>> = { ON_PUBLISHED_VERSIONS: 'PublishedVersions' };

export const BILLING_MODES: Readonly<Record<string, string>> = { PAY_PER_REQUEST: 'PAY_PER_REQUEST', PROVISIONED: 'PROVISIONED' };

export const TABLE_CLASSES: Readonly<Record<string, string>> = { STANDARD: 'STANDARD', STANDARD_INFREQUENT_ACCESS: 'STANDARD_INFREQUENT_ACCESS' };

export const STREAM_VIEW_TYPES: Readonly<Record<string, string>> = {
  KEYS_ONLY: 'KEYS_ONLY',
  NEW_IMAGE: 'NEW_IMAGE',
  OLD_IMAGE: 'OLD_IMAGE',
  NEW_AND_OLD_IMAGES: 'NEW_AND_OLD_IMAGES',
};

/** `aws_dynamodb.AttributeType` -> the `AttributeType` letter. */
export const ATTRIBUTE_TYPES: Readonly<Record<string, string>> = { STRING: 'S', NUMBER: 'N', BINARY: 'B' };

export const STATE_MACHINE_TYPES: Readonly<Record<string, string>> = { STANDARD: 'STANDARD', EXPRESS: 'EXPRESS' };

/** `aws_cognito.Mfa` -> `MfaConfiguration`. */
export const MFA: Readonly<Record<string, string>> = { OFF: 'OFF', OPTIONAL: 'OPTIONAL', REQUIRED: 'ON' };

export const ENDPOINT_TYPES: Readonly<Record<string, string>> = { EDGE: 'EDGE', REGIONAL: 'REGIONAL', PRIVATE: 'PRIVATE' };

/** `aws_cloudfront.FunctionRuntime` -> `FunctionConfig.Runtime`. */
export const CLOUDFRONT_FUNCTION_RUNTIMES: Readonly<Record<string, string>> = { JS_1_0: 'cloudfront-js-1.0', JS_2_0: 'cloudfront-js-2.0' };

/** `aws_cloudfront.LambdaEdgeEventType` -> the association's `EventType`. */
export const EDGE_EVENT_TYPES: Readonly<Record<string, string>> = {
  VIEWER_REQUEST: 'viewer-request',
  VIEWER_RESPONSE: 'viewer-response',
  ORIGIN_REQUEST: 'origin-request',
  ORIGIN_RESPONSE: 'origin-response',
};
