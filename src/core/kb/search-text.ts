/**
 * Plain words of a note section, read with markdown-it (never with patterns over markdown syntax), and the
 * tokenizer that search and contradiction detection share: lower-case words, service aliases and
 * multi-word names folded into one term (`DDB` -> `dynamodb`, `API Gateway` -> `apigateway`).
 */
import MarkdownIt from 'markdown-it';
import { boundedMarkdown } from './bounded-markdown';
import { ALIASES, PHRASES } from './search-vocabulary';

const parser = boundedMarkdown(new MarkdownIt({ html: false, linkify: false }));

/** The text a reader sees in a markdown fragment: inline text and code, without markup, one line per block. */
export function plainText(markdown: string): string {
  return tokensText(parser.parse(markdown, {}));
}

/** A markdown-it block token, as far as {@link tokensText} reads it. */
export interface TextToken {
  readonly type: string;
  readonly content: string;
  readonly children: ReadonlyArray<{ type: string; content: string }> | null;
}

/**
 * The plain text of already parsed markdown (see {@link plainText}), so a caller holding the token stream
 * (the notes parser) need not parse the markdown again. HTML blocks count as text, as they do when the
 * markdown is read with HTML off.
 */
export function tokensText(tokens: Iterable<TextToken>): string {
  const lines: string[] = [];
  for (const token of tokens) {
    let line = '';
    if (token.type === 'inline') line = inlineText(token.children ?? []);
    else if (token.type === 'fence' || token.type === 'code_block' || token.type === 'html_block') line = token.content.trim();
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

function inlineText(children: ReadonlyArray<{ type: string; content: string }>): string {
  let text = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'code_inline' || c.type === 'html_inline') text += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') text += ' ';
  }
  return text;
}

/** Singular-ish form so `streams`/`stream` and `tables`/`table` meet (a light stemmer, enough for headings). */
function normalizeWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** What a word adds beyond itself: its aliases and the multi-word names it starts (in PHRASES order). */
interface WordExtras {
  readonly aliases: string[];
  readonly phrases: Array<readonly [readonly string[], string]>;
}

/** ALIASES and PHRASES by word, so the tokenizer looks each word up once. */
const EXTRAS = new Map<string, WordExtras>();
const extrasOf = (word: string) => EXTRAS.get(word) ?? EXTRAS.set(word, { aliases: [], phrases: [] }).get(word)!;
for (const [word, aliases] of ALIASES) extrasOf(word).aliases.push(...aliases);
for (const entry of PHRASES) extrasOf(entry[0][0]).phrases.push(entry);

const WORD = /[a-z0-9@+#]+(?:\.[a-z0-9]+)*/g;

/**
 * Splits text into search terms: words (lower case, light plural folding), their aliases, and one extra
 * term for each known multi-word name (`time to live` -> `ttl`). Used for documents and queries alike.
 */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) words[i] = normalizeWord(words[i]);
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    terms.push(word);
    const extras = EXTRAS.get(word);
    if (extras) for (const alias of extras.aliases) terms.push(alias);
    if (word.includes('@') || word.includes('.')) for (const part of word.split(/[@.]/)) if (part && part !== word) terms.push(part);
    if (!extras) continue;
    for (const [phrase, term] of extras.phrases) {
      if (i + phrase.length > words.length) continue;
      let all = true;
      for (let k = 1; k < phrase.length && all; k++) all = words[i + k] === phrase[k];
      if (all) terms.push(term);
    }
  }
  return terms;
}

/** Splits a CloudFormation name into words: `TimeToLiveSpecification` -> `time to live specification`. */
export function splitIdentifier(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}
