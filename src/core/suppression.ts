/**
 * Suppression comments, the same words in every format that has comments:
 *   `serverless-notes-disable-next-line [rule-id[, rule-id...]]`  the findings on the next line
 *   `serverless-notes-disable [rule-id[, rule-id...]]`            the findings of the whole file
 * No ids means every rule. Anything after ` -- ` is a reason for humans and is ignored. Readers
 * collect comments (ParsedSource.comments); the engine applies them here, after the rules ran.
 */
import type { Finding, Severity } from './findings';
import type { SourceComment } from './sources/tree';
import { didYouMean } from './text/did-you-mean';
import type { LineIndex, Span } from './text/line-index';

/** Every directive starts with this; readers may skip collecting comments when the text lacks it. */
export const DIRECTIVE_PREFIX = 'serverless-notes-disable';
export const NEXT_LINE_DIRECTIVE = 'serverless-notes-disable-next-line';
export const FILE_DIRECTIVE = 'serverless-notes-disable';

/** Rule id of the warning for a suppression that names a rule that doesn't exist. */
export const UNKNOWN_RULE_IN_SUPPRESSION = 'unknown-rule-in-suppression';

/** A rule id written in a directive, with where it is written (for the unknown-rule warning). */
export interface DirectiveRuleId {
  readonly id: string;
  readonly span: Span;
}

/** A parsed suppression comment. */
export interface SuppressionDirective {
  readonly kind: 'next-line' | 'file';
  /** Undefined: every rule. */
  readonly ruleIds?: readonly DirectiveRuleId[];
  readonly comment: SourceComment;
  /** Where the directive's own text (the comment without its marker) starts in the document. */
  readonly textStart: number;
}

/**
 * The directive a comment holds, if any. `documentText` locates the ids inside the comment; when a
 * reader's comment text is not a plain slice of the document (it should be), ids get the comment's span.
 */
export function parseDirective(comment: SourceComment, documentText: string): SuppressionDirective | undefined {
  const text = comment.text;
  const kind = text.startsWith(NEXT_LINE_DIRECTIVE) && endsWord(text, NEXT_LINE_DIRECTIVE.length) ? 'next-line' : text.startsWith(FILE_DIRECTIVE) && endsWord(text, FILE_DIRECTIVE.length) ? 'file' : undefined;
  if (!kind) return undefined;
  const found = documentText.indexOf(text, comment.span.start);
  const exact = found >= 0 && found + text.length <= comment.span.end;
  const textStart = exact ? found : comment.span.start;
  const keywordLength = kind === 'next-line' ? NEXT_LINE_DIRECTIVE.length : FILE_DIRECTIVE.length;
  const reasonAt = text.indexOf(' --', keywordLength);
  const listEnd = reasonAt >= 0 ? reasonAt : text.length;
  const ruleIds: DirectiveRuleId[] = [];
  let i = keywordLength;
  while (i < listEnd) {
    const c = text[i];
    if (c === ',' || c === ' ' || c === '\t') {
      i++;
      continue;
    }
    let j = i;
    while (j < listEnd && text[j] !== ',' && text[j] !== ' ' && text[j] !== '\t') j++;
    const span = exact ? { start: textStart + i, end: textStart + j } : comment.span;
    ruleIds.push({ id: text.slice(i, j), span });
    i = j;
  }
  return { kind, ruleIds: ruleIds.length ? ruleIds : undefined, comment, textStart };
}

function endsWord(text: string, at: number): boolean {
  return at === text.length || text[at] === ' ' || text[at] === '\t' || text[at] === ',';
}

/** The 0-based line a next-line directive applies to: the line after the one its comment ends on. */
export function directiveTargetLine(directive: SuppressionDirective, lineIndex: LineIndex): number {
  return lineIndex.positionAt(Math.max(directive.comment.span.start, directive.comment.span.end - 1)).line + 1;
}

export interface SuppressionOptions {
  readonly documentText: string;
  readonly lineIndex: LineIndex;
  /** Every id a directive may name without a warning (rules, read problems, this warning). */
  readonly knownRuleIds: readonly string[];
  /** The setting for `unknown-rule-in-suppression` (`off` silences it; a severity replaces `warning`). */
  readonly unknownRuleSetting?: 'off' | 'on' | Severity;
}

