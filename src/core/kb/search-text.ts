/**
 * Plain words of a note section, read with markdown-it (never with patterns over markdown syntax), and the
 * tokenizer that search and contradiction detection share: lower-case words, service aliases and
 * multi-word names folded into one term (`DDB` -> `dynamodb`, `API Gateway` -> `apigateway`).
 */
import MarkdownIt from 'markdown-it';
import { ALIASES, PHRASES } from './search-vocabulary';

const parser = new MarkdownIt({ html: false, linkify: false });

/** The text a reader sees in a markdown fragment: inline text and code, without markup, one line per block. */
export function plainText(markdown: string): string {
  const lines: string[] = [];
  for (const token of parser.parse(markdown, {})) {
    if (token.type === 'inline') lines.push(inlineText(token.children ?? []));
    else if ((token.type === 'fence' || token.type === 'code_block') && token.content) lines.push(token.content.trim());
  }
  return lines.filter(Boolean).join('\n');
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

/**
 * Splits text into search terms: words (lower case, light plural folding), their aliases, and one extra
 * term for each known multi-word name (`time to live` -> `ttl`). Used for documents and queries alike.
 */
export function tokenize(text: string): string[] {
  const words = (text.toLowerCase().match(/[a-z0-9@+#]+(?:\.[a-z0-9]+)*/g) ?? []).map(normalizeWord);
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    terms.push(word);
    const alias = ALIASES.get(word);
    if (alias) terms.push(...alias);
    if (word.includes('@') || word.includes('.')) for (const part of word.split(/[@.]/)) if (part && part !== word) terms.push(part);
    for (const [phrase, term] of PHRASES) {
      if (phrase[0] !== word || i + phrase.length > words.length) continue;
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
