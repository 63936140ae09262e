/**
 * Markdown notes -> topics, with markdown-it. A section starts at a level-1 or level-2 heading; an
 * optional marker comment right under the heading declares what it explains:
 *   <!-- serverless-notes: id=lambda-limits; resources=AWS::Lambda::Function; properties=Timeout -->
 * A `### Quiz` subsection holds hand-written questions and is not part of the explanation.
 */
import MarkdownIt from 'markdown-it';
import { boundedMarkdown } from './bounded-markdown';
import { tokensText } from './search-text';
import type { HandQuestion, NoteSource, Topic } from './topic';

/**
 * Emphasis and strikethrough are left unparsed: nothing here reads them (titles, quiz and body come from the
 * source, links and words from the inline text, where `**`/`~~` are punctuation), and resolving their
 * delimiters was about 40% of the parse.
 */
const parser = boundedMarkdown(new MarkdownIt({ html: true, linkify: false }).disable(['emphasis', 'strikethrough']));

type Token = ReturnType<typeof parser.parse>[number];

const MARKER_PREFIX = 'serverless-notes:';

interface Marker {
  id?: string;
  resources: string[];
  properties: string[];
}

/** A parsed section, with the plain text of its body read from the same token stream (what search indexes). */
export interface ParsedTopic extends Topic {
  /** The body as plain text (see `plainText`): inline text and code, without markup, marker or quiz. */
  readonly text: string;
}

/** The sections of one notes file, in file order. */
export function parseNotes(source: NoteSource): ParsedTopic[] {
  const tokens = parser.parse(source.text, {});
  // CommonMark line endings (a lone CR too), as markdown-it counts the lines its token maps name.
  const lines = source.text.split(/\r\n|\r|\n/);
  const fileSlug = slug(baseName(source.uri));
  const topics: ParsedTopic[] = [];
  const sectionStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2')) sectionStarts.push(i);
  }
  for (let s = 0; s < sectionStarts.length; s++) {
    const start = sectionStarts[s];
    const end = s + 1 < sectionStarts.length ? sectionStarts[s + 1] : tokens.length;
    const heading = tokens[start];
    const title = tokens[start + 1]?.content.trim() ?? '';
    const headingLine = heading.map?.[0] ?? 0;
    const bodyEndLine = end < tokens.length ? (tokens[end].map?.[0] ?? lines.length) : lines.length;
    const section = tokens.slice(start + 3, end);
    const marker = readMarker(section);
    // A level-1 heading with nothing under it but the next heading is a file title, not a topic.
    if (heading.tag === 'h1' && !marker.id && section.every((t) => t.type === 'html_block')) continue;
    const { quiz, quizStartLine, quizIndex } = readQuiz(section);
    const skipLines = new Set<number>();
    // The marker and other comment-only blocks (the generated-region markers of the bundled notes) are not body text.
    for (const t of section) if (t.type === 'html_block' && t.map && isComment(t.content)) for (let l = t.map[0]; l < t.map[1]; l++) skipLines.add(l);
    const bodyLines: string[] = [];
    let bodyLine: number | undefined;
    for (let l = (heading.map?.[1] ?? headingLine + 1); l < (quizStartLine ?? bodyEndLine); l++) {
      if (skipLines.has(l)) continue;
      if (bodyLine === undefined && lines[l].trim()) bodyLine = l;
      bodyLines.push(lines[l]);
    }
    topics.push({
      id: marker.id ?? `${fileSlug}/${slug(title)}`,
      title,
      body: bodyLines.join('\n').trim(),
      text: tokensText(section.slice(0, quizIndex).filter((t) => !(t.type === 'html_block' && isComment(t.content)))),
      resources: marker.resources,
      properties: marker.properties,
      uri: source.uri,
      origin: source.origin,
      line: headingLine,
      bodyLine: bodyLine ?? headingLine + 1,
      links: collectLinks(section),
      quiz,
      level: Number(heading.tag.slice(1)),
    });
  }
  return topics;
}

/** An HTML block that is nothing but one comment (`<!-- … -->`): invisible when the note is rendered. */
function isComment(html: string): boolean {
  const trimmed = html.trim();
  return trimmed.startsWith('<!--') && trimmed.endsWith('-->') && trimmed.indexOf('-->') === trimmed.length - 3;
}

