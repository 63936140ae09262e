/**
 * Facts the best-practices rules need that span resources: which functions have a log group with a
 * retention (an `AWS::Logs::LogGroup` named `/aws/lambda/${Fn}` or set as the function's
 * `LoggingConfig.LogGroup`), and which queues are dead-letter queues or failure destinations (named in a
 * `RedrivePolicy`, `DeadLetterConfig`, `DeadLetterQueue`, `DestinationConfig`, `OnFailure`).
 */
import type { ServerlessModel } from '../../model';
import { get, getPath, isMap, isSeq, plainString, type TreeNode } from '../tree';
import type { Template } from './template';
import { referencedIds } from './referenced-ids';

const DEAD_LETTER_KEYS = new Set(['RedrivePolicy', 'DeadLetterConfig', 'DeadLetterQueue', 'DestinationConfig', 'OnFailure', 'DeadLetterTargetArn', 'EventInvokeConfig']);
const MAX_DEPTH = 8;

export function linkBestPracticeFacts(template: Template, model: ServerlessModel): void {
  linkLogGroups(template, model);
  const deadLetters = new Set<string>();
  const visited = new Set<TreeNode>();
  for (const resource of template.resources) collectDeadLetters(resource.properties, deadLetters, visited);
  for (const queue of model.queues) if (deadLetters.has(queue.id)) (queue as { isDeadLetter?: boolean }).isDeadLetter = true;
}

/** Ids named under a dead-letter key anywhere in `root`; each node visited once (aliases share nodes). */
function collectDeadLetters(root: TreeNode | undefined, out: Set<string>, visited: Set<TreeNode>): void {
  const stack: Array<{ node: TreeNode; depth: number }> = root ? [{ node: root, depth: 0 }] : [];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (visited.has(node) || depth > MAX_DEPTH) continue;
    visited.add(node);
    if (isMap(node)) {
      for (const e of node.entries) {
        if (!e.value) continue;
        if (DEAD_LETTER_KEYS.has(e.key)) referencedIds(e.value, out, new Set());
        else stack.push({ node: e.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) for (const item of node.items) if (item) stack.push({ node: item, depth: depth + 1 });
  }
}

function linkLogGroups(template: Template, model: ServerlessModel): void {
  const withRetention = new Set<string>();
  let unmatched = false;
  for (const resource of template.resources) {
    if (resource.type !== 'AWS::Logs::LogGroup') continue;
    const retention = get(resource.properties, 'RetentionInDays') !== undefined;
    const name = get(resource.properties, 'LogGroupName');
    const ids = [...referencedIds(name)].filter((id) => model.functions.some((f) => f.id === id));
    const literal = plainString(name);
    const byName = literal?.startsWith('/aws/lambda/') ? model.functions.filter((f) => functionName(template, f.id) === literal.slice('/aws/lambda/'.length)).map((f) => f.id) : [];
    // A log group the function points at (`LoggingConfig.LogGroup: !Ref Logs`).
    const pointing = model.functions.filter((f) => referencedIds(getPath(template.byId.get(f.id)?.properties, 'LoggingConfig', 'LogGroup')).has(resource.id)).map((f) => f.id);
    const owners = [...ids, ...byName, ...pointing];
    if (!owners.length) unmatched = true;
    if (retention) for (const id of owners) withRetention.add(id);
  }
  for (const fn of model.functions) {
    // A log group we can't place may be this function's: then we can't tell (no finding).
    const value = withRetention.has(fn.id) ? true : unmatched ? undefined : false;
    (fn as { logRetention?: boolean }).logRetention = value;
  }
}

function functionName(template: Template, id: string): string | undefined {
  return plainString(get(template.byId.get(id)?.properties, 'FunctionName'));
}
