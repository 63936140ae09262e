/** Picks the reader for a document by its name and content, and reads it. */
import { readCloudFormation } from './cloudformation/reader';
import { isTemplateRoot } from './cloudformation/template';
import { parseJsonTree } from './json-tree';
import { isAwsProvider, isServerlessFile, readServerless } from './serverless/reader';
import type { FileAccess, ParsedSource, SourceDocument } from './source';
import type { ParsedTree, ReadProblem } from './tree';
import { parseYamlTree } from './yaml-tree';
import type { WorkBudget } from '../budget';
import { internalProblem } from './internal-problem';

/** A reader for formats the core does not parse itself (CDK: its parsers are loaded lazily by the faces). */
export interface ExternalReader {
  /** Whether this reader handles the file name (e.g. `.ts`, `.py`). */
  accepts(fileName: string): boolean;
  read(doc: SourceDocument, budget?: WorkBudget): Promise<ParsedSource | undefined> | ParsedSource | undefined;
}

export interface ReadResult {
  /** Undefined when the file is not something we analyse (silence). */
  readonly source?: ParsedSource;
  /** Problems to report even without a source (syntax errors in a file that looks like a template). */
  readonly problems: readonly ReadProblem[];
}

export type DocumentKind = 'yaml' | 'json' | 'other';

export function documentKind(doc: SourceDocument): DocumentKind {
  const name = doc.fileName.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  if (name.endsWith('.template') || name.endsWith('.cfn')) return doc.text.trimStart().startsWith('{') ? 'json' : 'yaml';
  return 'other';
}

function readerName(fileName: string): string {
  return /\.py$/i.test(fileName) ? 'CDK Python' : 'CDK TypeScript/JavaScript';
}

/** Names that say "this is a template" even when its content is too broken to tell. */
export function looksLikeTemplateName(fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  return /^(template|serverless)\.(ya?ml|json)$/.test(base) || /\.template(\.(ya?ml|json))?$/.test(base) || /^(cfn|sam)[-_.]/.test(base);
}

/** Reads with the reader the document calls for; every reader spends from `budget` (see budget.ts). */
export async function readDocument(doc: SourceDocument, files: FileAccess | undefined, external: readonly ExternalReader[], budget: WorkBudget): Promise<ReadResult> {
  const kind = documentKind(doc);
  if (kind === 'other') {
    const reader = external.find((r) => r.accepts(doc.fileName));
    if (!reader) return { problems: [] };
    try {
      return { source: await reader.read(doc, budget), problems: [] };
    } catch (error) {
      return { problems: [internalProblem(`the ${readerName(doc.fileName)} reader`, error)] };
    }
  }
  let tree: ParsedTree;
  try {
    tree = kind === 'json' ? parseJsonTree(doc.text, budget) : parseYamlTree(doc.text, budget);
  } catch (error) {
    return { problems: [internalProblem(`the ${kind === 'json' ? 'JSON' : 'YAML'} reader`, error)] };
  }
  const root = tree.root;
  if (kind === 'yaml' && isServerlessFile(doc.fileName, root)) {
    if (!isAwsProvider(root)) return { problems: [] };
    try {
      return { source: readServerless({ ...tree, root }, doc, files, budget), problems: [] };
    } catch (error) {
      // The YAML problems still count; the model is lost.
      return { problems: [...tree.problems, internalProblem('the serverless.yml reader', error)] };
    }
  }
  if (isTemplateRoot(root)) {
    try {
      return { source: readCloudFormation({ ...tree, root }, budget), problems: [] };
    } catch (error) {
      return { problems: [...tree.problems, internalProblem('the CloudFormation reader', error)] };
    }
  }
  // Not a template: silence, unless its name says it is one and it is broken.
  const broken = tree.problems.some((p) => p.kind === 'syntax' || p.kind === 'limit');
  return { problems: broken && looksLikeTemplateName(doc.fileName) ? tree.problems : [] };
}
