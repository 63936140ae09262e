import { quote } from '../../text/quote';
import type { Rule } from '../rule';
import { bestPracticeMeta } from './best-practice-meta';

/** A function that relies on its tool's default timeout or memory size. */
export const bpLambdaExplicitSettings: Rule = {
  meta: bestPracticeMeta({
    id: 'bp-lambda-explicit-settings',
    title: 'Function timeout or memory left to the default',
    description:
      'Best practice: set Timeout and MemorySize on every function (or in SAM Globals / the serverless.yml provider): the defaults (3 s and 128 MB in Lambda; others in SAM, the Serverless Framework and the CDK) are rarely what the code needs.',
    topic: 'lambda-limits',
    limits: ['lambda.timeout.default'],
  }),
  check(context) {
    for (const fn of context.model.functions) {
      if (fn.edge) continue;
      const missing: string[] = [];
      if (!fn.timeout || (fn.timeout.known === true && fn.timeout.toolDefault)) missing.push('timeout');
      if (!fn.memorySize || (fn.memorySize.known === true && fn.memorySize.toolDefault)) missing.push('memory size');
      if (!missing.length) continue;
      context.report({ at: { span: fn.span }, entity: fn, message: `Function ${quote(fn.id)} leaves its ${missing.join(' and ')} to the default: set ${missing.length === 2 ? 'them' : 'it'} explicitly.` });
    }
  },
};
