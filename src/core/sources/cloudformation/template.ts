/** The parts of a CloudFormation template every resource reader needs. */
import type { Span } from '../../text/line-index';
import { get, isMap, isScalar, plainString, type MapEntry, type MapNode, type TreeNode } from '../tree';
import type { TemplateScope } from './values';

export interface ResourceEntry {
  readonly id: string;
  readonly idSpan: Span;
  readonly type: string;
  readonly node: MapNode;
  readonly properties: MapNode | undefined;
}

export interface Template extends TemplateScope {
  readonly root: MapNode;
  readonly resources: ResourceEntry[];
  readonly byId: Map<string, ResourceEntry>;
  /** SAM `Globals` section, when present and the template declares the SAM transform (else SAM ignores nothing: CloudFormation rejects it). */
  readonly globals: MapNode | undefined;
  /**
   * Where the template uses SAM without `Transform: AWS::Serverless-2016-10-31` (its `Globals` key or first
   * `AWS::Serverless::*` type): CloudFormation rejects such a template, and its Globals are not applied.
   */
  readonly samWithoutTransform?: Span;
}

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Does the template declare the SAM transform (alone or in a list)? */
export function hasSamTransform(root: MapNode): boolean {
  const transform = get(root, 'Transform');
  if (isScalar(transform)) return transform.value === SAM_TRANSFORM;
  return transform?.type === 'seq' && transform.items.some((item) => isScalar(item) && item.value === SAM_TRANSFORM);
}

/** Is this tree a CloudFormation/SAM template? (Kubernetes manifests and workflows are not.) */
export function isTemplateRoot(root: TreeNode | undefined): root is MapNode {
  if (!isMap(root)) return false;
  if (get(root, 'AWSTemplateFormatVersion') !== undefined) return true;
  const transform = get(root, 'Transform');
  if (transform !== undefined && mentionsServerless(transform) && get(root, 'Resources') !== undefined) return true;
  const resources = get(root, 'Resources');
  if (!isMap(resources)) return false;
  return resources.entries.some((e) => {
    const type = plainString(get(e.value, 'Type'));
    return type !== undefined && /^(AWS|Alexa)::/.test(type);
  });
}

function mentionsServerless(node: TreeNode): boolean {
  if (isScalar(node)) return String(node.value).startsWith('AWS::');
  return node.type === 'seq' && node.items.some(mentionsServerless);
}

export function readTemplate(root: MapNode): Template {
  const resourcesNode = get(root, 'Resources');
  const resources: ResourceEntry[] = [];
  const byId = new Map<string, ResourceEntry>();
  if (isMap(resourcesNode)) {
    for (const e of resourcesNode.entries) {
      const resource = toResource(e);
      if (!resource) continue;
      resources.push(resource);
      byId.set(resource.id, resource);
    }
  }
  const parameters = get(root, 'Parameters');
  const mappings = get(root, 'Mappings');
  const globals = get(root, 'Globals');
  const sam = hasSamTransform(root);
  const globalsKey = root.entries.find((e) => e.key === 'Globals')?.keySpan;
  const samResource = sam ? undefined : resources.find((r) => r.type.startsWith('AWS::Serverless::'));
  return {
    root,
    resources,
    byId,
    parameters: isMap(parameters) ? parameters : undefined,
    mappings: isMap(mappings) ? mappings : undefined,
    globals: sam && isMap(globals) ? globals : undefined,
    samWithoutTransform: sam ? undefined : (globalsKey ?? samResource?.idSpan),
  };
}

function toResource(e: MapEntry): ResourceEntry | undefined {
  if (!isMap(e.value)) return undefined;
  const type = plainString(get(e.value, 'Type'));
  if (!type) return undefined;
  const properties = get(e.value, 'Properties');
  return { id: e.key, idSpan: e.keySpan, type, node: e.value, properties: isMap(properties) ? properties : undefined };
}
