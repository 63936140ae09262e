/** Picks the reader for a document from the format registry (formats.ts) and reads it. */
import type { WorkBudget } from '../budget';
import { formatOf, type ExternalReader, type ReadResult } from './formats';
import type { FileAccess, SourceDocument } from './source';

export { looksLikeTemplateName, type ExternalReader, type ReadResult } from './formats';

/** Reads with the reader the document calls for; every reader spends from `budget` (see budget.ts). Other files get silence. */
export async function readDocument(doc: SourceDocument, files: FileAccess | undefined, external: readonly ExternalReader[], budget: WorkBudget): Promise<ReadResult> {
  const format = formatOf(doc);
  return format ? format.read(doc, { files, external, budget }) : { problems: [] };
}
