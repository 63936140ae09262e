/** The CDK reader for Python, with a tree-sitter parser (Python grammar) injected and loaded on first use. */
import { metered, type WorkBudget } from '../../budget';
import type { ExternalReader } from '../read-document';
import type { ParsedSource, SourceDocument } from '../source';
import { mentionsCdk, type CdkReaderOptions } from './modules';
import { pythonIr, type PythonParser } from './python-frontend';
import { readCdk } from './read-cdk';

/**
 * A reader for CDK stacks in Python. `loadParser` resolves to a parser already set to the Python
 * grammar; it is called once, for the first `.py` file that mentions the CDK.
 */
export function createCdkPythonReader(loadParser: () => Promise<PythonParser> | PythonParser, options: CdkReaderOptions = {}): ExternalReader {
  let parser: Promise<PythonParser> | undefined;
  return {
    accepts: (fileName) => fileName.toLowerCase().endsWith('.py'),
    async read(doc: SourceDocument, budget?: WorkBudget): Promise<ParsedSource | undefined> {
      if (!mentionsCdk(doc.text)) return undefined;
      parser ??= Promise.resolve().then(loadParser);
      let loaded: PythonParser;
      try {
        loaded = await parser;
      } catch (error) {
        parser = undefined;
        throw error;
      }
      try {
        // Synchronous from here: the evaluator's helpers spend from this document's budget (budget.ts).
        return metered(budget, () => {
          const ir = pythonIr(loaded, doc.text, budget);
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
