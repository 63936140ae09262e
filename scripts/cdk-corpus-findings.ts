// Every finding the CDK readers produce over ../shared/corpus/aws-cdk-examples, one line each
// (`path:line: rule: message`), sorted, for diffing before/after a reader change.
// Usage: node --import tsx scripts/cdk-corpus-findings.ts [--all-rules] > findings.txt
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RULES } from '../src/core/rules';
import { cdkService } from '../test/unit/cdk-helpers';
import { cdkSourceFiles } from '../test/unit/support/cdk-source-files';
import { CORPUS } from '../test/unit/support/service';

const ROOT = join(CORPUS, 'aws-cdk-examples');
const allRules = process.argv.includes('--all-rules');
const rules = allRules ? Object.fromEntries(RULES.map((r) => [r.meta.id, 'on' as const])) : undefined;

async function main(): Promise<void> {
  const lines: string[] = [];
  for (const file of cdkSourceFiles(ROOT)) {
    const analysis = await cdkService.analyze({ fileName: file, text: readFileSync(file, 'utf8') }, rules ? { rules } : undefined);
    for (const f of analysis.findings) lines.push(`${relative(ROOT, file)}:${f.range.start.line + 1}: ${f.ruleId}: ${f.message}`);
  }
  console.log(lines.sort().join('\n'));
}

void main();
