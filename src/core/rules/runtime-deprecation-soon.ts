import { addMonths, blockingSentence, isoDate, runtimeLifecycle, successorOf } from '../data/runtime-lifecycle';
import { limit } from '../limits';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { quote } from '../text/quote';

/** Functions on a runtime that AWS deprecates within the next six months (compared with `context.today`). */
export const runtimeDeprecationSoon: Rule = {
  meta: {
    id: 'runtime-deprecation-soon',
    title: 'Lambda runtime deprecated soon',
    description: 'The runtime reaches its deprecation date within the next 6 months; the fix moves to the newest supported runtime of the same family.',
    severity: 'information',
    topic: 'lambda-runtimes',
    limits: ['lambda.runtime.deprecationNotice'],
    fixable: true,
  },
  check(context) {
    const today = isoDate(context.today);
    const horizon = addMonths(context.today, limit('lambda.runtime.deprecationNotice').value);
    for (const fn of context.model.functions) {
      for (const runtime of knownOptions(fn.runtime)) {
        const lifecycle = runtimeLifecycle(runtime.value);
        const date = lifecycle?.deprecated;
        if (!lifecycle || !date || date <= today || date > horizon) continue;
        const successor = successorOf(lifecycle, context.today);
        context.report({
          at: runtime,
          entity: fn,
          message: `${quote(runtime.value)} will be deprecated on ${date}${successor ? `; plan the move to ${successor.id}` : ''}.${blockingSentence(lifecycle, context.today)}`,
          fix: successor ? replaceFix(runtime, successor.id, `Use ${successor.id}`) : undefined,
        });
      }
    }
  },
};
