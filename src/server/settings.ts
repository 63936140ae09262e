/**
 * The `serverlessNotes.*` settings as the server sees them: pulled per document with
 * `workspace/configuration` (cached until `workspace/didChangeConfiguration`), or, for clients without
 * that request, taken from the didChangeConfiguration payload or the initialization options.
 */
import type { RuleSettings } from '../core';

export const SECTION = 'serverlessNotes';

export interface ServerSettings {
  readonly enable: boolean;
  readonly rules: RuleSettings;
  /** `serverlessNotes.rulesets`: rule sets turned on (`best-practices`). */
  readonly rulesets: readonly string[];
  readonly maxFileBytes: number;
  readonly notes: { readonly paths: readonly string[]; readonly includeBundled: boolean };
  /** `serverlessNotes.chains.codeLens`: the invocation chain above each function on one (default on). */
  readonly chainsCodeLens: boolean;
}

export const DEFAULT_MAX_FILE_MB = 5;

/** Settings from whatever object a client sent (anything missing or mistyped gets its default). */
export function toServerSettings(raw: unknown): ServerSettings {
  // Some clients answer with their whole configuration object instead of its `serverlessNotes` section.
  const value = isObject(raw) ? (isObject(raw[SECTION]) ? raw[SECTION] : raw) : {};
  const notes = isObject(value.notes) ? value.notes : {};
  const chains = isObject(value.chains) ? value.chains : {};
  const maxMb = typeof value.maxFileSizeMB === 'number' && Number.isFinite(value.maxFileSizeMB) ? value.maxFileSizeMB : DEFAULT_MAX_FILE_MB;
  return {
    enable: value.enable !== false,
    rules: isObject(value.rules) ? (value.rules as RuleSettings) : {},
    rulesets: Array.isArray(value.rulesets) ? value.rulesets.filter((r): r is string => typeof r === 'string') : [],
    maxFileBytes: Math.max(0.1, maxMb) * 1024 * 1024,
    notes: {
      paths: Array.isArray(notes.paths) ? notes.paths.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
      includeBundled: notes.includeBundled !== false,
    },
    chainsCodeLens: chains.codeLens !== false,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
