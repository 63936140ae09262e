/**
 * Writes docs/rules.md and the per-rule entries of the `serverlessNotes.rules` setting in package.json
 * from the rules' metadata (src/core/rules) and the limits table (src/core/limits.ts), so neither is kept
 * by hand. `npm run docs:rules`; test/unit/rules-doc.test.ts fails when either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { ENGINE_RULE_IDS } from '../src/core/analyze';
import { NOTES_OUTDATED_META } from '../src/core/kb/notes-findings';
import { RULE_SETTING_VALUES } from '../src/core/config';
import { PARSE_RULE_IDS } from '../src/core/findings';
import { formatNumber, LIMITS, type LimitId } from '../src/core/limits';
import { RULES } from '../src/core/rules';
import type { RuleMeta } from '../src/core/rules/rule';
import { UNKNOWN_RULE_IN_SUPPRESSION } from '../src/core/suppression';

export const ROOT = join(__dirname, '..');
export const RULES_DOC = join(ROOT, 'docs', 'rules.md');
export const PACKAGE_JSON = join(ROOT, 'package.json');
export const README = join(ROOT, 'README.md');
/** Where the generated entries live in package.json. */
export const SETTING_PATH = ['contributes', 'configuration', 'properties', 'serverlessNotes.rules', 'properties'];

/** Findings the engine reports itself (no rule file): documented here, checked against ENGINE_RULE_IDS by the test. */
export const ENGINE_FINDINGS: Readonly<Record<string, { severity: string; title: string; description: string }>> = {
  [PARSE_RULE_IDS.syntax]: { severity: 'error', title: 'Syntax error', description: 'The YAML or JSON could not be read at this point; the rest of the file is still analysed where the parser recovered.' },
  [PARSE_RULE_IDS.duplicateKey]: { severity: 'warning', title: 'Duplicate key', description: 'A mapping has the same key twice; CloudFormation uses the later value, which usually hides a mistake.' },
  [PARSE_RULE_IDS.analysisStopped]: { severity: 'information', title: 'Analysis stopped', description: 'A part of the analysis — reading the file, or one rule — asked for more work than its share of the document\'s step budget allows (for example values that fan out through anchors, variables or constants), so that part stopped; the other parts still ran on what was read, and the findings found before are kept. Steps, never time, decide it: the same file gives the same findings on any machine at any load. A huge legitimate template can raise the budget (`stepBudget` in `.serverless-notes.json`, `--step-budget N` on the command line). Also reported, with its own message, when a reader runs out of stack or string length, or when a face\'s wall-time backstop (only a stalled machine or a bug reaches it) stopped the analysis.' },
  [PARSE_RULE_IDS.fileNotRead]: { severity: 'information', title: 'Included file not read', description: 'A serverless.yml `${file(...)}` names a file that is not read: outside the project folder (also through a symlink), not a regular file (a device, a FIFO), larger than 1 MB, or in an untrusted workspace. Its values are unknown; its contents are never shown.' },
  [PARSE_RULE_IDS.tooLarge]: { severity: 'information', title: 'File or part not analysed', description: 'The file is larger than `serverlessNotes.maxFileSizeMB`, looks binary, or has more YAML tokens than a template can hold, so it was not analysed; or a part of it (nesting deeper than 256 levels, a flow collection or JSON array of more than 20,000 items) was skipped and the rest analysed.' },
  [PARSE_RULE_IDS.internalError]: { severity: 'information', title: 'Internal error', description: 'A reader or a rule of Serverless Notes failed on this file (a bug: please report it with the file). The finding names the reader or rule; the other rules still ran and the rest of the file is analysed where possible.' },
  [NOTES_OUTDATED_META.id]: { severity: NOTES_OUTDATED_META.severity, title: NOTES_OUTDATED_META.title, description: `${NOTES_OUTDATED_META.description} Reported for markdown files named to \`check\` or configured as \`notes\`, and in the editor for the \`serverlessNotes.notes.paths\` files; the quick fix replaces a number with today's value.` },
  [UNKNOWN_RULE_IN_SUPPRESSION]: { severity: 'warning', title: 'Unknown rule in a suppression comment', description: 'A `serverless-notes-disable` or `serverless-notes-disable-next-line` comment names a rule id that does not exist, so it suppresses nothing. The quick fix replaces a misspelt id with the closest known one.' },
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const unitText = (unit: string) => (unit === 'count' ? '' : ` ${unit}`);
const limitValue = (id: LimitId) => `${formatNumber(LIMITS[id].value)}${unitText(LIMITS[id].unit)}`;
const defaultText = (meta: RuleMeta) => (meta.enabledByDefault === false ? 'off' : 'on');

/** The whole of docs/rules.md. */
export function renderRulesDoc(): string {
  const lines: string[] = [
    '# Rules',
    '',
    '<!-- Generated by `npm run docs:rules` from src/core/rules and src/core/limits.ts. Do not edit by hand. -->',
    '',
    'Every rule reads the serverless model, so it applies to CloudFormation/SAM, serverless.yml and CDK alike.',
    'Change a rule in `.serverless-notes.json` (`{ "rules": { "<rule-id>": "off" } }`) or the `serverlessNotes.rules`',
    `setting (values: ${RULE_SETTING_VALUES.map((v) => `\`${v}\``).join(', ')}); the editor setting wins over the file.`,
    'Silence one finding with a comment on the line above it: `# serverless-notes-disable-next-line <rule-id>`',
    '(`//` in TypeScript/JavaScript), or a whole file with `# serverless-notes-disable <rule-id>`.',
    '',
    '| Rule | Severity | Default | Fixable | Title | Topic | Limits |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { meta } of RULES) {
    const limits = meta.limits.map((id) => `${limitValue(id)} (${LIMITS[id].kind})`).join(', ') || '—';
    lines.push(`| [\`${meta.id}\`](#${meta.id}) | ${meta.severity} | ${defaultText(meta)} | ${meta.fixable ? 'yes' : 'no'} | ${cell(meta.title)} | \`${meta.topic}\` | ${cell(limits)} |`);
  }
  for (const { meta } of RULES) {
    lines.push('', `<a id="${meta.id}"></a>`, '', `## ${meta.id}`, '', `**${meta.title}**`, '', meta.description, '');
    lines.push(`- Severity: ${meta.severity}; ${defaultText(meta)} by default; ${meta.fixable ? 'has a quick fix' : 'no quick fix'}.`);
    lines.push(`- Explained by the note topic \`${meta.topic}\`.`);
    if (meta.limits.length) {
      lines.push('', '| Limit | Id | Value | Kind | Source |', '| --- | --- | --- | --- | --- |');
      for (const id of meta.limits) {
        const l = LIMITS[id];
        lines.push(`| ${cell(l.title)} | \`${id}\` | ${limitValue(id)} | ${l.kind} | <${l.source}> |`);
      }
    }
  }
  lines.push('', '# Findings from the engine', '', 'These are not rules but can be configured and suppressed by id like rules.');
  for (const id of ENGINE_RULE_IDS) {
    const doc = ENGINE_FINDINGS[id];
    lines.push('', `<a id="${id}"></a>`, '', `## ${id}`, '', `**${doc?.title ?? id}** (${doc?.severity ?? 'varies'})`, '', doc?.description ?? 'Undocumented.');
  }
  return lines.join('\n') + '\n';
}

