/**
 * Compares the neutral IR of two builds of the CDK front ends on every CDK file of the shared corpus
 * (or the files given): `npx tsx scripts/cdk-ir-compare.ts <other checkout> [files…]`. The other
 * checkout is a worktree of another commit (`git worktree add ../base main --detach`); both front ends
 * run in this process over the same parsers, and their IR is compared as JSON (Maps as entry lists).
 * Exits 1 when any file differs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ours from '../src/core/sources/cdk';
import { cdkReaders, loadPythonParser, loadTypeScriptParser } from '../src/node/cdk-parsers';
import { dialectOf } from '../src/core/sources/cdk/typescript-frontend';

type Frontends = Pick<typeof ours, 'typeScriptIr' | 'pythonIr'>;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'cdk.out') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|js|mjs|cjs|py)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v.entries()] : v), 1);
}

async function main(): Promise<void> {
  const [other, ...given] = process.argv.slice(2);
  if (!other) throw new Error('usage: cdk-ir-compare.ts <other checkout> [files…]');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const theirs = require(resolve(other, 'src/core/sources/cdk')) as Frontends;
  void cdkReaders;
  const files = given.length > 0 ? given : filesUnder(resolve(__dirname, '../../shared/corpus/aws-cdk-examples'));
  let same = 0;
  let differ = 0;
  let withIr = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const python = file.endsWith('.py');
    const parser = python ? await loadPythonParser() : await loadTypeScriptParser(dialectOf(file));
    const run = (f: Frontends) => (python ? f.pythonIr(parser, text) : f.typeScriptIr(parser, text));
    const [a, b] = [json(run(theirs)), json(run(ours))];
    if (a !== 'undefined' && a !== undefined) withIr++;
    if (a === b) same++;
    else {
      differ++;
      console.log(`differs: ${file}`);
    }
  }
  console.log(`${files.length} files, ${withIr} with CDK IR: ${same} identical, ${differ} different`);
  process.exitCode = differ > 0 ? 1 : 0;
}
void main();
