/**
 * SAM `Globals`, applied the way SAM's translator applies them: a scalar (or an intrinsic function) in
 * the resource wins; maps merge key by key (the resource's keys win); lists are concatenated, globals first.
 */
import { spendActive } from '../../budget';
import { isMap, isSeq, type MapEntry, type MapNode, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';

/**
 * Merges already made, by (local, globals) identity: functions sharing one `Properties` through an alias
 * (and every reader and rule asking for the same function) get the same merge, made once.
 */
const merged = new WeakMap<MapNode, WeakMap<MapNode, MapNode>>();

export function mergeGlobals(globals: MapNode | undefined, local: MapNode | undefined): MapNode | undefined {
  if (!globals) return local;
  if (!local) return globals;
  let byGlobals = merged.get(local);
  if (!byGlobals) merged.set(local, (byGlobals = new WeakMap()));
  let result = byGlobals.get(globals);
  if (!result) byGlobals.set(globals, (result = mergeNode(globals, local, 0) as MapNode));
  return result;
}

/** Deeper than this, the resource's value wins as a whole (SAM's Globals are a few levels deep). */
const MAX_MERGE_DEPTH = 16;

function mergeNode(global: TreeNode, local: TreeNode, depth: number): TreeNode {
  if (depth > MAX_MERGE_DEPTH) return local;
  if (isMap(global) && isMap(local) && !intrinsicOf(global) && !intrinsicOf(local)) {
    // Keys by map, one step per entry: linear in the two maps (a 30k-key environment merges in 60k steps).
    spendActive(global.entries.length + local.entries.length, 'merging Globals');
    const globalByKey = new Map<string, MapEntry>();
    for (const g of global.entries) globalByKey.set(g.key, g); // the last duplicate wins, as in `get`
    const localKeys = new Set(local.entries.map((e) => e.key));
    const entries: MapEntry[] = [];
    for (const g of global.entries) if (!localKeys.has(g.key)) entries.push(g);
    for (const l of local.entries) {
      const g = globalByKey.get(l.key);
      entries.push(g?.value && l.value ? { ...l, value: mergeNode(g.value, l.value, depth + 1) } : l);
    }
    return { ...local, entries };
  }
  if (isSeq(global) && isSeq(local) && !global.tag && !local.tag) {
    spendActive(global.items.length + local.items.length, 'merging Globals');
    return { ...local, items: [...global.items, ...local.items] };
  }
  return local;
}
