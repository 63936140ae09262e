/** Cognito user pools (MFA) and identity pools (guest access). */
import { known, unknown, type IdentityPool, type UserPool, type Value } from '../../model';
import { entry, get, isScalar, isSeq, plainString, type TreeNode } from '../tree';
import type { ResourceEntry, Template } from './template';
import { resolveScalar, toBoolean, toText } from './values';

export function readUserPool(resource: ResourceEntry, template: Template): UserPool {
  const props = resource.properties;
  const enabledMfas = readStringList(get(props, 'EnabledMfas'));
  const smsEntry = entry(props, 'SmsConfiguration');
  const hasSms = smsEntry !== undefined && !(isScalar(smsEntry.value) && smsEntry.value.value === null) && smsEntry.value !== undefined;
  let mfaMethodConfigured: boolean | undefined;
  if (hasSms) mfaMethodConfigured = true;
  else if (smsEntry === undefined && (enabledMfas === undefined || enabledMfas.known === true)) {
    mfaMethodConfigured = enabledMfas?.known === true && (enabledMfas.value.includes('SOFTWARE_TOKEN_MFA') || enabledMfas.value.includes('EMAIL_OTP'));
  }
  return {
    kind: 'user-pool',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    mfa: toText(resolveScalar(get(props, 'MfaConfiguration'), template)),
    mfaMethodConfigured,
    enabledMfas,
  };
}

export function readIdentityPool(resource: ResourceEntry, template: Template): IdentityPool {
  return {
    kind: 'identity-pool',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    allowUnauthenticated: toBoolean(resolveScalar(get(resource.properties, 'AllowUnauthenticatedIdentities'), template)),
  };
}

function readStringList(node: TreeNode | undefined): Value<string[]> | undefined {
  if (!node) return undefined;
  if (isSeq(node) && !node.tag && node.items.every((i) => plainString(i) !== undefined)) {
    return known(node.items.map((i) => plainString(i)!), node.span);
  }
  return unknown('not a literal list', node.span);
}
