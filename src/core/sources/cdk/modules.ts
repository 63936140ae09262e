/**
 * CDK module names. TypeScript (`aws-cdk-lib/aws-lambda`, `@aws-cdk/aws-lambda`) and Python
 * (`aws_cdk.aws_lambda`) spell the same module differently; both become one canonical symbol path
 * (`['aws_lambda']`), with `aws-cdk-lib` itself as `[]`.
 */

/**
 * The cheap pre-filter run before any parser loads: a CDK file names its library somewhere.
 * Real recognition is by parsed imports ({@link cdkModulePath}).
 */
export function mentionsCdk(text: string): boolean {
  return text.includes('aws-cdk') || text.includes('aws_cdk');
}

/** The canonical path of a TypeScript/JavaScript module specifier, or undefined when it is not CDK. */
export function cdkModulePathTs(specifier: string): string[] | undefined {
  let rest: string;
  if (specifier === 'aws-cdk-lib') return [];
  if (specifier.startsWith('aws-cdk-lib/')) rest = specifier.slice('aws-cdk-lib/'.length);
  else if (specifier.startsWith('@aws-cdk/')) rest = specifier.slice('@aws-cdk/'.length);
  else return undefined;
  // Deep imports (`aws-cdk-lib/aws-lambda/lib/function`) still name the module first.
  const module = rest.split('/')[0];
  return normalizeCdkPath([module.split('-').join('_')]);
}

/** The canonical path of a Python module (`aws_cdk.aws_lambda`), or undefined when it is not CDK. */
export function cdkModulePathPy(dotted: string): string[] | undefined {
  const parts = dotted.split('.');
  if (parts[0] !== 'aws_cdk') return undefined;
  return normalizeCdkPath(parts.slice(1));
}

/**
 * Makes spellings of one symbol equal: CDK v1's `core` module is the library root, and `-alpha`
 * modules keep their stable names (`aws_lambda_python_alpha` -> `aws_lambda_python`).
 */
export function normalizeCdkPath(path: readonly string[]): string[] {
  if (path.length === 0) return [];
  const [first, ...rest] = path;
  if (first === 'core') return rest;
  const module = first.endsWith('_alpha') ? first.slice(0, -'_alpha'.length) : first;
  return [module, ...rest];
}

/**
 * True for files under a `cdk.out` folder (synthesised templates and assets). Their
 * `*.template.json` files are CloudFormation and are read as such; a folder scan can skip them
 * unless asked, since they repeat what the CDK source says.
 */
export function isCdkOutPath(path: string): boolean {
  return path.split(/[\\/]/).includes('cdk.out');
}

/** Options shared by the CDK readers. */
export interface CdkReaderOptions {
  /**
   * Called when reading a file fails (a reader bug on odd input, or a file that exhausts the stack); the
   * read then rejects, and the engine reports it as one information finding. Loader failures reject too.
   */
  readonly onError?: (error: unknown, fileName: string) => void;
}