export interface SuppressionResult {
  /** The findings no directive suppresses, then the unknown-rule warnings. */
  readonly findings: Finding[];
  /** How many findings the directives removed (the CLI can say so). */
  readonly suppressedCount: number;
}

/**
 * Removes the findings that suppression comments turn off and warns about directives naming rules
 * that don't exist (with a "did you mean" and a fix when a known id is close).
 */
export function applySuppressions(findings: readonly Finding[], comments: readonly SourceComment[], options: SuppressionOptions): SuppressionResult {
  const directives: SuppressionDirective[] = [];
  for (const comment of comments) {
    const directive = parseDirective(comment, options.documentText);
    if (directive) directives.push(directive);
  }
  if (!directives.length) return { findings: [...findings], suppressedCount: 0 };

  const known = new Set(options.knownRuleIds);
  let fileAll = false;
  const fileIds = new Set<string>();
  const lineAll = new Set<number>();
  const lineIds = new Map<number, Set<string>>();
  const warnings: Finding[] = [];
  const unlisted: { count: number; span?: Span } = { count: 0 };
  for (const directive of directives) {
    const line = directive.kind === 'next-line' ? directiveTargetLine(directive, options.lineIndex) : -1;
    if (!directive.ruleIds) {
      if (directive.kind === 'file') fileAll = true;
      else lineAll.add(line);
      continue;
    }
    for (const { id, span } of directive.ruleIds) {
      if (!known.has(id)) {
        // Each unknown id is a warning with a suggestion up to a cap; the rest are counted into one
        // finding, so a comment naming 20,000 ids costs 20,000 set lookups, not 20,000 warnings.
        if (warnings.length < MAX_UNKNOWN_ID_WARNINGS) {
          const warning = unknownRuleWarning(id, span, options);
          if (warning) warnings.push(warning);
        } else {
          unlisted.count++;
          unlisted.span ??= span;
        }
        continue;
      }
      if (directive.kind === 'file') fileIds.add(id);
      else {
        const ids = lineIds.get(line) ?? new Set<string>();
        ids.add(id);
        lineIds.set(line, ids);
      }
    }
  }
  const kept = findings.filter((finding) => {
    if (fileAll || fileIds.has(finding.ruleId)) return false;
    const line = finding.range.start.line;
    return !(lineAll.has(line) || lineIds.get(line)?.has(finding.ruleId));
  });
  const more = unlisted.span && moreUnknownIdsWarning(unlisted.count, unlisted.span, options);
  return { findings: [...kept, ...warnings, ...(more ? [more] : [])], suppressedCount: findings.length - kept.length };
}

/** Unknown ids in suppression comments that get a warning of their own (with a suggestion); the rest are one finding. */
export const MAX_UNKNOWN_ID_WARNINGS = 20;

function moreUnknownIdsWarning(count: number, span: Span, options: SuppressionOptions): Finding | undefined {
  const setting = options.unknownRuleSetting;
  if (setting === 'off') return undefined;
  const severity: Severity = setting && setting !== 'on' ? setting : 'warning';
  const message = `${count.toLocaleString('en-US')} more unknown rule ids in suppression comments (the first ${MAX_UNKNOWN_ID_WARNINGS} are listed): they suppress nothing.`;
  return { ruleId: UNKNOWN_RULE_IN_SUPPRESSION, severity, message, span, range: options.lineIndex.rangeOf(span) };
}

function unknownRuleWarning(id: string, span: Span, options: SuppressionOptions): Finding | undefined {
  const setting = options.unknownRuleSetting;
  if (setting === 'off') return undefined;
  const severity: Severity = setting && setting !== 'on' ? setting : 'warning';
  const suggestion = didYouMean(id, options.knownRuleIds);
  const message = `Unknown rule "${id}" in a suppression comment${suggestion ? `. Did you mean "${suggestion}"?` : ': it suppresses nothing.'}`;
  const fix = suggestion ? { title: `Change to ${suggestion}`, edits: [{ span, newText: suggestion }] } : undefined;
  return { ruleId: UNKNOWN_RULE_IN_SUPPRESSION, severity, message, span, range: options.lineIndex.rangeOf(span), fix };
}
