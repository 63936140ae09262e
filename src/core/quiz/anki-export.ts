/**
 * The bank as an Anki import file: tab-separated text with the headers Anki reads (`#separator:tab`,
 * `#html:true`, `#notetype:Basic`, `#deck:…`, `#guid column:1`, `#tags column:4`). Column 1 is a GUID made
 * from the item's stable id, so importing an updated bank updates the cards instead of duplicating them.
 * Front: the question, its snippet and the lettered options; back: the right option(s), the explanation
 * and the AWS documentation link (https only: a file path means nothing on another device).
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

const LETTERS = 'ABCDEFGHIJ';

/** The Anki GUID of an item: its stable id, with nothing Anki's text import would split on. */
export function ankiGuid(q: Pick<Question, 'id'>): string {
  return `serverless-notes:${q.id.replace(/[\s"]+/g, '_')}`;
}

/** Only https links: anything else (file:, javascript:, a path) is left out. */
const httpsUrl = (url: string | undefined) => (url && /^https:\/\/[^\s"<>]+$/.test(url) ? url : undefined);

export function toAnkiText(questions: readonly Question[]): string {
  const rows = ['#separator:tab', '#html:true', '#notetype:Basic', '#deck:Serverless Notes', '#guid column:1', '#tags column:4'];
  for (const q of questions) {
    const snippet = q.snippet ? `<pre>${escapeHtml(q.snippet).replace(/\t/g, '  ').replace(/\r?\n/g, '<br>')}</pre>` : '';
    const options = q.kind === 'true-false' ? '' : `<ol type="A">${q.options.map((o) => `<li>${html(o)}</li>`).join('')}</ol>`;
    const front = `${html(q.prompt)}${snippet}${options}`;
    const keys = q.answerIndexes.map((i) => `<b>${LETTERS[i]}. ${html(q.options[i])}</b>`).join('<br>');
    const url = httpsUrl(q.source.url);
    const link = url ? `<br><br><a href="${escapeHtml(url)}">AWS documentation</a>` : '';
    const back = `${keys}<br><br>${html(q.explanation)}<br><br><i>${html(q.topicTitle)}</i>${link}`;
    const tags = [`serverless-notes::${q.topicId.replace(/[\s/]+/g, '_')}`, q.kind].join(' ');
    rows.push([ankiGuid(q), front, back, tags].join('\t'));
  }
  return `${rows.join('\n')}\n`;
}
