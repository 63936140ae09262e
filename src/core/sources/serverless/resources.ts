/**
 * The `resources:` section is CloudFormation. Its Framework variables are resolved first, then the
 * CloudFormation reader reads it into the same model, so queues and tables declared there sit next to
 * the functions that use them.
 */
import type { ServerlessModel } from '../../model';
import { readTemplateInto } from '../cloudformation/reader';
import { isMap, isScalar, isSeq, type MapNode, type TreeNode } from '../tree';
import { inDocument, type Located, type VariableResolver } from './resolve-variables';
import { mayHaveVariables } from './variable-syntax';

/** Deeper than this, a resources tree is not substituted further (the CloudFormation reader is bounded too). */
const MAX_DEPTH = 64;

/** A tag the CloudFormation reader does not know: it reads such a scalar as unknown, never as a value. */
export const UNRESOLVED_TAG = '!ServerlessVariable';

/** Reads `resources` (a map with `Resources`, or a list of such maps) into `model`. */
export function readResources(resources: Located | undefined, resolver: VariableResolver, model: ServerlessModel): void {
  if (!resources) return;
  const resolved = resolver.resolve(resources);
  if (!resolved.ok || !resolved.located.inDocument) return;
  const node = resolved.located.node;
  const maps = isMap(node) ? [node] : isSeq(node) ? node.items.filter(isMap) : [];
  for (const map of maps) {
    const substituted = substituteVariables(map, resolver, 0, new Map());
    if (isMap(substituted)) readTemplateInto(substituted, model);
  }
}

/**
 * A copy of `node` with Framework variables replaced by what they resolve to. Values that are unknown, or
 * that come from another file (their spans would point into that file), become an unknown-tagged scalar.
 */
export function substituteVariables(node: TreeNode, resolver: VariableResolver, depth: number, seen: Map<TreeNode, TreeNode>): TreeNode {
  const cached = seen.get(node);
  if (cached) return cached;
  let result: TreeNode = node;
  if (depth > MAX_DEPTH) result = { type: 'scalar', value: null, span: node.span, tag: UNRESOLVED_TAG };
  else if (isScalar(node)) {
    if (!node.tag && typeof node.value === 'string' && mayHaveVariables(node.value)) {
      const r = resolver.resolve(inDocument(node));
      if (!r.ok || !r.located.inDocument) result = { type: 'scalar', value: node.value, span: node.span, tag: UNRESOLVED_TAG };
      else if (r.located.node !== node) result = substituteVariables(r.located.node, resolver, depth + 1, seen);
    }
  } else if (isMap(node)) {
    const entries = node.entries.map((e) => (e.value ? { ...e, value: substituteVariables(e.value, resolver, depth + 1, seen) } : e));
    result = { ...node, entries } as MapNode;
  } else if (isSeq(node)) {
    result = { ...node, items: node.items.map((item) => substituteVariables(item, resolver, depth + 1, seen)) };
  }
  seen.set(node, result);
  return result;
}
