/** Language ids the server analyses, and their line comment markers (for "Disable <rule> for this line"). */
import type { CommentMarker } from '../core';

export const SERVER_LANGUAGE_IDS = ['yaml', 'json', 'jsonc', 'cloudformation', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'];

const MARKERS: Readonly<Record<string, CommentMarker>> = { yaml: '#', cloudformation: '#', python: '#', typescript: '//', typescriptreact: '//', javascript: '//', javascriptreact: '//' };

export function commentMarkerFor(languageId: string, _fileName: string): CommentMarker | undefined {
  return MARKERS[languageId];
}
