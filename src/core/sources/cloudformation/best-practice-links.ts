/**
 * Facts the best-practices rules need that span resources: which functions have a log group with a
 * retention (an `AWS::Logs::LogGroup` named `/aws/lambda/${Fn}` or set as the function's
 * `LoggingConfig.LogGroup`), and which queues are dead-letter queues or failure destinations (named in a
 * `RedrivePolicy`, `DeadLetterConfig`, `DeadLetterQueue`, `DestinationConfig`, `OnFailure`).
 */
import type { ServerlessModel } from '../../model';
import { get, getPath, isMap, isSeq, plainString, type TreeNode } from '../tree';
import type { Template } from './template';
import { mentionedIds } from './values';

const DEAD_LETTER_KEYS = new Set(['RedrivePolicy', 'DeadLetterConfig', 'DeadLetterQueue', 'DestinationConfig', 'OnFailure', 'DeadLetterTargetArn', 'EventInvokeConfig']);
const MAX_DEPTH = 8;

export function linkBestPracticeFacts(template: Template, model: ServerlessModel): void {
  linkLogGroups(template, model);
  const deadLetters = new Set<string>();
  for (const resource of template.resources) collectDeadLetters(resource.properties, deadLetters, 0);
  for (const queue of model.queues) if (deadLetters.has(queue.id)) (queue as { isDeadLetter?: boolean }).isDeadLetter = true;
}

function collectDeadLetters(node: TreeNode | undefined, out: Set<string>, depth: number): void {
  if (!node || depth > MAX_DEPTH) return;
  if (isMap(node)) {
    for (const e of node.entries) {
      if (DEAD_LETTER_KEYS.has(e.key)) mentionedIds(e.value, out);
      else collectDeadLetters(e.value, out, depth + 1);
    }
  } else if (isSeq(node)) for (const item of node.items) collectDeadLetters(item, out, depth + 1);
}

function linkLogGroups(template: Template, model: ServerlessModel): void {
  const withRetention = new Set<string>();
  let unmatched = false;
  for (const resource of template.resources) {
    if (resource.type !== 'AWS::Logs::LogGroup') continue;
    const retention = get(resource.properties, 'RetentionInDays') !== undefined;
    const name = get(resource.properties, 'LogGroupName');
    const ids = [...mentionedIds(name)].filter((id) => model.functions.some((f) => f.id === id));
    const literal = plainString(name);
    const byName = literal?.startsWith('/aws/lambda/') ? model.functions.filter((f) => functionName(template, f.id) === literal.slice('/aws/lambda/'.length)).map((f) => f.id) : [];
    // A log group the function points at (`LoggingConfig.LogGroup: !Ref Logs`).
    const pointing = model.functions.filter((f) => mentionedIds(getPath(template.byId.get(f.id)?.properties, 'LoggingConfig', 'LogGroup')).has(resource.id)).map((f) => f.id);
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
