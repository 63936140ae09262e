import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import type { FileAccess } from '../../src/core/sources/source';
import { isAwsProvider, isServerlessFile } from '../../src/core/sources/serverless/reader';
import { parseYamlTree } from '../../src/core/sources/yaml-tree';
import { CORPUS, service } from './support/service';

const DIR = join(CORPUS, 'serverless-examples');

function serverlessFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) serverlessFiles(path, out);
    else if (name === 'serverless.yml' || name === 'serverless.yaml') out.push(path);
  }
  return out.sort();
}

const files: FileAccess = {
  readFile(from, relative) {
    try {
      return readFileSync(join(dirname(from), relative), 'utf8');
    } catch {
      return undefined;
    }
  },
};

it('reads all 191 serverless-examples files without a crash; the 60 for other clouds stay silent', async (t) => {
  if (!existsSync(DIR)) return t.skip('corpus folder absent');
  const paths = serverlessFiles(DIR);
  assert.equal(paths.length, 191);
  const ls = service({ files });
  let other = 0;
  const byRule = new Map<string, number>();
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    const analysis = await ls.analyze({ fileName: path, text });
    const root = parseYamlTree(text).root;
    const aws = isServerlessFile(path, root) && isAwsProvider(root);
    if (!aws) {
      other++;
      assert.deepEqual(analysis.findings, [], path);
      assert.equal(analysis.source, undefined, path);
      continue;
    }
    assert.ok(analysis.findings.every((f) => !f.message.startsWith('Rule ')), `a rule failed on ${path}`);
    // Hovers over every 97th offset must not throw either.
    for (let offset = 0; offset < text.length; offset += 97) ls.hover(analysis, offset);
    for (const f of analysis.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  }
  assert.equal(other, 60);
  t.diagnostic(`findings on the 131 AWS files: ${[...byRule].sort().map(([r, n]) => `${r} ${n}`).join(', ')}`);
});
