/** Hover lines for a function's runtime: its lifecycle status on `today`, its dates and its successor. */
import { blockingSentence, runtimeLifecycle, runtimeStatus, successorOf } from '../data/runtime-lifecycle';
import { limit } from '../limits';
import { knownOptions, type Entity, type LambdaFunction } from '../model';
import { mdCode } from '../text/markdown';

/** One line per known runtime option, e.g. "**nodejs16.x** deprecated on 2024-06-12 ...; use nodejs24.x." */
export function runtimeBudgetLines(entity: Entity, today: Date): string[] {
  if (entity.kind !== 'function') return [];
  const fn = entity;
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

/** SnapStart against the function's runtime: supported or not (support is runtime data), and /tmp's 512 MB cap. */
export function snapStartLines(fn: LambdaFunction): string[] {
  const on = knownOptions(fn.snapStart).some((v) => v.value === 'PublishedVersions');
  const runtimes = knownOptions(fn.runtime).map((r) => r.value);
  if (!on) return knownOptions(fn.snapStart).length ? ['SnapStart off (`ApplyOn: None`).'] : [];
  if (knownOptions(fn.packageType).some((p) => p.value === 'Image')) return ['**SnapStart on a container image**: SnapStart supports only .zip packages on Java 11+, Python 3.12+ and .NET 8+.'];
  if (!runtimes.length) return ['SnapStart on: works on Java 11+, Python 3.12+ and .NET 8+ (the runtime is not known here).'];
  return runtimes.map((id) => {
    const lifecycle = runtimeLifecycle(id);
    if (!lifecycle) return `SnapStart on ${mdCode(id)}: not a runtime Lambda knows; SnapStart works on Java 11+, Python 3.12+ and .NET 8+.`;
    return lifecycle.snapStart
      ? `SnapStart on ${mdCode(id)}: supported; /tmp must stay at ${limit('lambda.snapStart.maxEphemeralStorage').value} MB and it needs published versions.`
      : `**SnapStart on ${mdCode(id)}: not supported**: SnapStart works on Java 11+, Python 3.12+ and .NET 8+.`;
  });
}
