/**
 * Side by side with cfn-lint: `npm run compare:cfn-lint -- [folder] [--disagreements]` runs cfn-lint and our core over
 * the CloudFormation/SAM templates of a folder (default: examples/) and prints, per file and in total, the
 * findings both report (=), only cfn-lint (<) and only we (>), for the rules both have (scripts/cfn-lint-mapping.ts).
 * cfn-lint does not read serverless.yml or CDK, so those are left out. Skipped (exit 0) without `cfn-lint` on PATH.
 * `--disagreements` lists only the files where the two differ; `--cfn-lint-json <file>` keeps cfn-lint's output there
 * and reuses it on the next run (cfn-lint takes minutes over a large folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { findFiles } from '../src/cli/find-files';
import { createLanguageService } from '../src/core';
import { get, isMap, plainString, type TreeNode } from '../src/core/sources/tree';
import { parseJsonTree } from '../src/core/sources/json-tree';
import { parseYamlTree } from '../src/core/sources/yaml-tree';
import { projectFileAccess } from '../src/node/file-access';
import { diffFindings, formatFile, formatTotals, tally, type CfnLintFinding, type OurFinding, type Tally } from './cfn-lint-mapping';

/** cfn-lint takes ~50 ms a template in one process and ~0.65 s to start: a few long runs. */
const BATCH = 150;

function cfnLintVersion(): string | undefined {
  const run = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return run.error || run.status !== 0 ? undefined : run.stdout.trim();
}

function runCfnLint(files: readonly string[]): CfnLintFinding[] {
  const found: CfnLintFinding[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const run = spawnSync('cfn-lint', ['--format', 'json', '--', ...batch], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if (run.error) throw run.error;
    // Exit codes 2/4/8 mean errors/warnings/informational findings were found: the JSON is on stdout either way.
    try {
      found.push(...(JSON.parse(run.stdout || '[]') as CfnLintFinding[]));
    } catch {
      throw new Error(`cfn-lint printed no JSON (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
    }
    process.stderr.write(`cfn-lint: ${Math.min(i + BATCH, files.length)}/${files.length} templates\r`);
  }
  process.stderr.write('\n');
  return found;
}

/** Resource logical id -> Type, read with the same YAML/JSON parsers as the core. */
function resourceTypes(fileName: string, text: string): (id: string) => string | undefined {
  const tree = fileName.endsWith('.json') || text.trimStart().startsWith('{') ? parseJsonTree(text) : parseYamlTree(text);
  const resources: TreeNode | undefined = get(tree.root, 'Resources');
  return (id) => (isMap(resources) ? plainString(get(get(resources, id), 'Type')) : undefined);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyDisagreements = args.includes('--disagreements');
  const cacheAt = args.indexOf('--cfn-lint-json');
  const cache = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
  const folder = resolve(args.find((a, i) => !a.startsWith('--') && i !== cacheAt + 1) ?? 'examples');
  const version = cfnLintVersion();
  if (!version) {
    console.log('compare:cfn-lint skipped: `cfn-lint` is not on PATH (pip install cfn-lint).');
    return;
  }
  const root = realpathSync(folder);
  const ls = createLanguageService({ notes: [], files: projectFileAccess({ projectRoot: () => root, trusted: true }) });
  const templates: Array<{ file: string; text: string; ours: OurFinding[] }> = [];
  for (const file of findFiles([folder], { includeSource: false, includeCdkOut: false })) {
    if (/^serverless\.ya?ml$/i.test(basename(file))) continue;
    const text = readFileSync(file, 'utf8');
    const analysis = await ls.analyze({ fileName: file, text });
    const unreadable = analysis.format === undefined && analysis.findings.some((f) => f.ruleId === 'syntax-error') && /AWSTemplateFormatVersion|AWS::/.test(text);
    if (analysis.format !== 'cloudformation' && !unreadable) continue;
    templates.push({
      file,
      text,
      ours: analysis.findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line + 1, message: f.message, affects: f.affects, marked: text.slice(f.span.start, f.span.end) })),
    });
  }
  console.log(`${version}; ${templates.length} CloudFormation/SAM templates under ${relative(process.cwd(), folder) || '.'}\n`);
  const theirs = new Map<string, CfnLintFinding[]>();
  let cfnLint: CfnLintFinding[];
  if (cache && existsSync(cache)) cfnLint = JSON.parse(readFileSync(cache, 'utf8')) as CfnLintFinding[];
  else {
    cfnLint = runCfnLint(templates.map((t) => t.file));
    if (cache) writeFileSync(cache, JSON.stringify(cfnLint));
  }
  for (const f of cfnLint) {
    const key = resolve(f.Filename);
    theirs.set(key, [...(theirs.get(key) ?? []), f]);
  }
  const totals = new Map<string, Tally>();
  for (const t of templates) {
    const lines = diffFindings(theirs.get(resolve(t.file)) ?? [], t.ours, resourceTypes(t.file, t.text));
    tally(lines, totals);
    if (lines.length && (!onlyDisagreements || lines.some((l) => l.side !== 'both'))) console.log(`${formatFile(relative(process.cwd(), t.file), lines)}\n`);
  }
  console.log(formatTotals(totals, templates.length));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
