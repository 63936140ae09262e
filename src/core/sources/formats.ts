/**
 * Every format Serverless Notes reads, declared once: which files (extensions), which editor language ids,
 * which line comment (for suppression comments and "Disable <rule> for this line"), whether a document is
 * this format's (`accepts`), and how to read it (`read`). The engine (read-document.ts), folder scans,
 * the language server's document selection, suppression edits and package.json `activationEvents` (checked
 * by a test) all derive from this list. Adding a format is one folder and one entry here.
 */
import type { WorkBudget } from '../budget';
import type { CommentMarker } from '../suppression-edit';
import { readCloudFormation } from './cloudformation/reader';
import { isTemplateRoot } from './cloudformation/template';
import { parseJsonTree } from './json-tree';
import { isAwsProvider, isServerlessFile, readServerless } from './serverless/reader';
import type { FileAccess, ParsedSource, SourceDocument } from './source';
import type { ParsedTree, ReadProblem } from './tree';
import { parseYamlTree } from './yaml-tree';
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

/** What a reader may use besides the document. */
export interface ReadContext {
  readonly files?: FileAccess;
  readonly external: readonly ExternalReader[];
  readonly budget: WorkBudget;
}

export interface DocumentFormat {
  readonly id: string;
  /** What the format covers, for docs and logs. */
  readonly title: string;
  /** File name endings (lower case) this format may have; folder scans pick files by them. */
  readonly extensions: readonly string[];
  /** Endings that look like ours but are not (`.d.ts`). */
  readonly excludes?: readonly string[];
  /** Source files, not templates: folder scans include them only when asked for source (CDK). */
  readonly sourceCode?: boolean;
  /** Editor language ids (VS Code's; Neovim, Helix and Zed use the same names). */
  readonly languageIds: readonly string[];
  /** How a line comment starts; none for JSON (CloudFormation rejects comments there). */
  readonly lineComment?: CommentMarker;
  /** Whether this format reads the document (its name, and its first characters where the name is ambiguous). */
  accepts(doc: SourceDocument): boolean;
  read(doc: SourceDocument, context: ReadContext): Promise<ReadResult> | ReadResult;
}

/** `.template`/`.cfn` files are YAML or JSON: their first character decides. */
const AMBIGUOUS = ['.template', '.cfn'];

const YAML: DocumentFormat = {
  id: 'yaml',
  title: 'CloudFormation/SAM templates and serverless.yml in YAML',
  extensions: ['.yaml', '.yml', ...AMBIGUOUS],
  languageIds: ['yaml', 'cloudformation'],
  lineComment: '#',
  accepts: (doc) => endsWithAny(doc.fileName, ['.yaml', '.yml']) || (endsWithAny(doc.fileName, AMBIGUOUS) && !doc.text.trimStart().startsWith('{')),
  read(doc, { files, budget }) {
    let tree: ParsedTree;
    try {
      tree = parseYamlTree(doc.text, budget);
    } catch (error) {
      return { problems: [internalProblem('the YAML reader', error)] };
    }
    const root = tree.root;
    if (isServerlessFile(doc.fileName, root)) {
      if (!isAwsProvider(root)) return { problems: [] };
      try {
        return { source: readServerless({ ...tree, root }, doc, files, budget), problems: [] };
      } catch (error) {
        // The YAML problems still count; the model is lost.
        return { problems: [...tree.problems, internalProblem('the serverless.yml reader', error)] };
      }
    }
    return readTemplate(tree, doc, budget);
  },
};

const JSON_TEMPLATE: DocumentFormat = {
  id: 'json',
  title: 'CloudFormation/SAM templates in JSON (cdk.out included)',
  extensions: ['.json', ...AMBIGUOUS],
  languageIds: ['json', 'jsonc'],
  accepts: (doc) => endsWithAny(doc.fileName, ['.json']) || (endsWithAny(doc.fileName, AMBIGUOUS) && doc.text.trimStart().startsWith('{')),
  read(doc, { budget }) {
    let tree: ParsedTree;
    try {
      tree = parseJsonTree(doc.text, budget);
    } catch (error) {
      return { problems: [internalProblem('the JSON reader', error)] };
    }
    return readTemplate(tree, doc, budget);
  },
};

