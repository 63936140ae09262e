/**
 * Logical ids a value references anywhere (`!Ref X`, `!GetAtt X.Arn`, `${X.Arn}` in `!Sub`), visiting each
 * node once: YAML aliases share nodes, so a tree walk without a visited set is exponential on an alias
 * bomb (ten aliases of ten aliases…). The linkers that look through whole property maps use this.
 */
import { isMap, isSeq, isScalar, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';
import { referencedId, subVariables } from './values';

export function referencedIds(node: TreeNode | undefined, out: Set<string> = new Set(), visited: Set<TreeNode> = new Set()): Set<string> {
  const stack: TreeNode[] = node ? [node] : [];
  while (stack.length) {
    const current = stack.pop()!;
    if (visited.has(current)) continue;
    visited.add(current);
    const direct = referencedId(current);
    if (direct) out.add(direct);
    const intrinsic = intrinsicOf(current);
    if (intrinsic?.name === 'Fn::Sub') {
      const arg = intrinsic.argument;
      const template = isScalar(arg) ? arg.value : isSeq(arg) && isScalar(arg.items[0]) ? arg.items[0].value : undefined;
      if (typeof template === 'string') for (const name of subVariables(template)) out.add(name.split('.')[0]);
    }
    if (isSeq(current)) stack.push(...current.items.filter((i): i is TreeNode => !!i));
    else if (isMap(current)) for (const e of current.entries) if (e.value) stack.push(e.value);
  }
  return out;
}
