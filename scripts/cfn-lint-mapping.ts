/**
 * The rules Serverless Notes and cfn-lint both have, and the side-by-side diff of their findings on one
 * template (pure: scripts/compare-cfn-lint.ts runs the tools, test/unit/cfn-lint-mapping.test.ts feeds
 * canned cfn-lint JSON). cfn-lint rule ids were read from `cfn-lint --list-rules` and from running
 * cfn-lint 1.51 on small templates, never guessed.
 */

/** One finding of `cfn-lint --format json`. */
export interface CfnLintFinding {
  readonly Rule: { readonly Id: string };
  readonly Level?: string;
  readonly Message: string;
  readonly Filename: string;
  readonly Location: {
    readonly Start: { readonly LineNumber: number; readonly ColumnNumber?: number };
    readonly Path?: ReadonlyArray<string | number> | null;
  };
}

/** One of our findings, as the comparison needs it (1-based line, the entities it affects). */
export interface OurFinding {
  readonly ruleId: string;
  readonly line: number;
  readonly message: string;
  readonly affects?: readonly string[];
  /** The text the finding marks (a duplicated key's name). */
  readonly marked?: string;
}

/** A rule family both tools check. */
export interface Topic {
  readonly id: string;
  /** Our rule ids. */
  readonly ours: readonly string[];
  /** Whether a cfn-lint finding belongs to this topic (`type`: the CloudFormation type of the resource it names). */
  matchesCfnLint(finding: CfnLintFinding, type: string | undefined): boolean;
  /** One per file on each side: any two agree, wherever each tool places it (the first syntax error). */
  readonly perFile?: boolean;
}

const LAMBDA = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/** The resource a cfn-lint finding names (`Resources/<id>/…`), and the property path below `Properties`. */
export function cfnLintResource(finding: CfnLintFinding): { id?: string; property: readonly (string | number)[] } {
  const path = finding.Location.Path ?? [];
  if (path[0] !== 'Resources' || typeof path[1] !== 'string') return { property: [] };
  return { id: path[1], property: path[2] === 'Properties' ? path.slice(3) : [] };
}

const lambdaProperty =
  (ids: readonly string[], ...property: string[]) =>
  (f: CfnLintFinding, type: string | undefined): boolean => {
    if (!ids.includes(f.Rule.Id) || (type !== undefined && !LAMBDA.has(type))) return false;
    const found = cfnLintResource(f).property;
    return property.every((p, i) => found[i] === p);
  };

const DUPLICATE = /^Duplicate found '([^']*)'/;

/**
 * The overlapping rules. Ours that have no cfn-lint counterpart (API Gateway waits, Lambda@Edge,
 * `sqs-visibility-recommended`'s six times the timeout…) are not compared; neither are cfn-lint's.
 */
