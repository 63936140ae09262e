/**
 * AWS CDK readers (TypeScript/JavaScript and Python), both over tree-sitter. The parsers are injected by
 * the faces (`src/node/cdk-parsers.ts`), so the core stays parser-agnostic and YAML users never load them.
 */
export { createCdkTypeScriptReader, isTypeScriptOrJavaScript } from './typescript-reader';
export { createCdkPythonReader } from './python-reader';
export { isCdkOutPath, mentionsCdk, type CdkReaderOptions } from './modules';
export { typeScriptIr, type TypeScriptDialect } from './typescript-frontend';
export { pythonIr, type PythonParser } from './python-frontend';
export type { TreeSitterParser } from './syntax-tree';
