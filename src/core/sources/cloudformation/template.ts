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
  /** SAM `Globals` section, when present. */
  readonly globals: MapNode | undefined;
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
  return {
    root,
    resources,
    byId,
    parameters: isMap(parameters) ? parameters : undefined,
    mappings: isMap(mappings) ? mappings : undefined,
    globals: isMap(globals) ? globals : undefined,
  };
}

function toResource(e: MapEntry): ResourceEntry | undefined {
  if (!isMap(e.value)) return undefined;
  const type = plainString(get(e.value, 'Type'));
  if (!type) return undefined;
  const properties = get(e.value, 'Properties');
  return { id: e.key, idSpan: e.keySpan, type, node: e.value, properties: isMap(properties) ? properties : undefined };
}
