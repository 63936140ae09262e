/**
 * What a note states, read once per section with markdown-it: its sentences (plain text, inline code kept
 * in backticks) with their bold phrases and file line, and the items of its "Not supported:" lists. The raw
 * material of cloze and true/false questions and of the explanation every card shows.
 */
import MarkdownIt from 'markdown-it';
import { boundedMarkdown } from '../kb/bounded-markdown';
import type { Topic } from '../kb/topic';

/** Only the syntax the facts need (lists, bold, code, links read as their text): a third of the default rules. */
const parser = boundedMarkdown(new MarkdownIt('zero', { html: false, linkify: false }).enable(['paragraph', 'list', 'heading', 'fence', 'code', 'blockquote', 'hr', 'table', 'lheading', 'newline', 'escape', 'backticks', 'emphasis', 'link', 'entity']));

type Token = ReturnType<typeof parser.parse>[number];

export const BLANK = '_____';

/** A bold phrase inside a sentence (offsets into `NoteSentence.text`). */
export interface BoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NoteSentence {
  /** Plain text of the sentence. */
  readonly text: string;
  readonly bolds: readonly BoldSpan[];
  /** The whole paragraph or list item it stands in (plain text). */
  readonly block: string;
  /** 0-based line in the note file. */
  readonly line: number;
  /** Set when the sentence is a list item under a lead-in paragraph ("Not supported:", "Quotas:"). */
  readonly listLead?: string;
}

export interface NoteFacts {
  readonly sentences: readonly NoteSentence[];
  /** Items of "Not supported:" lists, with their lines. */
  readonly notSupported: ReadonlyArray<{ readonly text: string; readonly line: number }>;
}

const cache = new WeakMap<Topic, NoteFacts>();

/** How many sections were parsed (tests check the bank reads each section once: linear, not quadratic). */
export const noteFactsStats = { parses: 0 };

/** The sentences and lists of a section (parsed once per topic object). */
export function noteFacts(topic: Topic): NoteFacts {
  const hit = cache.get(topic);
  if (hit) return hit;
  noteFactsStats.parses++;
  const tokens = parser.parse(topic.body, {});
  const bodyLine = topic.bodyLine ?? topic.line + 1;
  const sentences: NoteSentence[] = [];
  const notSupported: Array<{ text: string; line: number }> = [];
  let lastParagraph = '';
  const leads: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') leads.push(lastParagraph);
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') leads.pop();
    if (t.type !== 'inline' || !t.children) continue;
    const inList = leads.length > 0;
    const { text, bolds } = inlinePlain(t.children);
    const line = bodyLine + (t.map?.[0] ?? 0);
    if (!inList) lastParagraph = text.trim();
    const lead = inList ? leads[leads.length - 1] : undefined;
    if (inList && lead?.toLowerCase() === 'not supported:' && leads.length === 1) notSupported.push({ text: text.trim(), line });
    for (const s of splitSentences(text, bolds)) sentences.push({ ...s, block: text.trim(), line, listLead: lead || undefined });
  }
  const facts = { sentences, notSupported: notSupported.filter((n) => n.text) };
  cache.set(topic, facts);
  return facts;
}

/**
 * The inline text with its bold spans. Parts are joined once and the spans sliced after: slicing a string
 * still being appended to flattens it each time (150,000 bold spans took seconds).
 */
function inlinePlain(children: readonly Token[]): { text: string; bolds: BoldSpan[] } {
  const parts: string[] = [];
  let length = 0;
  const add = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  const spans: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (const c of children) {
    if (c.type === 'text') add(c.content);
    else if (c.type === 'code_inline') add(`\`${c.content}\``);
    else if (c.type === 'softbreak' || c.type === 'hardbreak') add(' ');
    else if (c.type === 'strong_open') open = length;
    else if (c.type === 'strong_close' && open >= 0) {
      spans.push({ start: open, end: length });
      open = -1;
    }
  }
  const text = parts.join('');
  return { text, bolds: spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })) };
}

/**
 * Sentences end with ". ", "! " or "? " before a capital, a backtick or a digit. Linear in the text and
 * its bold spans (both in order): a paragraph of 150,000 bold spans is split in one pass.
 */
function splitSentences(text: string, bolds: readonly BoldSpan[]): Array<{ text: string; bolds: BoldSpan[] }> {
  const out: Array<{ text: string; bolds: BoldSpan[] }> = [];
  let start = 0;
  let nextBold = 0; // the first bold span not yet given to a sentence
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    const from = start + lead;
    const mine: BoldSpan[] = [];
    while (nextBold < bolds.length && bolds[nextBold].start < end) {
      const b = bolds[nextBold++];
      if (s && b.start >= from && b.end <= from + s.length) mine.push({ start: b.start - from, end: b.end - from, text: b.text });
    }
    if (s) out.push({ text: s, bolds: mine });
  };
  let inBold = 0; // the first bold span that may still contain i
  for (let i = 0; i < text.length - 2; i++) {
    if (!(/[.!?]/.test(text[i]) && text[i + 1] === ' ' && /[A-Z`]/.test(text[i + 2]))) continue;
    while (inBold < bolds.length && bolds[inBold].end <= i) inBold++;
    if (inBold < bolds.length && bolds[inBold].start <= i) continue; // inside a bold phrase
    push(i + 1);
    start = i + 2;
  }
  push(text.length);
  return out;
}
