import { formatNumber } from '../limits';
import { knownValue, type LambdaFunction, type ServerlessModel } from '../model';
import { quote } from '../text/quote';
import type { Rule } from './rule';

/** What the Framework deploys instead of the ignored value, for the function properties the model reads. */
const DEPLOYED: Record<string, (fn: LambdaFunction) => string | undefined> = {
  runtime: (fn) => words(knownValue(fn.runtime), fn.runtime?.known === true ? fn.runtime.derived ?? fn.runtime.toolDefault : undefined),
  timeout: (fn) => {
    const v = knownValue(fn.timeout);
    return v === undefined ? undefined : words(`${formatNumber(v)} s`, fn.timeout?.known === true ? fn.timeout.derived ?? fn.timeout.toolDefault : undefined);
  },
  memorySize: (fn) => {
    const v = knownValue(fn.memorySize);
    return v === undefined ? undefined : words(`${formatNumber(v)} MB`, fn.memorySize?.known === true ? fn.memorySize.derived ?? fn.memorySize.toolDefault : undefined);
  },
};

function words(value: string | undefined, from: string | undefined): string | undefined {
  return value === undefined ? undefined : `${quote(value)}${from ? ` (${quote(from)})` : ''}`;
}

/** " Deployed instead: nodejs20.x (provider.runtime)." when the file tells. */
function deployedInstead(model: ServerlessModel, owner: string, intended: string): string {
  const fn = model.functions.find((f) => f.id === owner);
  const deployed = fn && DEPLOYED[intended]?.(fn);
  return deployed ? ` Deployed instead: ${deployed}.` : '';
}

/**
 * serverless.yml keys the Framework ignores because of their case or a typo (`Timeout:`, `memorysize`):
 * the value the file means is not deployed; the provider's or the Framework's default is.
 */
export const serverlessIgnoredKey: Rule = {
  meta: {
    id: 'serverless-ignored-key',
    title: 'serverless.yml key the Framework ignores',
    description: 'A function or provider key written in the wrong case or with a typo (`Runtime:`, `Timeout:`, `memorysize`): the Framework reads keys case-sensitively and ignores it, so the provider value or the default is deployed instead. The fix renames the key.',
    severity: 'warning',
    topic: 'lambda-limits',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const ignored of context.model.facts.ignoredKeys ?? []) {
      const owner = ignored.where === 'provider' ? 'the provider' : `function ${ignored.owner}`;
      context.report({
        at: { span: ignored.span },
        message: `The Serverless Framework ignores \`${ignored.key}\` under ${owner}: keys are case-sensitive; did you mean \`${ignored.intended}\`?${ignored.where === 'function' ? deployedInstead(context.model, ignored.owner, ignored.intended) : ''}`,
        fix: { title: `Rename to ${ignored.intended}`, edits: [{ span: ignored.span, newText: ignored.intended }] },
      });
    }
  },
};
