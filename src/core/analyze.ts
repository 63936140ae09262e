/**
 * The engine: reads a document with the right reader, runs every enabled rule over the model, and
 * turns reports into findings with editor positions. Never throws for bad input.
 */
import { NOTES_OUTDATED_RULE_ID } from './kb/notes-findings';
import { PARSE_RULE_IDS, type Finding, type Severity } from './findings';
import type { Format } from './model';
import { RULES } from './rules';
import type { Report, Rule } from './rules/rule';
import { readDocument, looksLikeTemplateName, type ExternalReader } from './sources/read-document';
import type { FileAccess, ParsedSource, SourceDocument } from './sources/source';
import type { ReadProblem } from './sources/tree';
import { LineIndex, type Span } from './text/line-index';
import { applySuppressions, UNKNOWN_RULE_IN_SUPPRESSION } from './suppression';
import { DEFAULT_MAX_STEPS, metered, WorkBudget, type BudgetLimits } from './budget';
import { internalProblem } from './sources/internal-problem';
import { mentionsCdk } from './sources/cdk/modules';
import { MAX_QUOTED, quote } from './text/quote';

/** Per-rule setting: `off`, a severity, or `on` (the rule's own severity). */
export type RuleSetting = 'off' | 'on' | Severity;
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

export interface AnalyzeOptions {
  readonly rules?: RuleSettings;
  /** Rule sets turned on (`best-practices`); a rule's own entry in `rules` wins over its set. */
  readonly rulesets?: readonly string[];
  /** Today, for runtime deprecation dates; tests inject it. */
  readonly today?: Date;
  readonly files?: FileAccess;
  readonly externalReaders?: readonly ExternalReader[];
  /** Larger files are not analysed (an information finding says so). Default 5 MB. */
  readonly maxFileBytes?: number;
  /** Every rule to run (defaults to the built-in list; tests pass one). */
  readonly ruleList?: readonly Rule[];
  /**
   * Steps one document may take (see budget.ts; default {@link DEFAULT_MAX_STEPS}): raise it for a huge
   * legitimate template. Results depend on steps only, never on the clock.
   */
  readonly maxSteps?: number;
  /** The meter's other limits (the wall-time backstop, an injected clock); `maxSteps` above wins. */
  readonly budget?: BudgetLimits;
}

