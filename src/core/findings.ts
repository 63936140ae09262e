import type { Range, Span } from './text/line-index';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A text replacement, in offsets of the analysed document. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** Another place a finding concerns: the other resources of an invocation chain (LSP `relatedInformation`). */
export interface RelatedLocation {
  /** Set when the place is in another file; undefined: the analysed document. */
  readonly file?: string;
  readonly span: Span;
  readonly range: Range;
  readonly message: string;
}

/** What the engine reports, positions already converted for editors and the CLI. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly range: Range;
  /** Knowledge-base topic that explains the finding. */
  readonly topic?: string;
  readonly fix?: Fix;
  /** Entities (functions, tables...) the finding is about. */
  readonly affects?: readonly string[];
  /** The other resources of the chain a path rule followed, each with what it contributes. */
  readonly related?: readonly RelatedLocation[];
}

/** Rule ids for findings that come from reading the file rather than from a rule. */
export const PARSE_RULE_IDS = {
  syntax: 'syntax-error',
  duplicateKey: 'duplicate-key',
  tooLarge: 'file-too-large',
  analysisStopped: 'analysis-stopped',
  fileNotRead: 'file-not-read',
  internalError: 'internal-error',
} as const;
