import { knownOptions } from '../../model';
import { quote } from '../../text/quote';
import type { Rule } from '../rule';
import { bestPracticeMeta } from './best-practice-meta';

/** A function without active X-Ray tracing. */
export const bpLambdaTracing: Rule = {
  meta: bestPracticeMeta({
    id: 'bp-lambda-tracing',
    title: 'Function without active tracing',
    description:
      'Best practice: active X-Ray tracing (SAM Tracing: Active, TracingConfig.Mode: Active, the CDK\'s tracing: Tracing.ACTIVE, serverless.yml tracing.lambda: true) shows where time goes across the services a request crosses. Off by default in every tool.',
    topic: 'lambda-limits',
  }),
  check(context) {
    for (const fn of context.model.functions) {
      if (fn.edge) continue;
      const modes = fn.tracing ? knownOptions(fn.tracing) : context.format === 'cloudformation' ? [undefined] : [];
      if (fn.tracing && fn.tracing.known !== true && modes.length === 0) continue;
      for (const mode of modes) {
        if (mode?.value === 'Active') continue;
        const at = mode && !mode.toolDefault ? mode : { span: fn.span };
        context.report({ at, entity: fn, message: `Function ${quote(fn.id)} does not trace requests (${mode ? `tracing ${quote(mode.value)}` : 'no tracing set'}): turn on active X-Ray tracing to follow a request across services.` });
      }
    }
  },
};
