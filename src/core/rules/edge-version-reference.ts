import type { EdgeTargetKind } from '../model';
import { knownOptions } from '../model';
import { edgeEvents } from './edge-events';
import type { Rule } from './rule';
import { quote } from '../text/quote';

const WHAT: Record<Exclude<EdgeTargetKind, 'version'>, string> = {
  $LATEST: '`$LATEST`',
  alias: 'an alias',
  unqualified: 'the function without a version',
};

export const edgeVersionReference: Rule = {
  meta: {
    id: 'edge-version-reference',
    title: 'Lambda@Edge associations name a numbered version',
    description: 'A CloudFront Lambda function association must use a numbered function version, not $LATEST, an alias or the unversioned ARN.',
    severity: 'error',
    topic: 'lambda-edge',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const fn of context.model.functions) {
      for (const event of edgeEvents(fn)) {
        for (const target of knownOptions(event.edgeTarget)) {
          if (target.value === 'version') continue;
          context.report({
            at: target,
            entity: fn,
            message: `This Lambda@Edge association names ${WHAT[target.value]} of ${quote(fn.id)}: CloudFront needs a numbered version (an AWS::Lambda::Version, or SAM AutoPublishAlias with ${quote(fn.id)}.Version).`,
          });
        }
      }
    }
  },
};
