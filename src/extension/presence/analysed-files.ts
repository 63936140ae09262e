/**
 * Which documents start the language server (pure: no `vscode`, unit-tested). VS Code activates the extension
 * by language — any JSON, YAML, TypeScript or Python file, including the JSONC files it opens for itself — so
 * activation only registers the client; the server process starts on the first document that is ours: a file
 * or untitled editor whose name the format registry reads (src/core/sources/formats.ts; the endings below are
 * kept equal to the registry's by test/unit/extension-start-gate.test.ts, so the activation bundle does not
 * carry the readers) and whose text shows it: a template names an `AWS::` type or the template format, a
 * serverless.yml is named so, a CDK source names its library (the core's own pre-filters).
 */

/** The registry's file name endings (lower case), and the endings that look like ours but are not. */
export const TEMPLATE_ENDINGS: readonly string[] = ['.yaml', '.yml', '.template', '.cfn', '.json'];
export const SOURCE_ENDINGS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.py'];
export const EXCLUDED_ENDINGS: readonly string[] = ['.d.ts', '.d.mts', '.d.cts'];

export interface CandidateDocument {
  readonly scheme: string;
  readonly fileName: string;
  readonly languageId: string;
  readonly text: string;
}

const endsWithAny = (name: string, endings: readonly string[]) => endings.some((e) => name.endsWith(e));

export function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).toLowerCase();
}

/** Whether this document should start the language server (the languages are the client's). */
export function isOurDocument(doc: CandidateDocument, languages: readonly string[]): boolean {
  if (doc.scheme !== 'file' && doc.scheme !== 'untitled') return false;
  if (!languages.includes(doc.languageId)) return false;
  const name = baseName(doc.fileName);
  const untitled = doc.scheme === 'untitled';
  if (untitled || endsWithAny(name, TEMPLATE_ENDINGS)) {
    if (/^serverless\.(ya?ml|json)$/.test(name)) return true;
    if (untitled && SOURCE_LANGUAGES.has(doc.languageId)) return mentionsCdk(doc.text);
    return doc.text.includes('AWS::') || doc.text.includes('AWSTemplateFormatVersion');
  }
  if (endsWithAny(name, SOURCE_ENDINGS) && !endsWithAny(name, EXCLUDED_ENDINGS)) return mentionsCdk(doc.text);
  return false;
}

const SOURCE_LANGUAGES = new Set(['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python']);

/** The CDK readers' own pre-filter (src/core/sources/cdk/modules.ts `mentionsCdk`). */
function mentionsCdk(text: string): boolean {
  return text.includes('aws-cdk') || text.includes('aws_cdk');
}
