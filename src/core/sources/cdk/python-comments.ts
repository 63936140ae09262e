/** The `#` comments of a Python file: tree-sitter's `comment` nodes (a `#` inside a string is not one). */
import type { Node as SyntaxNode } from 'web-tree-sitter';
import type { SourceComment } from '../tree';
import { sourceComment } from './comments';

/** Every comment under `root`, in source order. */
export function pythonComments(root: SyntaxNode, text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  for (const node of root.descendantsOfType('comment')) {
    // web-tree-sitter parses JavaScript strings as UTF-16, so indices are string offsets.
    if (node) comments.push(sourceComment(text, node.startIndex, node.endIndex, '#'));
  }
  return comments;
}
