/**
 * serverless.yml reader (Serverless Framework). Placeholder until the reader lands: recognises the file
 * so that it is never mistaken for something else, and reads nothing yet.
 */
import { get, isMap, plainString, type MapNode, type TreeNode } from '../tree';
import type { FileAccess, ParsedSource, SourceDocument } from '../source';
import type { ParsedTree } from '../tree';

/** `serverless.yml`/`serverless.yaml`, or YAML with top-level `service` and `provider`. */
export function isServerlessFile(fileName: string, root: TreeNode | undefined): root is MapNode {
  if (!isMap(root)) return false;
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  const named = base === 'serverless.yml' || base === 'serverless.yaml';
  return (named || get(root, 'service') !== undefined) && get(root, 'provider') !== undefined;
}

/** Only AWS projects are analysed; other clouds get silence. */
export function isAwsProvider(root: MapNode): boolean {
  const provider = get(root, 'provider');
  const name = isMap(provider) ? plainString(get(provider, 'name')) : plainString(provider);
  return name === 'aws';
}

export function readServerless(_tree: ParsedTree & { root: MapNode }, _doc: SourceDocument, _files: FileAccess | undefined): ParsedSource | undefined {
  return undefined;
}
