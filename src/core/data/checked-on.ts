/**
 * When the data tables were last checked against their sources (the "as of" date every face shows with a
 * number it takes from them). Update it with the rows: ../shared/facts/aws-serverless-facts.md says when.
 */
/** src/core/limits.ts: the facts sheet's last additions (2026-12-07). */
export const LIMITS_CHECKED_ON = '2026-12-07';
/** src/core/data/runtime-lifecycle.ts: lambda-runtimes.html and cfn-lint's lifecycle data, read with the sheet. */
export const RUNTIMES_CHECKED_ON = '2026-12-07';
