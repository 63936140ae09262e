/** What the server analyses, from the format registry (src/core/sources/formats.ts). */
import { analysedLanguageIds, lineCommentFor, type CommentMarker } from '../core';

/** Editor language ids of the documents the server analyses. */
export const SERVER_LANGUAGE_IDS: readonly string[] = analysedLanguageIds();

/** The line comment of a document's format, for "Disable <rule> for this line"; none for JSON. */
export function commentMarkerFor(languageId: string, fileName: string): CommentMarker | undefined {
  return lineCommentFor(fileName, languageId);
}
