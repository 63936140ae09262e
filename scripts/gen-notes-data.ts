/**
 * Writes the parts of the bundled notes (media/notes) that are data: the runtime lifecycle table
 * (deprecation, create-block and update-block dates from src/core/data/runtime-lifecycle.ts) and what each
 * tool deploys when a file does not say (src/core/data/tool-defaults.ts). Each part sits between
 * `<!-- notes-data:<name>:start -->` and `<!-- notes-data:<name>:end -->` in a note; the wording is here,
 * every number and date comes from the data. `npm run docs:notes`; test/unit/notes-data.test.ts fails when a
 * note is out of date, and test/unit/notes-numbers.test.ts checks the numbers of the whole note.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_LIFECYCLE, type RuntimeLifecycle } from '../src/core/data/runtime-lifecycle';
import { TOOL_DEFAULTS, type ToolDefault, type ToolDefaultId } from '../src/core/data/tool-defaults';
import { formatNumber } from '../src/core/limits';

export const NOTES_DIR = join(__dirname, '..', 'media', 'notes');

/** Runtimes whose create and update blocks both fell before this day are listed in one sentence, not the table. */
const LONG_BLOCKED_BEFORE = '2024-01-01';

const code = (id: string) => `\`${id}\``;
const list = (items: readonly string[]) => (items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** "**3 s**", "**1,024 MB**", "**5**" from a tool default. */
function value(id: ToolDefaultId): string {
  const d: ToolDefault = TOOL_DEFAULTS[id];
  if (typeof d.value !== 'number') return code(String(d.value));
  return `**${formatNumber(d.value)}${d.unit && d.unit !== 'count' ? ` ${d.unit}` : ''}**`;
}

/** The lifecycle table: one row per group of runtimes with the same three dates, by deprecation date. */
export function renderRuntimeLifecycle(): string {
  const longBlocked = RUNTIME_LIFECYCLE.filter((r) => r.createBlocked && r.updateBlocked && r.createBlocked < LONG_BLOCKED_BEFORE && r.updateBlocked < LONG_BLOCKED_BEFORE);
  const rows = new Map<string, RuntimeLifecycle[]>();
  for (const r of RUNTIME_LIFECYCLE) {
    if (!r.deprecated || r.containerOnly || longBlocked.includes(r)) continue;
    const key = `${r.deprecated}|${r.createBlocked ?? ''}|${r.updateBlocked ?? ''}`;
    rows.set(key, [...(rows.get(key) ?? []), r]);
  }
  const lines = [
    'Deprecation and blocking dates (after the deprecation date AWS stops patching the runtime; from the block dates it refuses to create, then to update, functions on it):',
    '',
    '| Runtime | Deprecated | Creating blocked | Updating blocked |',
    '|---|---|---|---|',
  ];
  for (const [key, runtimes] of [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [deprecated, create, update] = key.split('|');
    // Later block dates are planned on AWS's runtimes page but not yet in our data (they move): say where to look.
    lines.push(`| ${runtimes.map((r) => code(r.id)).join(', ')} | ${deprecated} | ${create || 'planned, see AWS'} | ${update || 'planned, see AWS'} |`);
  }
  lines.push('', `Long blocked for both creating and updating: ${list(longBlocked.map((r) => code(r.id)))}.`);
  return lines.join('\n') + '\n';
}

/** What a function gets when the template does not set `Timeout` or `MemorySize`, per tool. */
export function renderLambdaDefaults(): string {
  return [
    'Defaults, deployed when the file sets nothing:',
    `- Lambda and CloudFormation: \`Timeout\` ${value('lambda.timeout')}, \`MemorySize\` ${value('lambda.memorySize')}.`,
    `- SAM: the same ${value('sam.timeout')} and ${value('sam.memorySize')} unless \`Globals.Function\` sets them for every function of the template.`,
    `- Serverless Framework: \`timeout\` ${value('serverless.timeout')}, \`memorySize\` ${value('serverless.memorySize')} when neither the function nor \`provider\` sets them; a function with a \`cloudFront\` event (Lambda@Edge) gets ${value('serverless.edge.timeout')} and ${value('serverless.edge.memorySize')}.`,
    `- AWS CDK \`lambda.Function\`: ${value('cdk.function.timeout')} and ${value('cdk.function.memorySize')}.`,
  ].join('\n') + '\n';
}

/** What a table gets when the CDK code does not choose its billing. */
export function renderDynamoDbDefaults(): string {
  return [
    'What the AWS CDK deploys when the code does not choose the billing:',
    `- \`dynamodb.Table\`: ${value('cdk.table.billingMode')} with ${value('cdk.table.readCapacity')} read and ${value('cdk.table.writeCapacity')} write capacity units, unless \`billingMode\` is \`PAY_PER_REQUEST\`.`,
    `- \`dynamodb.TableV2\`: on-demand (${value('cdk.tableV2.billingMode')}) unless \`billing: Billing.provisioned(...)\`.`,
  ].join('\n') + '\n';
}

/** Every generated part: note file -> region name -> body. */
export function notesDataRegions(): Record<string, Record<string, string>> {
  return {
    'lambda.md': { 'runtime-lifecycle': renderRuntimeLifecycle(), 'lambda-defaults': renderLambdaDefaults() },
    'dynamodb.md': { 'dynamodb-defaults': renderDynamoDbDefaults() },
  };
}

/** The note with its generated regions brought up to date; throws when a region's markers are missing. */
export function updatedNote(file: string, text: string): string {
  let out = text;
  for (const [name, body] of Object.entries(notesDataRegions()[file] ?? {})) {
    const start = `<!-- notes-data:${name}:start -->`;
    const end = `<!-- notes-data:${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} region`);
    out = out.slice(0, from + start.length) + '\n\n' + body + '\n' + out.slice(to);
  }
  return out;
}

if (require.main === module) {
  for (const file of Object.keys(notesDataRegions())) {
    const path = join(NOTES_DIR, file);
    const text = readFileSync(path, 'utf8');
    const next = updatedNote(file, text);
    if (next !== text) writeFileSync(path, next);
  }
  process.stdout.write(`Wrote the generated parts of ${Object.keys(notesDataRegions()).join(', ')} (media/notes).\n`);
}
