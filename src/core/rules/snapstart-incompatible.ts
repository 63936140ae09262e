import { formatNumber, limit } from '../limits';
import { knownOptions } from '../model';
import type { Rule } from './rule';
import { snapStartOn } from './snapstart-enabled';

/** SnapStart combined with what it cannot work with: provisioned concurrency, EFS, /tmp above 512 MB. */
export const snapStartIncompatible: Rule = {
  meta: {
    id: 'snapstart-incompatible',
    title: 'SnapStart with provisioned concurrency, EFS or large /tmp',
    description: 'SnapStart cannot be combined with provisioned concurrency, an EFS file system, or ephemeral storage above 512 MB.',
    severity: 'error',
    topic: 'lambda-snapstart',
    limits: ['lambda.snapStart.maxEphemeralStorage'],
    fixable: false,
  },
  check(context) {
    const maxTmp = limit('lambda.snapStart.maxEphemeralStorage').value;
    for (const fn of context.model.functions) {
      const on = snapStartOn(fn);
      if (!on.length) continue;
      const conflicts: string[] = [];
      if (knownOptions(fn.provisionedConcurrency).some((p) => p.value > 0)) conflicts.push('provisioned concurrency');
      if (knownOptions(fn.fileSystems).some((f) => f.value > 0)) conflicts.push('an EFS file system');
      const tmp = knownOptions(fn.ephemeralStorage).find((e) => e.value > maxTmp);
      if (tmp) conflicts.push(`ephemeral storage of ${formatNumber(tmp.value)} MB (SnapStart allows at most ${maxTmp} MB)`);
      if (!conflicts.length) continue;
      for (const value of on) {
        context.report({ at: value, entity: fn, message: `SnapStart cannot be used with ${conflicts.join(', ')}.` });
      }
    }
  },
};
