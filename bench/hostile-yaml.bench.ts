/**
 * Hostile YAML/JSON templates (issue 10): in-process time of one analysis each (the extension host's and
 * the language server's cost per file), the heap growth, and the slowest of them.
 */
import type { BenchRow } from './core.bench';
import { timeHostileCases } from './hostile-timing';

const HEAD = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1000\n";

function blockMaps(depth: number): string {
  let text = `${HEAD}      Deep:\n`;
  for (let i = 0; i < depth; i++) text += `${' '.repeat(8 + i)}k:\n`;
  return text;
}

/** name -> [file name, text] */
function cases(): Array<[string, string, string]> {
  const json = (value: string) => `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"F": {"Type": "AWS::Lambda::Function", "Properties": {"X": ${value}, "Timeout": 1000}}}}`;
  return [
    ['1,000-deep YAML flow sequences', 't.yaml', `${HEAD}      X: ${'['.repeat(1000)}${']'.repeat(1000)}\n`],
    ['20,000-deep YAML flow maps', 't.yaml', `${HEAD}      X: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`],
    ['3,000-deep !If chain', 't.yaml', `${HEAD}      X: ${'!If [c, '.repeat(3000)}1${', 2]'.repeat(3000)}\n`],
    ['2,000-deep YAML block maps (2 MB)', 't.yaml', blockMaps(2000)],
    ['5,000-deep JSON array', 't.json', json(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
    ['5 MB one-line flow list of 1.7 M numbers', 'template.yaml', `${HEAD}      X: [${new Array<string>(1_700_000).fill('7').join(', ')}]\n`],
    ['1 MB flow list of 120,000 numbers (under the token bound)', 't.yaml', `${HEAD}      X: [${new Array<string>(120_000).fill('7').join(', ')}]\n`],
    ['flow map of 50,000 keys', 't.yaml', `${HEAD}      X: {${Array.from({ length: 50_000 }, (_, i) => `k${i}: 1`).join(', ')}}\n`],
    ['block list of 120,000 items (1 MB)', 't.yaml', `${HEAD}      X:\n${'        - 7\n'.repeat(120_000)}`],
    ['JSON array of 1 M numbers (2 MB)', 't.json', json(`[${new Array<string>(1_000_000).fill('7').join(',')}]`)],
    ['200 KB tag and logical id', 't.yaml', `${HEAD.replace('  F:', `  F${'a'.repeat(200_000)}:`)}      Runtime: !${'b'.repeat(200_000)} x\n`],
    ['10,000 aliases of one anchor', 't.yaml', `${HEAD}      A: &a [1, 2, 3]\n${Array.from({ length: 10_000 }, (_, i) => `      B${i}: *a\n`).join('')}`],
    ['under-indented quoted strings ×2,000 (lenient pass)', 't.yaml', `${HEAD}${Array.from({ length: 2000 }, (_, i) => `      D${i}: 'multi\n'\n`).join('')}`],
  ];
}

export async function benchHostileYaml(): Promise<BenchRow[]> {
  return timeHostileCases('YAML/JSON', cases());
}
