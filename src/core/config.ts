/**
 * The project config file `.serverless-notes.json` (JSON with comments), read the same way by the CLI
 * and the extension:
 *   { "rules": { "<rule-id>": "off" | "on" | "error" | "warning" | "information" | "hint" },
 *     "notes": ["relative/path/to/notes.md", "notes-folder"],
 *     "stepBudget": 5000000 }
 * This module only parses and validates text (finding the file is the faces' job, src/node/config-file.ts).
 */
import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { ENGINE_RULE_IDS, type RuleSetting, type RuleSettings } from './analyze';
import { RULES } from './rules';
import { RULESETS } from './rules/rule';
import { didYouMean } from './text/did-you-mean';
import { LineIndex, type Range, type Span } from './text/line-index';

/** The file name looked for in the checked file's folder and its parents. */
export const CONFIG_FILE_NAME = '.serverless-notes.json';

/** Every value a rule setting may take, in the order the docs list them. */
export const RULE_SETTING_VALUES: readonly RuleSetting[] = ['off', 'on', 'error', 'warning', 'information', 'hint'];

/** A mistake in the config file, with where it is. */
export interface ConfigProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly span: Span;
  /** 0-based, as in LSP. */
  readonly range: Range;
}

/** What a config file says, plus what was wrong with it (valid parts are kept). */
export interface ProjectConfig {
  readonly rules: RuleSettings;
  /** Extra notes (files or folders), as written: relative to the config file's folder. */
  readonly notes: readonly string[];
  /** Rule sets turned on (`"rulesets": ["best-practices"]`). */
  readonly rulesets?: readonly string[];
  /** Steps one document may take (`AnalyzeOptions.maxSteps`, see budget.ts), when the file raises it. */
  readonly stepBudget?: number;
  readonly problems: readonly ConfigProblem[];
}

const TOP_LEVEL_KEYS = ['rules', 'rulesets', 'notes', 'stepBudget', '$schema'];

/** Unknown keys and rule ids that get a problem of their own (with a suggestion); the rest are counted in one. */
export const MAX_LISTED_CONFIG_PROBLEMS = 20;

/** Every id a setting or a suppression may name: the built-in rules and the engine's own findings. */
export function knownRuleIds(): string[] {
  return [...RULES.map((r) => r.meta.id), ...ENGINE_RULE_IDS];
}

/**
 * Parses and validates a config file's text. Never throws: syntax errors, unknown keys or rule ids and
 * bad values become problems, and everything valid is still returned.
 */