const CDK_TYPESCRIPT: DocumentFormat = {
  id: 'cdk-typescript',
  title: 'AWS CDK stacks in TypeScript and JavaScript',
  extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
  excludes: ['.d.ts', '.d.mts', '.d.cts'],
  sourceCode: true,
  languageIds: ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'],
  lineComment: '//',
  accepts: (doc) => matchesName(CDK_TYPESCRIPT, doc.fileName),
  read: (doc, context) => readExternal(doc, context, 'the CDK TypeScript/JavaScript reader'),
};

const CDK_PYTHON: DocumentFormat = {
  id: 'cdk-python',
  title: 'AWS CDK stacks in Python',
  extensions: ['.py'],
  sourceCode: true,
  languageIds: ['python'],
  lineComment: '#',
  accepts: (doc) => matchesName(CDK_PYTHON, doc.fileName),
  read: (doc, context) => readExternal(doc, context, 'the CDK Python reader'),
};

/** The formats, in the order they are tried. */
export const FORMATS: readonly DocumentFormat[] = [YAML, JSON_TEMPLATE, CDK_TYPESCRIPT, CDK_PYTHON];

/** The format that reads this document, if any. */
export function formatOf(doc: SourceDocument): DocumentFormat | undefined {
  return FORMATS.find((format) => format.accepts(doc));
}

/** Whether a file name has one of the format's endings (and none of its exclusions). */
export function matchesName(format: DocumentFormat, fileName: string): boolean {
  return endsWithAny(fileName, format.extensions) && !endsWithAny(fileName, format.excludes ?? []);
}

/** Whether a folder scan should read this file: templates always, source files when asked. */
export function isScannedFile(fileName: string, includeSource: boolean): boolean {
  return FORMATS.some((format) => (includeSource || !format.sourceCode) && matchesName(format, fileName));
}

/** Whether a source-code format (a CDK language) reads this file name. */
export function isSourceFileName(fileName: string): boolean {
  return FORMATS.some((format) => format.sourceCode && matchesName(format, fileName));
}

/** Every language id some format reads (editors' document selectors, activation events). */
export function analysedLanguageIds(): string[] {
  return [...new Set(FORMATS.flatMap((format) => format.languageIds))];
}

/** The line comment marker for a document: by its file name's format, else by its editor language. */
export function lineCommentFor(fileName: string, languageId?: string): CommentMarker | undefined {
  const byName = FORMATS.find((format) => matchesName(format, fileName));
  if (byName && !AMBIGUOUS.some((ext) => fileName.toLowerCase().endsWith(ext))) return byName.lineComment;
  return FORMATS.find((format) => languageId !== undefined && format.languageIds.includes(languageId))?.lineComment;
}

function mentionsAws(text: string): boolean {
  const head = text.slice(0, 65536);
  return head.includes('AWSTemplateFormatVersion') || head.includes('AWS::') || head.includes('Transform:');
}

/** Names that say "this is a template" even when its content is too broken to tell. */
export function looksLikeTemplateName(fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  return /^(template|serverless)\.(ya?ml|json)$/.test(base) || /\.template(\.(ya?ml|json))?$/.test(base) || /^(cfn|sam)[-_.]/.test(base);
}

function readTemplate(tree: ParsedTree, doc: SourceDocument, budget: WorkBudget): ReadResult {
  const root = tree.root;
  if (isTemplateRoot(root)) {
    try {
      return { source: readCloudFormation({ ...tree, root }, budget), problems: [] };
    } catch (error) {
      return { problems: [...tree.problems, internalProblem('the CloudFormation reader', error)] };
    }
  }
  // Not a template: silence, unless its name says it is one and it is broken.
  const broken = tree.problems.some((p) => p.kind === 'syntax' || p.kind === 'limit');
  // A file refused unread (too many tokens) can't show what it is: its first bytes naming AWS must do.
  const refused = tree.root === undefined && tree.problems.some((p) => p.kind === 'limit') && mentionsAws(doc.text);
  return { problems: broken && (looksLikeTemplateName(doc.fileName) || refused) ? tree.problems : [] };
}

async function readExternal(doc: SourceDocument, { external, budget }: ReadContext, name: string): Promise<ReadResult> {
  const reader = external.find((r) => r.accepts(doc.fileName));
  if (!reader) return { problems: [] };
  try {
    return { source: await reader.read(doc, budget), problems: [] };
  } catch (error) {
    return { problems: [internalProblem(name, error)] };
  }
}

function endsWithAny(fileName: string, endings: readonly string[]): boolean {
  const name = fileName.toLowerCase();
  return endings.some((ending) => name.endsWith(ending));
}
