// Every finding the CDK readers produce over ../shared/corpus/aws-cdk-examples, one line each
// (`path:line: rule: message`), sorted, for diffing before/after a reader change.
// Usage: node --import tsx scripts/cdk-corpus-findings.ts [--all-rules] > findings.txt
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RULES } from '../src/core/rules';
import { cdkService } from '../test/unit/cdk-helpers';
import { CORPUS } from '../test/unit/support/service';

const ROOT = join(CORPUS, 'aws-cdk-examples');
const allRules = process.argv.includes('--all-rules');
const rules = allRules ? Object.fromEntries(RULES.map((r) => [r.meta.id, 'on' as const])) : undefined;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if ((name.endsWith('.ts') && !name.endsWith('.d.ts')) || name.endsWith('.py')) out.push(path);
  }
  return out;
}

async function main(): Promise<void> {
  const lines: string[] = [];
  for (const file of walk(ROOT)) {
    const analysis = await cdkService.analyze({ fileName: file, text: readFileSync(file, 'utf8') }, rules ? { rules } : undefined);
    for (const f of analysis.findings) lines.push(`${relative(ROOT, file)}:${f.range.start.line + 1}: ${f.ruleId}: ${f.message}`);
  }
  console.log(lines.sort().join('\n'));
}

void main();