function isMarker(html: string): boolean {
  const trimmed = html.trim();
  return trimmed.startsWith('<!--') && trimmed.slice(4).trim().startsWith(MARKER_PREFIX);
}

function readMarker(section: Token[]): Marker {
  const marker: Marker = { resources: [], properties: [] };
  const token = section.find((t) => t.type === 'html_block' && isMarker(t.content));
  if (!token) return marker;
  const inner = token.content.trim().slice(4).replace(/-->\s*$/, '').trim().slice(MARKER_PREFIX.length);
  for (const part of inner.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const values = part.slice(eq + 1).split(',').map((v: string) => v.trim()).filter(Boolean);
    if (key === 'id' && values[0]) marker.id = values[0];
    else if (key === 'resources') marker.resources.push(...values);
    else if (key === 'properties') marker.properties.push(...values);
  }
  return marker;
}

function collectLinks(section: Token[]): string[] {
  const links: string[] = [];
  for (const t of section) {
    if (t.type !== 'inline' || !t.children) continue;
    for (const c of t.children) if (c.type === 'link_open') {
      const href = c.attrGet('href');
      if (href) links.push(String(href));
    }
  }
  return links;
}

/** `Q:`, `Q[id]:` or `Tradeoff[id]:` opening a question paragraph. */
const QUESTION_START = /^(Q|Tradeoff)(?:\[([a-z0-9][a-z0-9-]*)\])?:\s*/;

/**
 * Reads `### Quiz`: `Q:` paragraphs (`Q[id]:` with a stable id, `Tradeoff[id]:` for a trade-off scenario),
 * each followed by a list of `[x]`/`[ ]` options (several `[x]`: multiple response) and an optional `Why:`.
 */
function readQuiz(section: Token[]): { quiz: HandQuestion[]; quizStartLine?: number; quizIndex?: number } {
  const quizIndex = section.findIndex((t, i) => t.type === 'heading_open' && section[i + 1]?.content.trim().toLowerCase() === 'quiz');
  if (quizIndex < 0) return { quiz: [] };
  const quiz: HandQuestion[] = [];
  let current: { id?: string; tradeoff?: boolean; question: string; options: string[]; answerIndex: number; answerIndexes: number[]; why?: string } | undefined;
  const flush = () => {
    if (current && current.options.length >= 2 && current.answerIndex >= 0) quiz.push(current);
    current = undefined;
  };
  let inList = 0;
  for (let i = quizIndex + 3; i < section.length; i++) {
    const t = section[i];
    if (t.type === 'heading_open') break;
    if (t.type === 'bullet_list_open') inList++;
    if (t.type === 'bullet_list_close') inList--;
    if (t.type !== 'inline') continue;
    const text = t.content.trim();
    if (inList > 0 && current) {
      const checked = /^\[[xX]\]\s*/.test(text);
      const unchecked = /^\[ \]\s*/.test(text);
      if (!checked && !unchecked) continue;
      if (checked) {
        if (current.answerIndex < 0) current.answerIndex = current.options.length;
        current.answerIndexes.push(current.options.length);
      }
      // A `Why:` line right under the last option is a lazy continuation of that list item in
      // CommonMark: it arrives inside the option's text, so split it off here.
      const lines = text.slice(3).split('\n');
      const whyAt = lines.findIndex((line) => line.trim().startsWith('Why:'));
      current.options.push((whyAt < 0 ? lines : lines.slice(0, whyAt)).join(' ').trim());
      if (whyAt >= 0) current.why = lines.slice(whyAt).join(' ').trim().slice(4).trim();
    } else if (QUESTION_START.test(text)) {
      flush();
      const [start, prefix, id] = QUESTION_START.exec(text)!;
      current = { ...(id ? { id } : {}), ...(prefix === 'Tradeoff' ? { tradeoff: true } : {}), question: text.slice(start.length).trim(), options: [], answerIndex: -1, answerIndexes: [] };
    } else if (text.startsWith('Why:') && current) {
      current.why = text.slice(4).trim();
    }
  }
  flush();
  return { quiz, quizStartLine: section[quizIndex].map?.[0], quizIndex };
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function baseName(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? uri;
  return name.replace(/\.[^.]*$/, '');
}
