/** Document URIs <-> file names for the core (which sees plain file names). */
import { fileURLToPath, pathToFileURL } from 'node:url';

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The file name of a `file:` URI, else the URI's path (untitled, virtual documents). */
export function fileNameOf(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // fall through: an odd file URI is still a name
    }
  }
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}
