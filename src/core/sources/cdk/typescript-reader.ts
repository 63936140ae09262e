/** The CDK reader for TypeScript/JavaScript, with the TypeScript compiler injected and loaded on first use. */
import type { ExternalReader } from '../read-document';
import type { ParsedSource, SourceDocument } from '../source';
import { mentionsCdk, type CdkReaderOptions } from './modules';
import { readCdk } from './read-cdk';
import { typeScriptIr, type TypeScriptModule } from './typescript-frontend';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** `.ts`/`.js` and friends, but not declaration files. */
export function isTypeScriptOrJavaScript(fileName: string): boolean {
  const name = fileName.toLowerCase();
  if (name.endsWith('.d.ts') || name.endsWith('.d.mts') || name.endsWith('.d.cts')) return false;
  return EXTENSIONS.some((ext) => name.endsWith(ext));
}

/**
 * A reader for CDK stacks in TypeScript/JavaScript. `loadTs` is called once, for the first file that
 * mentions the CDK; files that don't are rejected before it loads. Never throws: a file the compiler
 * can't make sense of is silence.
 */
export function createCdkTypeScriptReader(loadTs: () => Promise<TypeScriptModule> | TypeScriptModule, options: CdkReaderOptions = {}): ExternalReader {
  let ts: Promise<TypeScriptModule> | undefined;
  return {
    accepts: isTypeScriptOrJavaScript,
    async read(doc: SourceDocument): Promise<ParsedSource | undefined> {
      if (!mentionsCdk(doc.text)) return undefined;
      ts ??= Promise.resolve().then(loadTs);
      let compiler: TypeScriptModule;
      try {
        compiler = await ts;
      } catch (error) {
        ts = undefined; // let a later file retry (e.g. after the parser is installed)
        throw error;
      }
      try {
        const ir = typeScriptIr(compiler, doc.fileName, doc.text);
        return ir && readCdk(ir, doc.text);
      } catch (error) {
        // Bad input never crashes the analysis: the file gets silence, the face may log why.
        options.onError?.(error, doc.fileName);
        return undefined;
      }
    },
  };
}