/** The `properties` of the `serverlessNotes.rules` setting: one entry per rule id, with its values and a description. */
export function rulesSettingProperties(): Record<string, { type: 'string'; enum: string[]; markdownDescription: string }> {
  const entry = (description: string) => ({ type: 'string' as const, enum: [...RULE_SETTING_VALUES], markdownDescription: description });
  const properties: Record<string, ReturnType<typeof entry>> = {};
  for (const { meta } of RULES) {
    properties[meta.id] = entry(`**${meta.title}** (${meta.severity}, ${defaultText(meta)} by default). ${meta.description}`);
  }
  for (const id of ENGINE_RULE_IDS) {
    const doc = ENGINE_FINDINGS[id];
    properties[id] = entry(`**${doc?.title ?? id}** (${doc?.severity ?? 'varies'}). ${doc?.description ?? ''}`.trim());
  }
  return properties;
}

/** package.json with the generated setting entries, changing nothing else in the file. */
export function updatedPackageJson(text: string): string {
  const edits = modify(text, SETTING_PATH, rulesSettingProperties(), { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } });
  return applyEdits(text, edits);
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
function replaceRegion(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} region`);
  return text.slice(0, from + start.length) + '\n' + body + text.slice(to);
}

interface PackageContributes {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string; enablement?: string }>;
    menus?: { commandPalette?: Array<{ command: string; when?: string }> };
    configuration: { properties: Record<string, { default?: unknown; markdownDescription?: string; description?: string }> };
  };
}

/** README.md with its generated regions (rules, settings, commands) brought up to date from the metadata and package.json. */
export function updatedReadme(readme: string, packageJson: string): string {
  const pkg = JSON.parse(packageJson) as PackageContributes;
  const rules = ['| Rule | Severity | Default | Quick fix | What it checks |', '| --- | --- | --- | --- | --- |'];
  for (const { meta } of RULES) rules.push(`| [\`${meta.id}\`](docs/rules.md#${meta.id}) | ${meta.severity} | ${defaultText(meta)} | ${meta.fixable ? 'yes' : '—'} | ${cell(meta.title)} |`);
  const settings = ['| Setting | Default | What it does |', '| --- | --- | --- |'];
  for (const [key, value] of Object.entries(pkg.contributes.configuration.properties)) {
    const description = (value.markdownDescription ?? value.description ?? '').split('\n')[0];
    settings.push(`| \`${key}\` | \`${JSON.stringify(value.default)}\` | ${cell(description)} |`);
  }
  const hidden = new Set((pkg.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
  const commands = ['| Command | Id |', '| --- | --- |'];
  for (const c of pkg.contributes.commands) if (!hidden.has(c.command)) commands.push(`| ${c.category ? `${c.category}: ` : ''}${c.title} | \`${c.command}\` |`);
  let text = replaceRegion(readme, 'rules', rules.join('\n') + '\n');
  text = replaceRegion(text, 'settings', settings.join('\n') + '\n');
  return replaceRegion(text, 'commands', commands.join('\n') + '\n');
}

if (require.main === module) {
  writeFileSync(RULES_DOC, renderRulesDoc());
  const pkg = readFileSync(PACKAGE_JSON, 'utf8');
  const next = updatedPackageJson(pkg);
  if (next !== pkg) writeFileSync(PACKAGE_JSON, next);
  const readme = readFileSync(README, 'utf8');
  const nextReadme = updatedReadme(readme, next);
  if (nextReadme !== readme) writeFileSync(README, nextReadme);
  process.stdout.write(`Wrote docs/rules.md (${RULES.length} rules), the serverlessNotes.rules setting entries and the README tables.\n`);
}
