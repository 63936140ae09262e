/**
 * A markdown document as sentences of plain text, read with markdown-it: each paragraph, list item,
 * heading and table row is split into sentences; every sentence keeps a map back to offsets in the
 * markdown, so a claim can be reported on its line and a number replaced in place. Code blocks, HTML and
 * `### Quiz` subsections (hand-written questions, whose wrong options are wrong on purpose) are not read.
 */
import MarkdownIt from 'markdown-it';
import { boundedMarkdown } from '../bounded-markdown';

const parser = boundedMarkdown(new MarkdownIt({ html: true, linkify: false }));
type Token = ReturnType<typeof parser.parse>[number];

export interface Sentence {
  /** Plain text (markup removed, inline code kept). */
  readonly text: string;
  /** The nearest headings above it, innermost last (their plain text). */
  readonly headings: readonly string[];
  /**
   * The lead-in of the list the sentence is an item of, when it ends with a colon ("Not supported:"):
   * the item continues that sentence.
   */
  readonly lead?: string;
  /** Offset in the markdown of each character of `text` (length text.length + 1: the end too). */
  readonly offsets: ArrayLike<number>;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'esp', 'cf', 'no', 'max', 'min', 'n']);

/** The sentences of a markdown document, in order. `maxChars` bounds the work on a huge file. */
export function markdownSentences(markdown: string): Sentence[] {
  const tokens = parser.parse(markdown, {});
  const lineStarts = [0];
  for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const sentences: Sentence[] = [];
  const headings: string[] = [];
  // One frozen copy per heading change, shared by the sentences under it.
  let headingsNow: readonly string[] = [];
  let skipUntilLevel = 0;
  let row: Piece[] | undefined;
  // Table cells' inline tokens carry no line map: their row's map places them (else "256 KB" in a row is
  // found wherever it first occurs in the file).
  let rowMap: [number, number] | undefined;
  const leads: Array<string | undefined> = [];
  let lastParagraph: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      leads.push(lastParagraph?.trimEnd().endsWith(':') ? lastParagraph.trim() : leads[leads.length - 1]);
      lastParagraph = undefined;
      continue;
    }
    if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      leads.pop();
      continue;
    }
    if (t.type.endsWith('_open') && t.type !== 'paragraph_open' && t.type !== 'list_item_open') lastParagraph = undefined;
    if (t.type === 'heading_open') {
      const level = Number(t.tag.slice(1));
      const inline = tokens[i + 1];
      const title = inline?.type === 'inline' ? inlinePieces(inline, markdown, lineStarts).map((p) => p.text).join('') : '';
      if (skipUntilLevel && level > skipUntilLevel) continue;
      lastParagraph = undefined;
      skipUntilLevel = level >= 3 && /^quiz\b/i.test(title.trim()) ? level : 0;
      headings.length = Math.min(headings.length, level - 1);
      while (headings.length < level - 1) headings.push('');
      headings.push(title);
      headingsNow = [...headings];
      i += 2;
      continue;
    }
    if (skipUntilLevel) continue;
    if (t.type === 'tr_open') {
      row = [];
      rowMap = t.map ?? undefined;
    }
    else if (t.type === 'tr_close' && row) {
      split(row, headingsNow, sentences);
      row = undefined;
    } else if (t.type === 'inline') {
      const last = row?.[row.length - 1];
      const pieces = inlinePieces(t, markdown, lineStarts, row ? rowMap : undefined, last && !last.synthetic ? last.offset + last.text.length : undefined);
      if (row) {
        if (row.length) row.push({ text: ': ', offset: row[row.length - 1].offset + row[row.length - 1].text.length, synthetic: true });
        row.push(...pieces);
      } else {
        split(pieces, headingsNow, sentences, leads[leads.length - 1]);
        lastParagraph = pieces.map((p) => p.text).join('');
      }
    }
  }
  return sentences;
}

