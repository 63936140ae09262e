/**
 * A note section as its own markdown document (pure: unit-tested over every bundled note and generated ones):
 * its heading and body as the notes parser cut it — no marker comment, no `### Quiz` subsection (the answer
 * keys stay in the quiz) — and where it comes from.
 */
import type { Topic } from '../../core';

export function topicMarkdown(topic: Topic): string {
  const file = decodeURIComponent(topic.uri.split(/[\\/]/).pop() ?? topic.uri);
  const from = topic.origin === 'bundled' ? `the bundled notes (${file})` : `your notes (${file})`;
  return `# ${topic.title}\n\n${topic.body}\n\n---\n\n*From ${from}. A read-only view: the quiz asks this section's questions in the study view.*\n`;
}
