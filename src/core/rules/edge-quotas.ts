import { formatNumber, limit } from '../limits';
import { knownOptions } from '../model';
import { edgeEventTypes } from './edge-events';
import { replaceFix } from './fixes';
import type { Rule } from './rule';

export const edgeQuotas: Rule = {
  meta: {
    id: 'edge-quotas',
    title: 'Lambda@Edge timeout and memory per event type',
    description: 'Viewer events allow at most 5 s and 128 MB; origin events at most 30 s.',
    severity: 'error',
    topic: 'lambda-edge',
    limits: ['edge.viewer.timeout', 'edge.viewer.memory', 'edge.origin.timeout'],
    fixable: true,
  },
  check(context) {
    for (const fn of context.model.functions) {
      if (!fn.edge) continue;
      const viewer = edgeEventTypes(fn, 'viewer');
      const origin = edgeEventTypes(fn, 'origin');
      // The strictest association decides.
      const timeoutLimit = viewer.length ? limit('edge.viewer.timeout') : origin.length ? limit('edge.origin.timeout') : undefined;
      const events = viewer.length ? viewer : origin;
      if (timeoutLimit) {
        for (const timeout of knownOptions(fn.timeout)) {
          if (timeout.value <= timeoutLimit.value) continue;
          context.report({
            at: timeout,
            entity: fn,
            message: `Timeout ${formatNumber(timeout.value)} s exceeds Lambda@Edge's ${timeoutLimit.value} s for ${viewer.length ? 'viewer' : 'origin'} events (${events.join(', ')}).`,
            fix: replaceFix(timeout, timeoutLimit.value, `Set Timeout to ${timeoutLimit.value}`),
          });
        }
      }
      if (viewer.length) {
        const maxMemory = limit('edge.viewer.memory').value;
        for (const memory of knownOptions(fn.memorySize)) {
          if (memory.value <= maxMemory) continue;
          context.report({
            at: memory,
            entity: fn,
            message: `MemorySize ${formatNumber(memory.value)} MB exceeds Lambda@Edge's ${maxMemory} MB for viewer events (${viewer.join(', ')}).`,
            fix: replaceFix(memory, maxMemory, `Set MemorySize to ${maxMemory}`),
          });
        }
      }
    }
  },
};
