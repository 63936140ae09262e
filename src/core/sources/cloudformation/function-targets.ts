/**
 * What a function sends to, for the invocation graph: the queues, state machines and functions its
 * environment names (`QUEUE_URL: !Ref OrdersQueue`), its SAM policy templates name
 * (`SQSSendMessagePolicy: { QueueName: !GetAtt OrdersQueue.QueueName }`), and its asynchronous-invocation
 * destinations (SAM `EventInvokeConfig`, `AWS::Lambda::EventInvokeConfig`). Names the template does not
 * declare (imports, parameters) are left out: an unknown link ends a chain.
 */
import type { ServerlessModel } from '../../model';
import { get, getPath, isMap } from '../tree';
import { mergeGlobals } from './merge-globals';
import type { Template } from './template';
import { referencedIds } from './referenced-ids';
import { referencedId } from './values';

export function linkFunctionTargets(template: Template, model: ServerlessModel): void {
  const targets = new Set<string>([...model.queues, ...model.stateMachines, ...model.functions].map((e) => e.id));
  const found = new Map<string, Set<string>>();
  const add = (fnId: string, ids: Iterable<string>) => {
    for (const id of ids) {
      if (id === fnId || !targets.has(id)) continue;
      const set = found.get(fnId) ?? new Set<string>();
      set.add(id);
      found.set(fnId, set);
    }
  };
  const globals = get(template.globals, 'Function');
  for (const fn of model.functions) {
    const resource = template.byId.get(fn.id);
    if (!resource) continue;
    const props = resource.type === 'AWS::Serverless::Function' ? mergeGlobals(isMap(globals) ? globals : undefined, resource.properties) : resource.properties;
    add(fn.id, referencedIds(getPath(props, 'Environment', 'Variables')));
    add(fn.id, referencedIds(get(props, 'Policies')));
    add(fn.id, referencedIds(getPath(props, 'EventInvokeConfig', 'DestinationConfig')));
  }
  for (const resource of template.resources) {
    if (resource.type !== 'AWS::Lambda::EventInvokeConfig') continue;
    const fnId = referencedId(get(resource.properties, 'FunctionName'));
    if (fnId) add(fnId, referencedIds(get(resource.properties, 'DestinationConfig')));
  }
  for (const fn of model.functions) {
    const ids = found.get(fn.id);
    if (ids) (fn as { sendsTo?: readonly string[] }).sendsTo = [...ids];
  }
}
