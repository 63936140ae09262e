import type { Rule } from './rule';

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
        message: `The Serverless Framework ignores \`${ignored.key}\` under ${owner}: keys are case-sensitive; did you mean \`${ignored.intended}\`?`,
        fix: { title: `Rename to ${ignored.intended}`, edits: [{ span: ignored.span, newText: ignored.intended }] },
      });
    }
  },
};
