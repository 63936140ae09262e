/**
 * CloudFormation intrinsic functions in either spelling: the YAML short form (`!Ref X`, `!If [...]`)
 * and the long form (`{Ref: X}`, `{"Fn::If": [...]}`).
 */
import { isMap, type TreeNode } from '../tree';

export type IntrinsicName =
  | 'Ref'
  | 'Condition'
  | 'Fn::If'
  | 'Fn::Sub'
  | 'Fn::GetAtt'
  | 'Fn::Join'
  | 'Fn::FindInMap'
  | 'Fn::ImportValue'
  | 'Fn::Select'
  | 'Fn::Split'
  | 'Fn::Base64'
  | 'Fn::Cidr'
  | 'Fn::GetAZs'
  | 'Fn::Equals'
  | 'Fn::And'
  | 'Fn::Or'
  | 'Fn::Not'
  | 'Fn::Transform'
  | 'Fn::Length'
  | 'Fn::ToJsonString'
  | 'Fn::ForEach';

const SHORT_FORMS: Record<string, IntrinsicName> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!If': 'Fn::If',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
};

const LONG_FORMS = new Set<string>(Object.values(SHORT_FORMS));

export interface Intrinsic {
  readonly name: IntrinsicName;
  /** The function's argument: the tagged node itself (short form) or the map's single value (long form). */
  readonly argument: TreeNode | undefined;
}

/** The intrinsic function a node calls, if any. */
export function intrinsicOf(node: TreeNode | undefined): Intrinsic | undefined {
  if (!node) return undefined;
  if (node.tag) {
    const name = SHORT_FORMS[node.tag];
    if (!name) return undefined;
    // A short-form tag applies to the node itself: strip the tag to get the argument.
    return { name, argument: { ...node, tag: undefined } as TreeNode };
  }
  if (isMap(node) && node.entries.length === 1 && LONG_FORMS.has(node.entries[0].key)) {
    return { name: node.entries[0].key as IntrinsicName, argument: node.entries[0].value };
  }
  return undefined;
}

/** Is this a known short-form tag? Other `!Tags` in a template are unknown values, not errors. */
export function isIntrinsicTag(tag: string): boolean {
  return tag in SHORT_FORMS;
}
