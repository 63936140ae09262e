/** Hover lines for a function's runtime: its lifecycle status on `today`, its dates and its successor. */
import { blockingSentence, runtimeLifecycle, runtimeStatus, successorOf } from '../data/runtime-lifecycle';
import { knownOptions, type Entity, type LambdaFunction } from '../model';
import { mdCode } from '../text/markdown';

/** One line per known runtime option, e.g. "**nodejs16.x** deprecated on 2024-06-12 ...; use nodejs24.x." */
export function runtimeBudgetLines(entity: Entity, today: Date): string[] {
  const fn = (entity as LambdaFunction).kind === 'function' ? (entity as LambdaFunction) : undefined;
  if (!fn) return [];
  return knownOptions(fn.runtime).map(({ value }) => {
    const lifecycle = runtimeLifecycle(value);
    if (!lifecycle) return `${mdCode(value)} is not a runtime Lambda knows.`;
    const status = runtimeStatus(lifecycle, today);
    const successor = successorOf(lifecycle, today);
    const use = successor ? `; use ${successor.id}` : '';
    const blocked = blockingSentence(lifecycle, today);
    const snapStart = lifecycle.snapStart ? ' Supports SnapStart.' : '';
    if (status === 'supported') {
      const until = lifecycle.deprecated ? `; deprecation scheduled for ${lifecycle.deprecated}` : '';
      if (lifecycle.containerOnly) return `${mdCode(value)}: for container images only (no managed zip runtime).`;
      return `${mdCode(value)}: supported${until}.${blocked}${snapStart}`;
    }
    return `**${mdCode(value)} deprecated on ${lifecycle.deprecated}**${use}.${blocked}${snapStart}`;
  });
}