/** A run of plain text and where it starts in the markdown (synthetic pieces map to one point). */
interface Piece {
  readonly text: string;
  readonly offset: number;
  readonly synthetic?: boolean;
  /** A hard line break: ends a sentence (notes often put one statement per line). */
  readonly hardBreak?: boolean;
  /** The end of a source line (a soft break): a "?" before it ends a question. */
  readonly lineEnd?: boolean;
}

function inlinePieces(token: Token, markdown: string, lineStarts: readonly number[], fallbackMap?: [number, number], startAt?: number): Piece[] {
  const map = token.map ?? fallbackMap;
  const from = map ? lineStarts[map[0]] ?? 0 : 0;
  const to = map ? (lineStarts[map[1]] ?? markdown.length) : markdown.length;
  let cursor = Math.max(from, startAt ?? from);
  const pieces: Piece[] = [];
  for (const c of token.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') {
      if (!c.content) continue;
      const at = markdown.indexOf(c.content, cursor);
      if (at >= 0 && at + c.content.length <= to) {
        pieces.push({ text: c.content, offset: at });
        cursor = at + c.content.length;
        continue;
      }
      // Entities and escapes make the text differ from the source ("&amp;" -> "&"): align character by character.
      for (const ch of c.content) {
        const found = markdown.indexOf(ch, cursor);
        const offset = found >= 0 && found < to ? found : cursor;
        pieces.push({ text: ch, offset });
        cursor = found >= 0 && found < to ? found + 1 : cursor;
      }
    } else if (c.type === 'softbreak') pieces.push({ text: ' ', offset: cursor, synthetic: true, lineEnd: true });
    else if (c.type === 'hardbreak') pieces.push({ text: ' ', offset: cursor, synthetic: true, hardBreak: true });
  }
  return pieces;
}

/**
 * Splits pieces into sentences at `.`, `!` followed by a space (not after an abbreviation or inside a
 * number), at `?` that ends a source line, and at hard breaks.
 */
function split(pieces: readonly Piece[], headings: readonly string[], out: Sentence[], lead?: string): void {
  const breaks = new Set<number>();
  const lineEnds = new Set<number>();
  const texts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (piece.hardBreak) breaks.add(length);
    if (piece.lineEnd || piece.hardBreak) lineEnds.add(length);
    texts.push(piece.text);
    length += piece.text.length;
  }
  const all = texts.join('');
  // One typed array per paragraph; each sentence keeps a view of its part (no copies).
  const offsets = new Int32Array(length + 1);
  let n = 0;
  for (const piece of pieces) for (let k = 0; k < piece.text.length; k++) offsets[n++] = piece.synthetic ? piece.offset : piece.offset + k;
  const last = pieces[pieces.length - 1];
  offsets[n] = last ? (last.synthetic ? last.offset : last.offset + last.text.length) : 0;
  let from = 0;
  const flush = (to: number) => {
    const raw = all.slice(from, to);
    const skip = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, headings, lead, offsets: offsets.subarray(from + skip, from + skip + body.length + 1) });
    from = to;
  };
  for (let k = 0; k < all.length; k++) {
    if (breaks.has(k)) flush(k);
    const ch = all[k];
    // "?" ends a question only at the end of a source line: "(per execution? yes)" is an aside inside one.
    if (ch === '?' && !(k + 1 >= all.trimEnd().length || lineEnds.has(k + 1))) continue;
    // ";" joins two clauses of one sentence ("Standard runs a year; its history is kept 90 days"): the second
    // keeps the first's subject, so it ends a clause (limit-claims.ts), not the sentence.
    if ((ch === '.' || ch === '!' || ch === '?') && endsSentence(all, k, from)) flush(k + 1);
  }
  flush(all.length);
}

function endsSentence(text: string, k: number, from: number): boolean {
  const next = text[k + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (text[k] !== '.') return true;
  // The longest abbreviation is a few letters: look back a little, not to the sentence start.
  const lastWord = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(from, k - 12), k + 1))?.[1]?.toLowerCase();
  return !(lastWord && ABBREVIATIONS.has(lastWord));
}
