/**
 * Node-side loading of the CDK parsers for the faces (extension, CLI, bench, tests). Nothing loads
 * until a `.ts`/`.js`/`.py` file mentions the CDK: `typescript` is required lazily (in the bundle it
 * is the separate chunk `dist/cdk-typescript.js`), and web-tree-sitter is initialised with the wasm
 * files copied next to the bundle (`dist/tree-sitter.wasm`, `dist/tree-sitter-python.wasm`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCdkPythonReader, createCdkTypeScriptReader, type CdkReaderOptions, type PythonParser, type TypeScriptModule } from '../core/sources/cdk';
import type { ExternalReader } from '../core/sources/read-document';

export interface CdkParserOptions extends CdkReaderOptions {
  /** Folder holding `tree-sitter.wasm` and `tree-sitter-python.wasm`; default: next to this bundle, else node_modules. */
  readonly wasmDir?: string;
}

/** The CDK readers to pass as `AnalyzeOptions.externalReaders`. */
export function cdkReaders(options: CdkParserOptions = {}): ExternalReader[] {
  return [createCdkTypeScriptReader(loadTypeScript, options), createCdkPythonReader(() => loadPythonParser(options.wasmDir), options)];
}

/** Loads the TypeScript compiler (the bundled chunk when built, else the package). */
export function loadTypeScript(): TypeScriptModule {
  const chunk = join(__dirname, 'cdk-typescript.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return existsSync(chunk) && __filename.endsWith('.js') ? (require(chunk) as TypeScriptModule) : (require('typescript') as TypeScriptModule);
}

let pythonParser: Promise<PythonParser> | undefined;

/** Initialises web-tree-sitter and the Python grammar once per process. */
export function loadPythonParser(wasmDir?: string): Promise<PythonParser> {
  pythonParser ??= (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Parser, Language } = require('web-tree-sitter') as typeof import('web-tree-sitter');
    const runtimeWasm = wasmPath('tree-sitter.wasm', wasmDir, () => resolveModule('web-tree-sitter/tree-sitter.wasm'));
    const grammarWasm = wasmPath('tree-sitter-python.wasm', wasmDir, () => join(resolveModule('tree-sitter-python/package.json'), '..', 'tree-sitter-python.wasm'));
    await Parser.init({ locateFile: () => runtimeWasm });
    const language = await Language.load(grammarWasm);
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  pythonParser.catch(() => (pythonParser = undefined));
  return pythonParser;
}

// Called through an alias so esbuild leaves these run-time lookups alone (bundles find the wasm in dist/).
const resolveModule = (id: string): string => require.resolve(id);

function wasmPath(name: string, dir: string | undefined, fromPackage: () => string): string {
  if (dir) return join(dir, name);
  const bundled = join(__dirname, name);
  return existsSync(bundled) ? bundled : fromPackage();
}
