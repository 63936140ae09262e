/**
 * A/B timing of the CDK front ends as they ship: `npx tsx scripts/cdk-parse-ab.ts <other checkout> [runs]`
 * loads dist/cdk-readers.js of this checkout and of the other one (build both with `npm run build:prod`)
 * into one process and parses bench/cdk.bench.ts's 1,000-line stacks into the IR with each, alternating
 * old/new run by run so that the shared machine's load falls on both alike. Prints p10 and median of
 * CPU time (process.cpuUsage) and wall time per language and build.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cdkPythonStack, cdkTypeScriptStack } from '../bench/cdk.bench';
import type * as CdkChunk from '../src/node/cdk-parsers';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * q)];
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function main(): Promise<void> {
  const [other, runsArg] = process.argv.slice(2);
  if (!other) throw new Error('usage: cdk-parse-ab.ts <other checkout> [runs]');
  const runs = Number(runsArg ?? 80);
  const builds = [
    { name: 'old', dir: resolve(other) },
    { name: 'new', dir: resolve(__dirname, '..') },
  ];
  const loaded = await Promise.all(
    builds.map(async ({ name, dir }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const chunk = require(join(dir, 'dist', 'cdk-readers.js')) as typeof CdkChunk;
      const ts = await chunk.loadTypeScriptParser('typescript');
      const py = await chunk.loadPythonParser();
      return {
        name,
        TypeScript: (text: string) => chunk.typeScriptIr(ts, text),
        Python: (text: string) => chunk.pythonIr(py, text),
      };
    }),
  );
  for (const [language, text] of [
    ['TypeScript', cdkTypeScriptStack()],
    ['Python', cdkPythonStack()],
  ] as const) {
    const cpu = loaded.map(() => [] as number[]);
    const wall = loaded.map(() => [] as number[]);
    for (const build of loaded) for (let i = 0; i < 10; i++) build[language](text); // warm-up
    for (let i = 0; i < runs; i++) {
      loaded.forEach((build, k) => {
        const [c, w] = [cpuMs(), performance.now()];
        build[language](text);
        wall[k].push(performance.now() - w);
        cpu[k].push(cpuMs() - c);
      });
    }
    const lines = text.split('\n').length;
    loaded.forEach((build, k) => {
      const f = (xs: number[]) => `p10 ${quantile(xs, 0.1).toFixed(1)} / median ${quantile(xs, 0.5).toFixed(1)} ms`;
      console.log(`${language} ${lines} lines, ${build.name}: CPU ${f(cpu[k])}; wall ${f(wall[k])} (${runs} runs)`);
    });
  }
  console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
void main();
