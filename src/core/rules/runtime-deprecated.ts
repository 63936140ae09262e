import { blockingSentence, isBlocked, runtimeLifecycle, runtimeStatus, successorOf } from '../data/runtime-lifecycle';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { quote } from '../text/quote';

/**
 * Functions on a deprecated runtime: a warning from the deprecation date, an error once AWS blocks
 * creating (then updating) functions on it; the message says which block comes next and when. Dates come
 * from the runtime lifecycle data, compared with `context.today`.
 */
export const runtimeDeprecated: Rule = {
  meta: {
    id: 'runtime-deprecated',
    title: 'Deprecated Lambda runtime',
    description: 'The runtime is past its deprecation date (warning) or past the date AWS blocks creating or updating functions on it (error); the message says which block comes next and when; the fix moves to the newest supported runtime of the same family (never a container-only one).',
    severity: 'warning',
    topic: 'lambda-runtimes',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const fn of context.model.functions) {
      for (const runtime of knownOptions(fn.runtime)) {
        const lifecycle = runtimeLifecycle(runtime.value);
        if (!lifecycle?.deprecated) continue;
        const status = runtimeStatus(lifecycle, context.today);
        if (status === 'supported') continue;
        const successor = successorOf(lifecycle, context.today);
        context.report({
          at: runtime,
          entity: fn,
          severity: isBlocked(status) ? 'error' : 'warning',
          message: `${quote(runtime.value)} was deprecated on ${lifecycle.deprecated}${successor ? `; use ${successor.id}` : ''}.${blockingSentence(lifecycle, context.today)}`,
          fix: successor ? replaceFix(runtime, successor.id, `Use ${successor.id}`) : undefined,
        });
      }
    }
  },
};
