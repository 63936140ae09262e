// Runs the runtime / SnapStart / API Gateway / SQS rules over ../shared/corpus and prints a count per rule,
// plus a few samples per rule for checking by hand.
// Usage: node --import tsx scripts/corpus-rule-counts.ts [samples] [rule-id: print every hit of that rule]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLanguageService } from '../src/core';
import { RULES } from '../src/core/rules';
import { bundledNotes, CORPUS, TODAY } from '../test/unit/support/service';

const PREFIXES = ['runtime-', 'snapstart-', 'apigw-', 'sqs-'];
const mine = RULES.filter((r) => PREFIXES.some((p) => r.meta.id.startsWith(p)));
const samplesPerRule = Number(process.argv[2] ?? 5);
const everyHitOf = process.argv[3];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ya?ml|json|template)$/i.test(name) && name !== 'cdk.json' && !name.startsWith('package')) out.push(path);
  }
  return out;
}

async function main(): Promise<void> {
  const ls = createLanguageService({ notes: bundledNotes(), today: TODAY, ruleList: mine });
  const counts = new Map<string, { findings: number; files: Set<string>; bySeverity: Map<string, number>; samples: string[] }>();
  for (const rule of mine) counts.set(rule.meta.id, { findings: 0, files: new Set(), bySeverity: new Map(), samples: [] });
  const files = walk(CORPUS);
  let analysed = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const analysis = await ls.analyze({ fileName: file, text });
    if (analysis.source) analysed++;
    for (const f of analysis.findings) {
      const entry = counts.get(f.ruleId);
      if (!entry) continue;
      entry.findings++;
      entry.files.add(file);
      entry.bySeverity.set(f.severity, (entry.bySeverity.get(f.severity) ?? 0) + 1);
      if (f.ruleId === everyHitOf) console.log(`${relative(CORPUS, file)}:${f.range.start.line + 1}: ${f.message}`);
      if (entry.samples.length < samplesPerRule || entry.files.size % 37 === 0) entry.samples.push(`${relative(CORPUS, file)}:${f.range.start.line + 1}: ${f.message}`);
    }
  }
  console.log(`${files.length} files, ${analysed} read as templates (today = ${TODAY.toISOString().slice(0, 10)})\n`);
  console.log('| rule | severity | findings | files | by severity |\n|---|---|---|---|---|');
  for (const rule of mine) {
    const c = counts.get(rule.meta.id)!;
    const sev = [...c.bySeverity].map(([s, n]) => `${s} ${n}`).join(', ');
    console.log(`| ${rule.meta.id} | ${rule.meta.severity} | ${c.findings} | ${c.files.size} | ${sev} |`);
  }
  for (const rule of mine) {
    const c = counts.get(rule.meta.id)!;
    if (!c.samples.length) continue;
    console.log(`\n## ${rule.meta.id}`);
    for (const s of c.samples.slice(0, samplesPerRule * 2)) console.log(`- ${s}`);
  }
}

void main();
