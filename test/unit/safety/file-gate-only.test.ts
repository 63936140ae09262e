/**
 * Issue 18 #1: every byte read from disk goes through the file gate (src/node/file-gate.ts). This scan reads
 * each file of src/ with the TypeScript parser and fails when one imports a file-system module (`node:fs`,
 * `fs`, `fs/promises` …) or calls VS Code's `workspace.fs` read/stat/readDirectory outside the gate — except
 * the package-internal reads listed below, each with its reason.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT } from '../support/service';

const SRC = join(ROOT, 'src');
const GATE = 'src/node/file-gate.ts';
const FS_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
/** VS Code file-system calls that read; allowed only where the package reads its own files. */
const VSCODE_READS = new Set(['readFile', 'stat', 'readDirectory']);
const PACKAGE_INTERNAL_VSCODE_READS: Record<string, string> = {
  'src/extension/bundled-notes.ts': 'the bundled notes (media/notes) inside the extension, through workspace.fs for remote hosts',
  'src/extension/notes/bundled-scheme.ts': 'the read-only view of a bundled note (media/notes)',
  'src/extension/notes/note-view.ts': "the extension's own docs/rules.md, for the read-only rule view",
  'src/extension/presence/walkthrough.ts': "the walkthrough's example template inside the extension (media/walkthrough)",
  'src/extension/study/study-panel.ts': "the study view's saved state in the extension's own storage folder (context.storageUri), never a workspace file",
};

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** `file: what` for each file-system read outside the gate in one source text. */
export function fileSystemReads(fileName: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    // import … from 'node:fs', export … from 'fs', import x = require('fs')
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && FS_MODULES.has(node.moduleSpecifier.text)) {
      found.push(`imports '${node.moduleSpecifier.text}'`);
    }
    // require('fs') and import('node:fs/promises')
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]) && FS_MODULES.has(node.arguments[0].text)) {
      const callee = node.expression;
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) found.push(`loads '${node.arguments[0].text}'`);
    }
    // vscode.workspace.fs.readFile(…) and friends
    if (ts.isPropertyAccessExpression(node) && VSCODE_READS.has(node.name.text) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'fs' && /workspace$/.test(node.expression.expression.getText(source))) {
      found.push(`calls workspace.fs.${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the file gate is the only reader (issue 18 #1)', () => {
  it('no file in src/ but the gate reads the file system', () => {
    const bad = tsFiles(SRC).flatMap((file) => {
      const name = relative(ROOT, file).split(sep).join('/');
      if (name === GATE) return [];
      return fileSystemReads(name, readFileSync(file, 'utf8'))
        .filter((what) => !(what.startsWith('calls workspace.fs') && PACKAGE_INTERNAL_VSCODE_READS[name]))
        .map((what) => `${name}: ${what}`);
    });
    assert.deepEqual(bad, [], 'read through src/node/file-gate.ts instead (readText, walkFolder, kindOf, packageFileExists)');
  });

  it('the scan sees every way of reaching the file system', () => {
    const text = [
      "import { readFileSync } from 'node:fs';",
      "import * as fsp from 'fs/promises';",
      "export { statSync } from 'fs';",
      "const fs = require('node:fs');",
      "const later = import('node:fs/promises');",
      'await vscode.workspace.fs.readFile(uri);',
      "import { join } from 'node:path';",
    ].join('\n');
    assert.deepEqual(fileSystemReads('x.ts', text), ["imports 'node:fs'", "imports 'fs/promises'", "imports 'fs'", "loads 'node:fs'", "loads 'node:fs/promises'", 'calls workspace.fs.readFile']);
  });
});