export function parseConfig(text: string, ruleIds: readonly string[] = knownRuleIds()): ProjectConfig {
  const lineIndex = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const problem = (severity: ConfigProblem['severity'], message: string, span: Span) => problems.push({ severity, message, span, range: lineIndex.rangeOf(span) });
  const spanOf = (node: JsonNode): Span => ({ start: node.offset, end: node.offset + node.length });

  const rules: Record<string, RuleSetting> = {};
  const notes: string[] = [];
  const rulesets: string[] = [];
  let stepBudget: number | undefined;
  const known = new Set(ruleIds);
  const unknown = { count: 0, span: undefined as Span | undefined };
  /** Unknown names are listed (with a suggestion) up to a cap; past it they are counted into one warning. */
  const unknownName = (message: () => string, span: Span) => {
    if (unknown.count++ < MAX_LISTED_CONFIG_PROBLEMS) problem('warning', message(), span);
    else unknown.span ??= span;
  };
  if (!text.trim()) {
    problem('warning', 'The config file is empty: expected an object such as { "rules": {} }.', { start: 0, end: 0 });
    return { rules, notes, problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) problem('error', `JSON syntax error: ${printParseErrorCode(e.error)}.`, { start: e.offset, end: e.offset + Math.max(1, e.length) });
  if (!root) return { rules, notes, problems };
  if (root.type !== 'object') {
    problem('error', 'The config file must hold an object such as { "rules": {} }.', spanOf(root));
    return { rules, notes, problems };
  }
  for (const [keyNode, valueNode] of properties(root)) {
    const key = String(keyNode.value);
    if (key === 'rules') {
      if (valueNode?.type !== 'object') {
        problem('error', '"rules" must be an object mapping rule ids to a setting.', spanOf(valueNode ?? keyNode));
        continue;
      }
      for (const [ruleKey, setting] of properties(valueNode)) {
        const id = String(ruleKey.value);
        if (!known.has(id)) {
          unknownName(() => {
            const suggestion = didYouMean(id, ruleIds);
            return `Unknown rule "${id}"${suggestion ? `. Did you mean "${suggestion}"?` : ': the setting does nothing.'}`;
          }, spanOf(ruleKey));
          continue;
        }
        if (setting?.type === 'string' && (RULE_SETTING_VALUES as readonly string[]).includes(setting.value)) rules[id] = setting.value as RuleSetting;
        else problem('error', `The setting for "${id}" must be one of ${RULE_SETTING_VALUES.map((v) => `"${v}"`).join(', ')}.`, spanOf(setting ?? ruleKey));
      }
    } else if (key === 'rulesets') {
      if (valueNode?.type !== 'array') {
        problem('error', `"rulesets" must be an array of rule set names (${RULESETS.map((r) => `"${r}"`).join(', ')}).`, spanOf(valueNode ?? keyNode));
        continue;
      }
      for (const item of valueNode.children ?? []) {
        if (item.type === 'string' && (RULESETS as readonly string[]).includes(item.value)) rulesets.push(item.value);
        else problem('warning', `Unknown rule set ${item.type === 'string' ? `"${String(item.value).slice(0, 80)}"` : ''}: expected one of ${RULESETS.map((r) => `"${r}"`).join(', ')}.`, spanOf(item));
      }
    } else if (key === 'notes') {
      if (valueNode?.type !== 'array') {
        problem('error', '"notes" must be an array of paths (markdown files or folders, relative to this file).', spanOf(valueNode ?? keyNode));
        continue;
      }
      for (const item of valueNode.children ?? []) {
        if (item.type === 'string' && item.value) notes.push(item.value);
        else problem('error', 'Each entry of "notes" must be a non-empty path string.', spanOf(item));
      }
    } else if (key === 'stepBudget') {
      if (valueNode?.type === 'number' && Number.isInteger(valueNode.value) && valueNode.value > 0) stepBudget = valueNode.value;
      else problem('error', '"stepBudget" must be a positive whole number of steps (see the analysis-stopped rule).', spanOf(valueNode ?? keyNode));
    } else if (!TOP_LEVEL_KEYS.includes(key)) {
      unknownName(() => {
        const suggestion = didYouMean(key, TOP_LEVEL_KEYS);
        return `Unknown key "${key}"${suggestion ? `. Did you mean "${suggestion}"?` : ': expected "rules", "notes" or "stepBudget".'}`;
      }, spanOf(keyNode));
    }
  }
  if (unknown.span) problem('warning', `${(unknown.count - MAX_LISTED_CONFIG_PROBLEMS).toLocaleString('en-US')} more unknown keys and rule ids (the first ${MAX_LISTED_CONFIG_PROBLEMS} are listed): they do nothing.`, unknown.span);
  return { rules, notes, ...(rulesets.length ? { rulesets } : {}), stepBudget, problems };
}

/** Key and value nodes of a JSON object node (a later duplicate wins when read into a record). */
function properties(object: JsonNode): Array<[JsonNode, JsonNode | undefined]> {
  const result: Array<[JsonNode, JsonNode | undefined]> = [];
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key) result.push([key, value]);
  }
  return result;
}

/**
 * Layers rule settings, later layers winning per rule: the config file first, then the editor's
 * `serverlessNotes.rules` (the editor setting overrides the file).
 */
export function mergeRuleSettings(...layers: ReadonlyArray<RuleSettings | undefined>): RuleSettings {
  const merged: Record<string, RuleSetting> = {};
  for (const layer of layers) if (layer) Object.assign(merged, layer);
  return merged;
}
