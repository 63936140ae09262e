/**
 * serverless.yml keys the Framework ignores: its keys are case-sensitive, so `Runtime:` or `Timeout:` under
 * a function deploys the provider's (or the default) value, and a typo such as `memorysize` or `timout` is
 * dropped the same way. Plugins add keys of their own, so only near-misses of keys that change what is
 * deployed are reported: a different case of any known key, or at most one edit (two for long keys) away
 * from one of the settings below. Short strings only: the distance is bounded by key length.
 */
import type { IgnoredKey } from '../../model';
import { editDistance } from '../../text/did-you-mean';
import { isMap, type TreeNode } from '../tree';

/** Function-level keys of the Framework's AWS schema (the ones a typo of must not be mistaken for). */
const FUNCTION_KEYS = [
  'handler', 'name', 'description', 'runtime', 'timeout', 'memorySize', 'ephemeralStorageSize', 'environment', 'layers', 'vpc',
  'architecture', 'events', 'image', 'snapStart', 'reservedConcurrency', 'provisionedConcurrency', 'fileSystemConfig', 'role',
  'tags', 'package', 'onError', 'destinations', 'kmsKeyArn', 'tracing', 'url', 'disableLogs', 'logRetentionInDays', 'condition',
  'dependsOn', 'versionFunction', 'runtimeManagement', 'logs', 'maximumEventAge', 'maximumRetryAttempts', 'iamRoleStatementsName',
  'iamRoleStatements', 'iamRoleStatementsInherit', 'skipNativeBuild', 'warmup', 'alarms', 'capacityProvider',
  'durableConfig', 'build', 'awsKmsKeyArn', 'provisionedConcurrencyAutoscaling', 'prune', 'module',
] as const;

/** Provider-level keys of the Framework's AWS schema. */
const PROVIDER_KEYS = [
  'name', 'runtime', 'stage', 'region', 'profile', 'timeout', 'memorySize', 'ephemeralStorageSize', 'environment', 'layers', 'vpc',
  'architecture', 'iam', 'role', 'iamRoleStatements', 'iamManagedPolicies', 'deploymentBucket', 'deploymentPrefix', 'deploymentMethod',
  'tags', 'stackTags', 'stackName', 'stackPolicy', 'stackParameters', 'logs', 'tracing', 'apiGateway', 'httpApi', 'websocketsApiName',
  'websocketsApiRouteSelectionExpression', 'websocketsDescription', 'websocket', 'versionFunctions', 'logRetentionInDays', 'kmsKeyArn',
  'cfnRole', 'notificationArns', 'rollbackConfiguration', 'lambdaHashingVersion', 'apiName', 'endpointType', 'apiKeys', 'usagePlan',
  'resourcePolicy', 'eventBridge', 'cloudFront', 'alb', 'ecr', 's3', 'disableRollback', 'logDataProtectionPolicy', 'runtimeManagement',
  'stackSetName', 'credentials', 'variableSyntax', 'shouldStartNameWithService',
  'disableDefaultOutputExportNames', 'lambdaDestinations', 'tracingConfig', 'sso', 'build', 'capacityProviders', 'deploymentRole',
] as const;

/** Settings whose loss changes what is deployed: typos of these are reported. */
const MEANINGFUL = ['runtime', 'timeout', 'memorySize', 'ephemeralStorageSize', 'environment', 'layers', 'handler', 'events', 'architecture', 'snapStart', 'reservedConcurrency', 'provisionedConcurrency', 'vpc'] as const;

/** Longest key compared at all: the distance work stays tiny whatever the file holds. */
const MAX_KEY_LENGTH = 40;

/** The known key an ignored key was meant to be, or undefined when the key is known or not close to one. */
export function intendedKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > MAX_KEY_LENGTH || known.includes(key)) return undefined;
  const lower = key.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  if (key.length < 5) return undefined;
  // A plugin's own key (`warmup`, `alarms`) is not a typo: only keys near a setting that matters.
  const allowed = key.length >= 12 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of MEANINGFUL) {
    if (Math.abs(candidate.length - key.length) > allowed) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Ignored keys directly under a function body or the provider map. */
export function ignoredKeys(node: TreeNode | undefined, where: IgnoredKey['where'], owner: string): IgnoredKey[] {
  if (!isMap(node)) return [];
  const known = where === 'provider' ? PROVIDER_KEYS : FUNCTION_KEYS;
  const found: IgnoredKey[] = [];
  for (const entry of node.entries) {
    const intended = intendedKey(entry.key, known);
    // A key that is there as well (`Timeout:` next to `timeout:`) is a leftover, still reported: it is ignored.
    if (intended) found.push({ key: entry.key, span: entry.keySpan, intended, where, owner });
  }
  return found;
}
