/**
 * Node-side loading of the CDK parsers for the faces (extension, CLI, server, bench, tests). Nothing
 * loads until a `.ts`/`.js`/`.py` file mentions the CDK; then web-tree-sitter is initialised once with
 * the grammar that file needs, from the wasm files copied next to the bundle (`dist/*.wasm`) or, from
 * source, from node_modules.
 */
import { packageFileExists } from './file-gate';
import { join } from 'node:path';
// The CDK chunk's own entry into the core (src/core/sources/cdk/index.ts), so the chunk carries the CDK mapper only.
import { createCdkPythonReader, createCdkTypeScriptReader, type CdkReaderOptions, type PythonParser, type TreeSitterParser, type TypeScriptDialect } from '../core/sources/cdk';
import type { ExternalReader } from '../core';

// The front ends alone, so `npm run bench` times the parse into the IR in the bundle that ships.
export { pythonIr, typeScriptIr } from '../core/sources/cdk';

export interface CdkParserOptions extends CdkReaderOptions {
  /** Folder holding `tree-sitter.wasm` and the grammar wasm files; default: next to this bundle, else node_modules. */
  readonly wasmDir?: string;
}

/** The CDK readers to pass as `AnalyzeOptions.externalReaders`. */
export function cdkReaders(options: CdkParserOptions = {}): ExternalReader[] {
  return [createCdkTypeScriptReader((dialect) => loadTypeScriptParser(dialect, options.wasmDir), options), createCdkPythonReader(() => loadPythonParser(options.wasmDir), options)];
}

type Grammar = TypeScriptDialect | 'python';

/** The wasm file of each grammar: its name in dist/ and where it lies in node_modules. */
const GRAMMARS: Record<Grammar, { readonly file: string; readonly pkg: string }> = {
  typescript: { file: 'tree-sitter-typescript.wasm', pkg: 'tree-sitter-typescript' },
  tsx: { file: 'tree-sitter-tsx.wasm', pkg: 'tree-sitter-typescript' },
  javascript: { file: 'tree-sitter-javascript.wasm', pkg: 'tree-sitter-javascript' },
  python: { file: 'tree-sitter-python.wasm', pkg: 'tree-sitter-python' },
};

/** The wasm files the bundles need next to them (esbuild.mjs copies them). */
export const GRAMMAR_FILES: readonly string[] = Object.values(GRAMMARS).map((g) => g.file);

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const parsers = new Map<Grammar, Promise<TreeSitterParser>>();

function loadRuntime(wasmDir: string | undefined): Promise<typeof import('web-tree-sitter')> {
  runtime ??= (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const treeSitter = require('web-tree-sitter') as typeof import('web-tree-sitter');
    const runtimeWasm = wasmPath('tree-sitter.wasm', wasmDir, () => resolveModule('web-tree-sitter/tree-sitter.wasm'));
    await treeSitter.Parser.init({ locateFile: () => runtimeWasm });
    return treeSitter;
  })();
  runtime.catch(() => (runtime = undefined));
  return runtime;
}

/** A parser set to one grammar, loaded once per process. */
function loadParser(grammar: Grammar, wasmDir: string | undefined): Promise<TreeSitterParser> {
  let pending = parsers.get(grammar);
  if (!pending) {
    pending = (async () => {
      const { Parser, Language } = await loadRuntime(wasmDir);
      const { file, pkg } = GRAMMARS[grammar];
      const language = await Language.load(wasmPath(file, wasmDir, () => join(resolveModule(`${pkg}/package.json`), '..', file)));
      const parser = new Parser();
      parser.setLanguage(language);
      return parser;
    })();
    pending.catch(() => parsers.delete(grammar));
    parsers.set(grammar, pending);
  }
  return pending;
}

/** Initialises web-tree-sitter and the Python grammar once per process. */
export function loadPythonParser(wasmDir?: string): Promise<PythonParser> {
  return loadParser('python', wasmDir);
}

/** Initialises web-tree-sitter and a TypeScript/TSX/JavaScript grammar once per process. */
export function loadTypeScriptParser(dialect: TypeScriptDialect, wasmDir?: string): Promise<TreeSitterParser> {
  return loadParser(dialect, wasmDir);
}

// Called through an alias so esbuild leaves these run-time lookups alone (bundles find the wasm in dist/).
const resolveModule = (id: string): string => require.resolve(id);

function wasmPath(name: string, dir: string | undefined, fromPackage: () => string): string {
  if (dir) return join(dir, name);
  const bundled = join(__dirname, name);
  return packageFileExists(bundled) ? bundled : fromPackage();
}