export interface Analysis {
  readonly format?: Format;
  readonly findings: Finding[];
  /** The reader's result, for hovers; undefined when the file is not analysed. */
  readonly source?: ParsedSource;
  readonly lineIndex: LineIndex;
  /** Steps the analysis took (budget.ts): what tests and benches compare, never the clock. */
  readonly steps?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Ids of findings the engine itself reports (reading problems, suppression warnings): settings and directives may name them. */
export const ENGINE_RULE_IDS: readonly string[] = [...Object.values(PARSE_RULE_IDS), UNKNOWN_RULE_IN_SUPPRESSION, NOTES_OUTDATED_RULE_ID];

/** Never throws: a failure of the engine itself is one `internal-error` finding. */
export async function analyze(doc: SourceDocument, options: AnalyzeOptions = {}): Promise<Analysis> {
  try {
    return await analyzeDocument(doc, options);
  } catch (error) {
    const lineIndex = new LineIndex(doc.text);
    return { findings: [problemFinding(internalProblem('the analysis engine', error), lineIndex)], lineIndex };
  }
}

async function analyzeDocument(doc: SourceDocument, options: AnalyzeOptions): Promise<Analysis> {
  const lineIndex = new LineIndex(doc.text);
  const tooLarge = checkReadable(doc, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (tooLarge !== undefined) {
    return { findings: tooLarge ? [toFinding(tooLarge, lineIndex)] : [], lineIndex };
  }
  const budget = new WorkBudget({ ...options.budget, maxSteps: options.maxSteps ?? options.budget?.maxSteps ?? DEFAULT_MAX_STEPS });
  // The reader gets its share; what it leaves goes to the rules, so a hostile reader can't starve them.
  const readerPart = budget.part('reading the file', Math.floor(budget.remaining * READER_SHARE));
  let read: Awaited<ReturnType<typeof readDocument>>;
  try {
    // `metered` covers the synchronous part of reading (YAML, JSON, serverless.yml); CDK readers meter their own.
    read = await metered(readerPart, () => readDocument(doc, options.files, options.externalReaders ?? [], readerPart));
  } catch (error) {
    read = { problems: [internalProblem('reading the document', error)] };
  }
  const source = read.source;
  const findings: Finding[] = firstSyntaxErrorOnly(read.problems).map((p) => problemFinding(p, lineIndex));
  if (!source) return { findings: withBudgetFinding(findings, budget, lineIndex), lineIndex, steps: budget.stepsSpent };
  for (const problem of firstSyntaxErrorOnly(source.problems)) findings.push(problemFinding(problem, lineIndex));

  const settings = options.rules ?? {};
  const today = options.today ?? new Date();
  const reports: Array<{ rule: Rule; report: Report }> = [];
  const enabled = (options.ruleList ?? RULES).filter((rule) => {
    const setting = settings[rule.meta.id];
    return !(setting === 'off' || (setting === undefined && !enabledWithoutSetting(rule, options.rulesets)));
  });
  for (const [index, rule] of enabled.entries()) {
    // Each rule gets its own allowance: a share of what is left, so one rule a file makes costly stops
    // alone (with its finding) and the rules after it still run.
    const part = budget.part(`rule ${rule.meta.id}`, Math.floor(budget.remaining / Math.min(enabled.length - index, RULE_SHARES)));
    try {
      metered(part, () => rule.check({ model: source.model, format: source.format, today, budget: part, report: (report) => reports.push({ rule, report }) }));
    } catch (error) {
      // A rule bug must not hide the other findings: one information finding names the rule.
      const message = error instanceof Error ? error.message : String(error);
      findings.push(toFinding({ ruleId: PARSE_RULE_IDS.internalError, severity: 'information', message: `Rule ${rule.meta.id} failed: ${quote(message)}. Please report it; the other rules still ran.`, span: { start: 0, end: 0 } }, lineIndex));
    }
  }
  findings.push(...mergeReports(reports, settings, lineIndex, source, doc.text));
  const knownRuleIds = [...new Set([...RULES, ...(options.ruleList ?? [])].map((r) => r.meta.id).concat(ENGINE_RULE_IDS))];
  const kept = applySuppressions(findings, source.comments, { documentText: doc.text, lineIndex, knownRuleIds, unknownRuleSetting: settings[UNKNOWN_RULE_IN_SUPPRESSION] });
  // In document order, as editors and the CLI list them (sort is stable: rule order breaks ties).
  const ordered = withBudgetFinding([...kept.findings].sort((a, b) => a.span.start - b.span.start), budget, lineIndex);
  return { format: source.format, findings: ordered, source, lineIndex, steps: budget.stepsSpent };
}

/** Whether a rule runs when `rules` does not name it: its set's choice, else its own default. */
export function enabledWithoutSetting(rule: Rule, rulesets: readonly string[] | undefined): boolean {
  if (rule.meta.ruleset) return rulesets?.includes(rule.meta.ruleset) ?? false;
  return rule.meta.enabledByDefault !== false;
}

/** Share of a document's steps the reader may take; the rest is the rules'. */
const READER_SHARE = 0.6;
/** A rule may take up to 1/8 of the steps left (less when fewer rules are left to share them). */
const RULE_SHARES = 8;

/** One information finding per part that ran out of steps, first in the list: never silence. */
function withBudgetFinding(findings: Finding[], budget: WorkBudget, lineIndex: LineIndex): Finding[] {
  const messages = budget.messages;
  if (!messages.length) return findings;
  return [...messages.map((message) => toFinding({ ruleId: PARSE_RULE_IDS.analysisStopped, severity: 'information', message, span: { start: 0, end: 0 } }, lineIndex)), ...findings];
}

/**
 * Reports on the same span by the same rule (a Globals value that breaks a limit for three functions)
 * become one finding that names every function it affects.
 */
function mergeReports(reports: Array<{ rule: Rule; report: Report }>, settings: RuleSettings, lineIndex: LineIndex, source: ParsedSource, text: string): Finding[] {
  const groups = new Map<string, Array<{ rule: Rule; report: Report }>>();
  for (const item of reports) {
    const span = item.report.at.span;
    const key = `${item.rule.meta.id}:${span.start}:${span.end}:${item.report.message}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const { rule, report } = group[0];
    const setting = settings[rule.meta.id];
    const severity = setting && setting !== 'on' && setting !== 'off' ? setting : (report.severity ?? rule.meta.severity);
    const affects = [...new Set(group.map((g) => g.report.entity?.id).filter((id): id is string => !!id))];
    const toolDefault = 'toolDefault' in report.at ? report.at.toolDefault : undefined;
    const derived = report.at.derived;
    const allFunctions = group.every((g) => !g.report.entity || FUNCTION_RESOURCE_TYPES.has(g.report.entity.resourceType));
    const message = report.message + (toolDefault ? ` Not set in the file: ${toolDefault}.` : provenance(derived, affects, allFunctions ? 'function' : 'resource'));
    const related = report.related?.length ? report.related.map((r) => ({ span: r.span, range: lineIndex.rangeOf(r.span), message: r.message })) : undefined;
    findings.push(toFinding({ ruleId: rule.meta.id, severity, message, span: markedSpan(report, source, lineIndex, text), topic: rule.meta.topic, fix: report.fix, affects, ...(related ? { related } : {}) }, lineIndex));
  }
  return findings;
}

/**
 * What a finding marks: the value when it sits on one line, else (and always for `mark: 'key'`) the key or
 * name that introduces it (the reader knows its syntax: `source.keyOf`), else the value's first line. Never a
 * block; a quick fix still replaces the value itself (its edits carry their own spans).
 */
function markedSpan(report: Report, source: ParsedSource, lineIndex: LineIndex, text: string): Span {
  const span = withoutTrailingSpace(report.at.span, text);
  const startLine = lineIndex.positionAt(span.start).line;
  const oneLine = lineIndex.positionAt(span.end).line === startLine;
  if (oneLine && report.mark !== 'key') return span;
  const key = source.keyOf?.(report.at.span);
  if (key && lineIndex.positionAt(key.end).line === lineIndex.positionAt(key.start).line) return key;
  if (oneLine) return span;
  const lineEnd = lineIndex.offsetAt({ line: startLine, character: lineIndex.lineText(startLine).trimEnd().length });
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, lineEnd)) };
}

/** A YAML block node's span ends after its line break: the value itself ends before it. */
function withoutTrailingSpace(span: Span, text: string): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1] ?? '')) end--;
  return end === span.end ? span : { start: span.start, end };
}

/** " Set in Globals.Function.Timeout; affects function A." — where an inherited value comes from and whom it hits. */
function provenance(derivedPath: string | undefined, affects: readonly string[], noun: 'function' | 'resource'): string {
  const whom = affects.length === 1 ? `${noun} ${quote(affects[0])}` : `${affects.length} ${noun}s: ${quote(affects.join(', '), 2 * MAX_QUOTED)}`;
  const derived = derivedPath === undefined ? undefined : quote(derivedPath);
  if (derived) return affects.length ? ` Set in ${derived}; affects ${whom}.` : ` Set in ${derived}.`;
  return affects.length > 1 ? ` Affects ${whom}.` : '';
}

const FUNCTION_RESOURCE_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/** undefined: analyse; null: skip silently; a finding: skip and say why. */
function checkReadable(doc: SourceDocument, maxBytes: number): Omit<Finding, 'range'> | null | undefined {
  const text = doc.text;
  const namedTemplate = looksLikeTemplateName(doc.fileName);
  const start = text.slice(0, 65536);
  // A template, or any file that names AWS or the CDK near its start (a CDK stack in .ts/.py), is worth a word.
  const mentionsAws = namedTemplate || start.includes('AWS::') || start.includes('AWSTemplateFormatVersion') || start.includes('provider') || mentionsCdk(start);
  // Anywhere in the file, not only its first 8 KB: a NUL after the head hid a whole Python stack.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return mentionsAws ? { ruleId: PARSE_RULE_IDS.tooLarge, severity: 'information', message: `This file looks binary (a NUL byte at offset ${nul}): not analysed.`, span: { start: 0, end: 0 } } : null;
  }
  if (text.length > maxBytes) {
    const mb = (maxBytes / 1024 / 1024).toFixed(1);
    return mentionsAws
      ? { ruleId: PARSE_RULE_IDS.tooLarge, severity: 'information', message: `File is larger than ${mb} MB: not analysed (setting serverlessNotes.maxFileSizeMB).`, span: { start: 0, end: 0 } }
      : null;
  }
  return undefined;
}

/** One clear diagnostic at the first syntax error: the ones after it are mostly its echoes. */
function firstSyntaxErrorOnly(problems: readonly ReadProblem[]): ReadProblem[] {
  const syntax = problems.filter((p) => p.kind === 'syntax');
  if (syntax.length <= 1) return [...problems];
  const first = { ...syntax[0], message: `${syntax[0].message} (${syntax.length - 1} more syntax errors after it)` };
  return [first, ...problems.filter((p) => p.kind !== 'syntax')];
}

function problemFinding(problem: ReadProblem, lineIndex: LineIndex): Finding {
  const ruleId =
    problem.kind === 'duplicate-key'
      ? PARSE_RULE_IDS.duplicateKey
      : problem.kind === 'syntax'
        ? PARSE_RULE_IDS.syntax
        : problem.kind === 'not-followed'
          ? PARSE_RULE_IDS.fileNotRead
          : problem.kind === 'internal'
            ? PARSE_RULE_IDS.internalError
            : problem.kind === 'stopped'
              ? PARSE_RULE_IDS.analysisStopped
              : PARSE_RULE_IDS.tooLarge;
  const severity: Severity = problem.kind === 'syntax' ? 'error' : problem.kind === 'duplicate-key' ? 'warning' : 'information';
  return toFinding({ ruleId, severity, message: problem.message, span: problem.span }, lineIndex);
}

/** Longest message a finding carries: a safety net behind the quoting of user values (text/quote.ts). */
const MAX_MESSAGE = 600;

function toFinding(finding: Omit<Finding, 'range'>, lineIndex: LineIndex): Finding {
  const message = finding.message.length > MAX_MESSAGE ? quote(finding.message, MAX_MESSAGE) : finding.message;
  return { ...finding, message, range: lineIndex.rangeOf(finding.span) };
}
