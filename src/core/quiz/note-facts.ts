/**
 * What a note states, read with markdown-it: its bold key facts with the sentence around each, and the
 * items of its "Not supported:" lists. The raw material of cloze and true/false questions.
 */
import MarkdownIt from 'markdown-it';

const parser = new MarkdownIt({ html: false, linkify: false });

type Token = ReturnType<typeof parser.parse>[number];

/** A bold phrase and the sentence it stands in, with the phrase replaced by a blank. */
export interface BoldFact {
  readonly answer: string;
  /** The sentence with `_____` where the bold phrase was. */
  readonly cloze: string;
  /** The sentence as written (plain text). */
  readonly sentence: string;
}

export const BLANK = '_____';

/** Bold phrases of a note (labels such as "**Changed:**" excluded) with their sentences. */
export function boldFacts(markdown: string): BoldFact[] {
  const facts: BoldFact[] = [];
  for (const token of parser.parse(markdown, {})) {
    if (token.type !== 'inline' || !token.children) continue;
    const children = token.children;
    const spans: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < children.length; i++) {
      if (children[i].type !== 'strong_open') continue;
      const end = children.findIndex((c, k) => k > i && c.type === 'strong_close');
      if (end > i) spans.push({ start: i, end });
    }
    for (const span of spans) {
      const answer = plain(children.slice(span.start + 1, span.end)).trim();
      if (answer.length < 2 || answer.length > 60 || answer.endsWith(':')) continue;
      const before = plain(children.slice(0, span.start));
      const after = plain(children.slice(span.end + 1));
      const whole = `${before}${BLANK}${after}`;
      const cloze = sentenceAround(whole, before.length).trim();
      const sentence = cloze.replace(BLANK, answer);
      facts.push({ answer, cloze, sentence });
    }
  }
  return facts;
}

/** Items of each "Not supported:" list (a paragraph saying just that, followed by a bullet list). */
export function notSupportedItems(markdown: string): string[] {
  const tokens = parser.parse(markdown, {});
  const items: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'inline' || plain(t.children ?? []).trim().toLowerCase() !== 'not supported:') continue;
    // paragraph_close follows the inline, then the list.
    if (tokens[i + 2]?.type !== 'bullet_list_open') continue;
    let depth = 0;
    for (let k = i + 2; k < tokens.length; k++) {
      const u = tokens[k];
      if (u.type === 'bullet_list_open') depth++;
      else if (u.type === 'bullet_list_close' && --depth === 0) break;
      else if (u.type === 'inline' && depth === 1) items.push(plain(u.children ?? []).trim());
    }
  }
  return items.filter(Boolean);
}

function plain(children: readonly Token[]): string {
  let text = '';
  for (const c of children) {
    if (c.type === 'text') text += c.content;
    else if (c.type === 'code_inline') text += `\`${c.content}\``;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') text += ' ';
  }
  return text;
}

/** The sentence of `text` that contains offset `at` (sentences end with ". ", "! " or "? "). */
function sentenceAround(text: string, at: number): string {
  let start = 0;
  for (let i = 0; i < at; i++) if (/[.!?]/.test(text[i]) && text[i + 1] === ' ' && /[A-Z`*]/.test(text[i + 2] ?? '')) start = i + 2;
  let end = text.length;
  for (let i = at; i < text.length; i++) if (/[.!?]/.test(text[i]) && text[i + 1] === ' ' && /[A-Z`*]/.test(text[i + 2] ?? '')) { end = i + 1; break; }
  return text.slice(start, end);
}
