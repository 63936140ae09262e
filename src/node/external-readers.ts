/**
 * The CDK readers, behind a door, for every face (extension, CLI, language server): their code (the CDK
 * mapper and web-tree-sitter) lives in the separate chunk `dist/cdk-readers.js`, required only when a
 * source file that mentions the CDK is analysed, so YAML users never load it. From source (tests, tsx)
 * the module is required directly.
 */
import { packageFileExists } from './file-gate';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isSourceFileName, mentionsCdk, type ExternalReader, type ParsedSource, type SourceDocument } from '../core';

type CdkParsersModule = typeof import('./cdk-parsers');


let readers: ExternalReader[] | undefined;
let onErrorHandler: (message: string) => void = (m) => process.stderr.write(`serverless-notes: ${m}\n`);

function loadReaders(): ExternalReader[] {
  if (!readers) {
    const chunk = join(__dirname, 'cdk-readers.js');
    const bundled = __filename.endsWith('.js') && packageFileExists(chunk);
    // A path in a variable keeps esbuild from inlining the module: that is the point of the chunk.
    const source = './cdk-parsers';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(bundled ? chunk : source) as CdkParsersModule;
    readers = mod.cdkReaders({ onError: (error: unknown, fileName: string) => onErrorHandler(`${fileName}: ${error instanceof Error ? error.message : String(error)}`) });
  }
  return readers;
}

const lazyCdkReader: ExternalReader = {
  accepts: isSourceFileName,
  async read(doc: SourceDocument, budget?: Parameters<ExternalReader['read']>[1]): Promise<ParsedSource | undefined> {
    if (!mentionsCdk(doc.text)) return undefined;
    const reader = loadReaders().find((r) => r.accepts(doc.fileName));
    // The document's budget goes along: the CDK reader's steps count like any reader's.
    return reader ? reader.read(doc, budget) : undefined;
  },
};

/** Readers for formats whose parsers load lazily (CDK TypeScript/JavaScript and Python). */
export function externalReaders(onError?: (message: string) => void): ExternalReader[] {
  if (onError) onErrorHandler = onError;
  return [lazyCdkReader];
}

/**
 * For one-shot processes (CLI `check`/`explain`), called before any grammar loads: V8 compiles the
 * WebAssembly with its baseline compiler only. The grammars are large (1.4 MB for TypeScript) and
 * optimising their lexers costs a short run more CPU than it saves (measured: the first CDK file's
 * process CPU halves; a parse is about 1.5× slower). Not for long-lived processes (the language server)
 * nor the extension host, which other extensions share.
 */
export function preferQuickWasmStartup(): void {
  setFlagsFromString('--liftoff-only');
}