export const TOPICS: readonly Topic[] = [
  // E2531: deprecated and creation blocked; E2533: updates blocked too; W2531: deprecated, still creatable.
  // (Our runtime-deprecation-soon warns before the deprecation date: cfn-lint has no such rule.)
  { id: 'runtime-lifecycle', ours: ['runtime-deprecated'], matchesCfnLint: lambdaProperty(['E2531', 'E2533', 'W2531'], 'Runtime') },
  // E3030 "… is not one of [runtimes]" on Runtime.
  { id: 'runtime-unknown', ours: ['runtime-unknown'], matchesCfnLint: lambdaProperty(['E3030'], 'Runtime') },
  // E3034 "… is greater than the maximum of 900" / "less than the minimum".
  { id: 'lambda-timeout', ours: ['lambda-timeout'], matchesCfnLint: lambdaProperty(['E3034'], 'Timeout') },
  { id: 'lambda-memory', ours: ['lambda-memory'], matchesCfnLint: lambdaProperty(['E3034'], 'MemorySize') },
  { id: 'lambda-ephemeral-storage', ours: ['lambda-ephemeral-storage'], matchesCfnLint: lambdaProperty(['E3034'], 'EphemeralStorage') },
  // E3032 "expected maximum item count: 5".
  { id: 'lambda-layers', ours: ['lambda-layers'], matchesCfnLint: lambdaProperty(['E3032'], 'Layers') },
  { id: 'lambda-environment-size', ours: ['lambda-environment-size'], matchesCfnLint: lambdaProperty(['E3697']) },
  // E3505: the queue's VisibilityTimeout below the function's Timeout (reported on the queue).
  { id: 'sqs-visibility', ours: ['sqs-visibility-timeout'], matchesCfnLint: (f) => f.Rule.Id === 'E3505' },
  // E2530: SnapStart on a runtime that does not support it; W2530: no AWS::Lambda::Version.
  { id: 'snapstart-runtime', ours: ['snapstart-runtime'], matchesCfnLint: (f) => f.Rule.Id === 'E2530' },
  { id: 'snapstart-version', ours: ['snapstart-no-version'], matchesCfnLint: (f) => f.Rule.Id === 'W2530' },
  // E3638: PAY_PER_REQUEST with ProvisionedThroughput; E3639: PROVISIONED without it.
  { id: 'dynamodb-billing-mode', ours: ['dynamodb-billing-mode'], matchesCfnLint: (f) => f.Rule.Id === 'E3638' || f.Rule.Id === 'E3639' },
  { id: 'duplicate-key', ours: ['duplicate-key'], matchesCfnLint: (f) => f.Rule.Id === 'E0000' && DUPLICATE.test(f.Message) },
  { id: 'syntax', ours: ['syntax-error'], matchesCfnLint: (f) => f.Rule.Id === 'E0000' && !DUPLICATE.test(f.Message), perFile: true },
];

/**
 * `unchecked`: only we report it, but cfn-lint did not look: it could not read the file (E0000), the SAM
 * transform failed (E0001), one of its rules crashed (E0002), or the resource is a SAM type in a template without `Transform` (E3038).
 */
export type Side = 'both' | 'cfn-lint' | 'us' | 'unchecked';

/** One line of the diff. */
export interface DiffLine {
  readonly topic: string;
  readonly side: Side;
  readonly line: number;
  /** `E3034: 1200 is greater than the maximum of 900`, `lambda-timeout: Timeout 1,200 s…`, or both joined. */
  readonly text: string;
}

/**
 * Pairs the two tools' findings per topic: the same line, or the same resource (cfn-lint's path names a
 * function our finding affects: a Globals value), or for duplicate keys the same key name (cfn-lint reports
 * every occurrence, we report the later ones). Findings outside every topic are left out.
 */
export function diffFindings(cfnLint: readonly CfnLintFinding[], ours: readonly OurFinding[], resourceType: (id: string) => string | undefined): DiffLine[] {
  const lines: DiffLine[] = [];
  const notChecked = uncheckedByCfnLint(cfnLint);
  for (const topic of TOPICS) {
    const theirs = cfnLint.filter((f) => {
      const id = cfnLintResource(f).id;
      return topic.matchesCfnLint(f, id === undefined ? undefined : resourceType(id));
    });
    const mine = ours.filter((f) => topic.ours.includes(f.ruleId));
    const matched = new Set<OurFinding>();
    for (const c of theirs) {
      const partners = mine.filter((u) => topic.perFile || sameThing(c, u));
      partners.forEach((u) => matched.add(u));
      const cText = `${c.Rule.Id}: ${oneLine(c.Message)}`;
      if (partners.length) lines.push({ topic: topic.id, side: 'both', line: c.Location.Start.LineNumber, text: `${cText} | ${partners.map((u) => `${u.ruleId}${u.line === c.Location.Start.LineNumber ? '' : ` (line ${u.line})`}`).join(', ')}` });
      else lines.push({ topic: topic.id, side: 'cfn-lint', line: c.Location.Start.LineNumber, text: cText });
    }
    for (const u of mine) {
      if (matched.has(u)) continue;
      const why = notChecked(u);
      lines.push({ topic: topic.id, side: why ? 'unchecked' : 'us', line: u.line, text: `${u.ruleId}: ${oneLine(u.message)}${why ? ` [cfn-lint did not check: ${why}]` : ''}` });
    }
  }
  return lines.sort((a, b) => a.line - b.line || a.topic.localeCompare(b.topic) || a.side.localeCompare(b.side));
}

