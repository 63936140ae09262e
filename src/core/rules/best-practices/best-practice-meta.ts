import type { RuleMeta } from '../rule';

/**
 * The metadata every best-practices rule shares: information only (a practice, never a limit crossed), not
 * fixable by one edit, off unless the `best-practices` rule set is turned on (`rulesets`, `--ruleset`).
 */
export function bestPracticeMeta(meta: Pick<RuleMeta, 'id' | 'title' | 'description' | 'topic'> & Partial<Pick<RuleMeta, 'limits'>>): RuleMeta {
  return { limits: [], ...meta, severity: 'information', fixable: false, enabledByDefault: false, ruleset: 'best-practices' };
}
