import type { ExternalReader } from '../core/sources/read-document';

/** Readers for formats whose parsers load lazily (CDK TypeScript/Python). Filled when the CDK readers land. */
export function externalReaders(): ExternalReader[] {
  return [];
}