/** Why cfn-lint did not check what one of our findings is about, if it did not. */
function uncheckedByCfnLint(cfnLint: readonly CfnLintFinding[]): (u: OurFinding) => string | undefined {
  const unreadable = cfnLint.find((f) => f.Rule.Id === 'E0000' && !DUPLICATE.test(f.Message));
  if (unreadable) return () => 'it could not read the file (E0000)';
  if (cfnLint.some((f) => f.Rule.Id === 'E0001')) return () => 'the SAM transform failed (E0001)';
  if (cfnLint.some((f) => f.Rule.Id === 'E0002')) return () => 'a cfn-lint rule crashed on the file (E0002)';
  const withoutTransform = new Set(cfnLint.filter((f) => f.Rule.Id === 'E3038').map((f) => cfnLintResource(f).id));
  return (u) => (u.affects?.length && u.affects.every((id) => withoutTransform.has(id)) ? 'a SAM resource in a template without Transform (E3038)' : undefined);
}

function sameThing(c: CfnLintFinding, u: OurFinding): boolean {
  if (c.Location.Start.LineNumber === u.line) return true;
  const id = cfnLintResource(c).id;
  if (id !== undefined && u.affects?.includes(id)) return true;
  const duplicate = DUPLICATE.exec(c.Message);
  return duplicate !== null && u.marked !== undefined && unquote(u.marked) === duplicate[1];
}

function unquote(key: string): string {
  return key.length >= 2 && (key[0] === '"' || key[0] === "'") && key.at(-1) === key[0] ? key.slice(1, -1) : key;
}

function oneLine(message: string, max = 160): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Counts per side, per topic and overall. */
export interface Tally {
  both: number;
  'cfn-lint': number;
  us: number;
  unchecked: number;
}

export function tally(lines: readonly DiffLine[], into: Map<string, Tally> = new Map()): Map<string, Tally> {
  for (const l of lines) {
    const t = into.get(l.topic) ?? { both: 0, 'cfn-lint': 0, us: 0, unchecked: 0 };
    t[l.side]++;
    into.set(l.topic, t);
  }
  return into;
}

const MARK: Record<Side, string> = { both: '=', 'cfn-lint': '<', us: '>', unchecked: '?' };

/** The per-file block a human reads: `= 12 runtime-lifecycle E2533: … | runtime-deprecated`. */
export function formatFile(file: string, lines: readonly DiffLine[]): string {
  const width = Math.max(...lines.map((l) => l.topic.length));
  const count = (side: Side) => lines.filter((l) => l.side === side).length;
  return [`${file} (= ${count('both')}, < ${count('cfn-lint')}, > ${count('us')}, ? ${count('unchecked')})`, ...lines.map((l) => `  ${MARK[l.side]} ${String(l.line).padStart(5)}  ${l.topic.padEnd(width)}  ${l.text}`)].join('\n');
}

export function formatTotals(totals: Map<string, Tally>, files: number): string {
  const rows = [...totals].sort(([a], [b]) => a.localeCompare(b));
  const sum: Tally = { both: 0, 'cfn-lint': 0, us: 0, unchecked: 0 };
  for (const [, t] of rows) (['both', 'cfn-lint', 'us', 'unchecked'] as const).forEach((s) => (sum[s] += t[s]));
  const width = Math.max(5, ...rows.map(([id]) => id.length));
  const row = (id: string, t: Tally) => `  ${id.padEnd(width)}  ${String(t.both).padStart(6)}  ${String(t['cfn-lint']).padStart(13)}  ${String(t.us).padStart(7)}  ${String(t.unchecked).padStart(18)}`;
  return [
    `Totals over ${files} templates (= both, < only cfn-lint, > only us, ? only us where cfn-lint did not check):`,
    `  ${'topic'.padEnd(width)}  ${'agree'.padStart(6)}  ${'only cfn-lint'.padStart(13)}  ${'only us'.padStart(7)}  ${'cfn-lint unchecked'.padStart(18)}`,
    ...rows.map(([id, t]) => row(id, t)),
    row('total', sum),
  ].join('\n');
}
