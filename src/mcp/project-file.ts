/**
 * The one place the MCP server reads a file an agent names: only regular files inside the working
 * directory, by real path (a symlink out is refused), with a byte cap — the project's file access
 * (src/node/file-access.ts), the same that guards serverless.yml `${file()}`. Refusals never carry the
 * file's contents. When src/node/file-gate.ts lands, this function is the one line to re-point.
 */
import { join, resolve } from 'node:path';
import { projectFileAccess } from '../node/file-access';

/** Templates larger than this are not analysed anyway (the core's default file size limit). */
export const MAX_MCP_FILE_BYTES = 5 * 1024 * 1024;

export type ProjectFileRead = { readonly fileName: string; readonly text: string } | { readonly refused: string };

export function readProjectFile(path: string, cwd: string): ProjectFileRead {
  const root = resolve(cwd);
  const access = projectFileAccess({ projectRoot: () => root, trusted: true, maxBytes: MAX_MCP_FILE_BYTES });
  // The access resolves `path` from the folder of the "including" file: a name inside the root stands for it.
  const read = access.readFile(join(root, '.mcp-request'), path);
  if (read === undefined) return { refused: 'no such file' };
  if (typeof read === 'string') return { fileName: resolve(root, path), text: read };
  if ('refused' in read) return { refused: read.refused.replace('the project folder', 'the working directory') };
  return { fileName: resolve(root, path), text: read.text };
}
