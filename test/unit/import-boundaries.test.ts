// The layering the architecture promises, checked on every import (read with the TypeScript parser):
// src/core imports neither `vscode` nor Node (`node:*` or a bare builtin such as `fs`), and the faces
// (extension, CLI, server) and their Node helpers reach the core only through src/core/index.ts — and the
// lazily loaded CDK chunk (src/node/cdk-parsers.ts) through src/core/sources/cdk/index.ts, so it bundles the CDK mapper only.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT } from './support/service';

const SRC = join(ROOT, 'src');
const CORE = join(SRC, 'core');
const ENTRIES = [join(CORE, 'index'), join(CORE, 'sources', 'cdk', 'index'), join(CORE, 'sources', 'cdk')];
const FACES = ['extension', 'cli', 'server', 'mcp', 'node'].map((f) => join(SRC, f));
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports, exports from or requires with a literal. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const where = (file: string, specifier: string) => `${relative(ROOT, file).split(sep).join('/')}: '${specifier}'`;

describe('import boundaries', () => {
  it('src/core imports neither vscode nor Node', () => {
    const bad = tsFiles(CORE).flatMap((file) =>
      importsOf(file)
        .filter((s) => s === 'vscode' || s.startsWith('node:') || BUILTINS.has(s) || BUILTINS.has(s.split('/')[0]))
        .map((s) => where(file, s)),
    );
    assert.deepEqual(bad, []);
  });

  it('the faces import the core only through src/core/index.ts (the CDK chunk through sources/cdk/index.ts)', () => {
    const bad = FACES.flatMap((face) =>
      tsFiles(face).flatMap((file) =>
        importsOf(file)
          .filter((s) => s.startsWith('.'))
          .filter((s) => {
            const target = resolve(dirname(file), s);
            return target.startsWith(CORE + sep) && !ENTRIES.includes(target);
          })
          .map((s) => where(file, s)),
      ),
    );
    assert.deepEqual(bad, []);
  });

  it('the checker sees a violation (a file that imports node:fs and a deep core module)', () => {
    const info = ts.preProcessFile("import { readFileSync } from 'node:fs';\nexport { analyze } from '../core/analyze';\nconst x = require('vscode');", true, true);
    assert.deepEqual(info.importedFiles.map((f) => f.fileName), ['node:fs', '../core/analyze', 'vscode']);
  });
});
