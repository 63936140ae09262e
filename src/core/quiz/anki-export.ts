/**
 * The bank as an Anki import file: tab-separated text with Anki's file headers (`#separator:tab`,
 * `#html:true`, `#tags column:3`). Front: the question, its template snippet and the options; back: the
 * answer, the note's why and links to the note line and the AWS page. Tags: the topic id.
 */
import type { Question } from './question';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline `code` as <code>, newlines and tabs never reach the field (they are Anki's separators). */
function html(text: string): string {
  return escapeHtml(text)
    .split('`')
    .map((part, i) => (i % 2 ? `<code>${part}</code>` : part))
    .join('')
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, '<br>');
}

/** A link Anki can open: the note file (with its line) for paths and file URIs, https pages as they are. */
function noteLink(q: Question): string {
  const line = (q.source.whyLine ?? q.source.line) + 1;
  const uri = /^[a-z][a-z0-9+.-]*:/i.test(q.source.uri) ? q.source.uri : `file://${q.source.uri.startsWith('/') ? '' : '/'}${q.source.uri.replace(/\\/g, '/')}`;
  return `<a href="${escapeHtml(uri)}">${html(q.topicTitle)} (line ${line})</a>`;
}

export function toAnkiText(questions: readonly Question[]): string {
  const rows = ['#separator:tab', '#html:true', '#tags column:3', '#deck:Serverless Notes'];
  for (const q of questions) {
    const snippet = q.snippet ? `<pre>${escapeHtml(q.snippet).replace(/\t/g, '  ').replace(/\r?\n/g, '<br>')}</pre>` : '';
    const options = q.kind === 'true-false' ? '' : `<ol>${q.options.map((o) => `<li>${html(o)}</li>`).join('')}</ol>`;
    const front = `${html(q.prompt)}${snippet}${options}`;
    const links = [noteLink(q), q.source.url ? `<a href="${escapeHtml(q.source.url)}">AWS documentation</a>` : ''].filter(Boolean).join(' · ');
    const back = `<b>${html(q.options[q.answerIndex])}</b><br><br>${html(q.explanation)}<br><br>${links}`;
    const tags = [`serverless-notes::${q.topicId.replace(/[\s/]+/g, '_')}`, q.kind].join(' ');
    rows.push([front, back, tags].join('\t'));
  }
  return `${rows.join('\n')}\n`;
}
