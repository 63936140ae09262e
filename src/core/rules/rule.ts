import type { WorkBudget } from '../budget';
import type { Finding, Fix, Severity } from '../findings';
import type { LimitId } from '../limits';
import type { Entity, Format, KnownValue, ServerlessModel } from '../model';
import type { Span } from '../text/line-index';

/** The optional rule sets. */
export const RULESETS = ['best-practices'] as const;
export type RulesetId = (typeof RULESETS)[number];

/** What a rule declares about itself; the README rules table and the settings are derived from this. */
export interface RuleMeta {
  /** Stable kebab-case id, used in settings, suppression comments and diagnostic codes. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences for the docs table. */
  readonly description: string;
  readonly severity: Severity;
  /** Knowledge-base topic id that explains why. */
  readonly topic: string;
  readonly limits: readonly LimitId[];
  readonly fixable: boolean;
  /** Rules that are advice rather than a mistake can be off by default. */
  readonly enabledByDefault?: boolean;
  /**
   * The rule set the rule belongs to (`best-practices`): off unless the set is turned on (`rulesets` in
   * `.serverless-notes.json`, `serverlessNotes.rulesets`, `--ruleset`); the rule's own setting wins.
   */
  readonly ruleset?: RulesetId;
}

export interface Report {
  /** The value at fault (its span is underlined) or a bare span. */
  readonly at: KnownValue<unknown> | { readonly span: Span; readonly derived?: string };
  readonly message: string;
  /** Defaults to the rule's severity. */
  readonly severity?: Severity;
  /** The entity the finding is about; named in the message when the value is inherited. */
  readonly entity?: Entity;
  readonly fix?: Fix;
  /**
   * `key`: mark the key that introduces the value (`VpcConfig`, `Variables`, `Layers`), not the value, even
   * when it fits on one line: for values that are collections, and for sums over them (the message says the
   * total). By default the engine marks the value when it fits on one line and its key otherwise.
   */
  readonly mark?: 'key';
  /** The other places of the chain (path rules): each resource with what it contributes. */
  readonly related?: ReadonlyArray<{ readonly span: Span; readonly message: string }>;
}

export interface RuleContext {
  readonly model: ServerlessModel;
  readonly format: Format;
  /** Today, injectable for tests (runtime lifecycle dates). */
  readonly today: Date;
  /** The document's work budget: a rule whose work grows with the input spends from it (see budget.ts). */
  readonly budget?: WorkBudget;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Finding };
