/**
 * SAM `Globals`, applied the way SAM's translator applies them: a scalar (or an intrinsic function) in
 * the resource wins; maps merge key by key (the resource's keys win); lists are concatenated, globals first.
 */
import { isMap, isSeq, type MapEntry, type MapNode, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';

export function mergeGlobals(globals: MapNode | undefined, local: MapNode | undefined): MapNode | undefined {
  if (!globals) return local;
  if (!local) return globals;
  return mergeNode(globals, local) as MapNode;
}

function mergeNode(global: TreeNode, local: TreeNode): TreeNode {
  if (isMap(global) && isMap(local) && !intrinsicOf(global) && !intrinsicOf(local)) {
    const entries: MapEntry[] = [];
    const localKeys = new Set(local.entries.map((e) => e.key));
    for (const g of global.entries) if (!localKeys.has(g.key)) entries.push(g);
    for (const l of local.entries) {
      const g = global.entries.find((e) => e.key === l.key);
      entries.push(g?.value && l.value ? { ...l, value: mergeNode(g.value, l.value) } : l);
    }
    return { ...local, entries };
  }
  if (isSeq(global) && isSeq(local) && !global.tag && !local.tag) {
    return { ...local, items: [...global.items, ...local.items] };
  }
  return local;
}
