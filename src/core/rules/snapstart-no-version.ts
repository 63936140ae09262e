import type { Rule } from './rule';
import { snapStartOn } from './snapstart-enabled';

/** SnapStart applies to published versions only: without one, it never takes effect. */
export const snapStartNoVersion: Rule = {
  meta: {
    id: 'snapstart-no-version',
    title: 'SnapStart without a published version',
    description: 'SnapStart applies only to published versions (and aliases on them); a function that publishes none (no AutoPublishAlias, no AWS::Lambda::Version) never uses it.',
    severity: 'warning',
    topic: 'lambda-snapstart',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const fn of context.model.functions) {
      // Only a template lists everything that publishes versions. The Serverless Framework publishes them by
      // default (versionFunctions), and CDK from code (`currentVersion`, `addAlias`) a reader may not see:
      // there only an explicit `false` counts.
      const noVersion = context.format === 'cloudformation' ? fn.publishesVersions !== true : fn.publishesVersions === false;
      if (!noVersion) continue;
      for (const on of snapStartOn(fn)) {
        context.report({
          at: on,
          entity: fn,
          message: 'SnapStart applies only to published versions, and nothing publishes a version of this function (AutoPublishAlias or AWS::Lambda::Version): it never applies.',
        });
      }
    }
  },
};
