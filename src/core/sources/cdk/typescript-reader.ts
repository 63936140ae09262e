/** The CDK reader for TypeScript/JavaScript, with tree-sitter parsers injected and loaded on first use. */
import { metered, type WorkBudget } from '../../budget';
import type { ExternalReader } from '../read-document';
import type { ParsedSource, SourceDocument } from '../source';
import { mentionsCdk, type CdkReaderOptions } from './modules';
import { readCdk } from './read-cdk';
import type { TreeSitterParser } from './syntax-tree';
import { dialectOf, typeScriptIr, type TypeScriptDialect } from './typescript-frontend';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** `.ts`/`.js` and friends, but not declaration files. */
export function isTypeScriptOrJavaScript(fileName: string): boolean {
  const name = fileName.toLowerCase();
  if (name.endsWith('.d.ts') || name.endsWith('.d.mts') || name.endsWith('.d.cts')) return false;
  return EXTENSIONS.some((ext) => name.endsWith(ext));
}

/**
 * A reader for CDK stacks in TypeScript/JavaScript. `loadParser(dialect)` resolves to a tree-sitter
 * parser set to that grammar; it is called once per dialect, for the first file that needs it and
 * mentions the CDK. A file that can't be read rejects the read: the engine reports it as one finding.
 */
export function createCdkTypeScriptReader(loadParser: (dialect: TypeScriptDialect) => Promise<TreeSitterParser> | TreeSitterParser, options: CdkReaderOptions = {}): ExternalReader {
  const parsers = new Map<TypeScriptDialect, Promise<TreeSitterParser>>();
  return {
    accepts: isTypeScriptOrJavaScript,
    async read(doc: SourceDocument, budget?: WorkBudget): Promise<ParsedSource | undefined> {
      if (!mentionsCdk(doc.text)) return undefined;
      const dialect = dialectOf(doc.fileName);
      let pending = parsers.get(dialect);
      if (!pending) parsers.set(dialect, (pending = Promise.resolve().then(() => loadParser(dialect))));
      let parser: TreeSitterParser;
      try {
        parser = await pending;
      } catch (error) {
        parsers.delete(dialect); // let a later file retry (e.g. after the grammar is installed)
        throw error;
      }
      try {
        // Synchronous from here: the evaluator's helpers spend from this document's budget (budget.ts).
        return metered(budget, () => {
          const ir = typeScriptIr(parser, doc.text, budget);
          return ir && readCdk(ir, doc.text);
        });
      } catch (error) {
        // Never silence: the face may log it, and the engine turns it into one finding (read-document.ts).
        options.onError?.(error, doc.fileName);
        throw error;
      }
    },
  };
}
