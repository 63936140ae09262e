/**
 * The text edit behind "Disable <rule-id> for this line": a `serverless-notes-disable-next-line`
 * comment above the line, indented like it; or the id added to such a comment already there.
 */
import type { TextEdit } from './findings';
import type { SourceComment } from './sources/tree';
import { directiveTargetLine, NEXT_LINE_DIRECTIVE, parseDirective } from './suppression';
import type { LineIndex } from './text/line-index';

/** How a line comment starts: `#` in YAML and Python, `//` in TypeScript and JavaScript. */
export type CommentMarker = '#' | '//';

export interface DisableLineRequest {
  readonly text: string;
  readonly lineIndex: LineIndex;
  /** The comments the reader collected (ParsedSource.comments), to extend an existing directive. */
  readonly comments: readonly SourceComment[];
  /** 0-based line of the finding. */
  readonly line: number;
  readonly ruleId: string;
  readonly marker: CommentMarker;
}

/** The edit that suppresses `ruleId` on `line`. */
export function disableForLineEdit(request: DisableLineRequest): TextEdit {
  const { text, lineIndex, line, ruleId, marker } = request;
  for (const comment of request.comments) {
    const directive = parseDirective(comment, text);
    if (directive?.kind !== 'next-line' || !directive.ruleIds || directiveTargetLine(directive, lineIndex) !== line) continue;
    const last = directive.ruleIds[directive.ruleIds.length - 1];
    if (last.span === comment.span) continue; // ids not located: insert a new comment instead
    return { span: { start: last.span.end, end: last.span.end }, newText: `, ${ruleId}` };
  }
  const lineStart = lineIndex.offsetAt({ line, character: 0 });
  let indentEnd = lineStart;
  while (text[indentEnd] === ' ' || text[indentEnd] === '\t') indentEnd++;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start: lineStart, end: lineStart }, newText: `${text.slice(lineStart, indentEnd)}${marker} ${NEXT_LINE_DIRECTIVE} ${ruleId}${eol}` };
}
