/**
 * Code snippets as HTML for the study view: every character escaped, tokens wrapped in `<span class="tok-…">`
 * whose colours come from VS Code's theme variables (media/study/study.css). The tokens come from real
 * lexers where the project has one — `yaml`'s CST lexer and jsonc-parser's scanner — and from a small
 * character scanner for TypeScript/JavaScript and Python (strings, comments, numbers, keywords). Pure: no
 * `vscode`, no DOM; unit-tested on the concatenation property (the text of the HTML is the snippet).
 */
import { createScanner } from 'jsonc-parser';
import { CST, Lexer } from 'yaml';

export type SnippetLanguage = 'yaml' | 'json' | 'typescript' | 'python' | 'text';

/** A token class, or undefined for text shown in the editor's foreground colour. */
export type TokenClass = 'key' | 'string' | 'number' | 'literal' | 'comment' | 'keyword' | 'tag' | 'punctuation';

export interface CodeToken {
  readonly text: string;
  readonly kind?: TokenClass;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  let out = '';
  for (const ch of text) out += HTML_ESCAPES[ch] ?? ch;
  return out;
}

/** The language of a snippet from its declared name ("yml", "TypeScript", "py" …); unknown names are plain text. */
export function snippetLanguage(declared: string | undefined, code: string): SnippetLanguage {
  const name = (declared ?? '').trim().toLowerCase();
  if (['yaml', 'yml', 'cloudformation', 'sam', 'serverless'].includes(name)) return 'yaml';
  if (['json', 'jsonc'].includes(name)) return 'json';
  if (['ts', 'typescript', 'tsx', 'js', 'javascript', 'jsx', 'cdk-typescript'].includes(name)) return 'typescript';
  if (['py', 'python', 'cdk-python'].includes(name)) return 'python';
  if (name) return 'text';
  // Undeclared (template excerpts of the scenario items): JSON when it starts like JSON, else YAML.
  const first = code.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

export function tokenize(code: string, language: SnippetLanguage): CodeToken[] {
  switch (language) {
    case 'yaml':
      return yamlTokens(code);
    case 'json':
      return jsonTokens(code);
    case 'typescript':
      return scanCode(code, TS_SYNTAX);
    case 'python':
      return scanCode(code, PY_SYNTAX);
    default:
      return [{ text: code }];
  }
}

/** The snippet as the inner HTML of a `<code>` element. */
export function highlightHtml(code: string, language: SnippetLanguage): string {
  return tokenize(code, language)
    .map((t) => (t.kind ? `<span class="tok-${t.kind}">${escapeHtml(t.text)}</span>` : escapeHtml(t.text)))
    .join('');
}

/** jsonc-parser's `SyntaxKind` values (a const enum, which isolated modules can't read). */
const SyntaxKind = {
  ColonToken: 6,
  NullKeyword: 7,
  TrueKeyword: 8,
  FalseKeyword: 9,
  StringLiteral: 10,
  NumericLiteral: 11,
  LineCommentTrivia: 12,
  BlockCommentTrivia: 13,
  LineBreakTrivia: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
} as const;
type SyntaxKind = number;

const YAML_LITERALS = new Set(['true', 'false', 'null', '~', 'yes', 'no', 'True', 'False', 'Null', 'NULL', 'TRUE', 'FALSE']);

function yamlTokens(code: string): CodeToken[] {
  const raw: Array<{ text: string; type: string | null; scalar: boolean }> = [];
  let scalarNext = false;
  for (const source of new Lexer().lex(code)) {
    // Control tokens (document start, flow end, "a scalar follows") are not source text.
    if (source === CST.DOCUMENT || source === CST.FLOW_END || source === CST.BOM) continue;
    if (source === CST.SCALAR) {
      scalarNext = true;
      continue;
    }
    raw.push({ text: source, type: CST.tokenType(source) ?? null, scalar: scalarNext });
    scalarNext = false;
  }
  const out: CodeToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    let next = i + 1;
    while (next < raw.length && raw[next].type === 'space') next++;
    const isKey = raw[next]?.type === 'map-value-ind';
    let kind: TokenClass | undefined;
    if (t.type === 'comment') kind = 'comment';
    else if (t.type === 'tag' || t.type === 'anchor' || t.type === 'alias') kind = 'tag';
    else if (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') kind = isKey ? 'key' : 'string';
    else if (t.type === 'block-scalar-header') kind = 'punctuation';
    else if (t.scalar) kind = isKey ? 'key' : scalarKind(t.text);
    else if (t.type === 'map-value-ind' || t.type === 'seq-item-ind' || t.type === 'explicit-key-ind' || t.type === 'doc-start' || t.type === 'doc-end') kind = 'punctuation';
    out.push({ text: t.text, kind });
  }
  return out;
}

function scalarKind(text: string): TokenClass {
  const trimmed = text.trim();
  if (YAML_LITERALS.has(trimmed)) return 'literal';
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return 'number';
  return 'string';
}

function jsonTokens(code: string): CodeToken[] {
  const scanner = createScanner(code, false);
  const raw: Array<{ text: string; kind: SyntaxKind }> = [];
  let end = 0;
  for (let kind: number = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    const length = scanner.getTokenLength();
    raw.push({ text: code.slice(offset, offset + length), kind });
    end = offset + length;
  }
  if (end < code.length) raw.push({ text: code.slice(end), kind: SyntaxKind.Unknown });
  const trivia = (k: SyntaxKind) => k === SyntaxKind.Trivia || k === SyntaxKind.LineBreakTrivia;
  return raw.map((t, i) => {
    let next = i + 1;
    while (next < raw.length && trivia(raw[next].kind)) next++;
    switch (t.kind) {
      case SyntaxKind.StringLiteral:
        return { text: t.text, kind: raw[next]?.kind === SyntaxKind.ColonToken ? 'key' : 'string' };
      case SyntaxKind.NumericLiteral:
        return { text: t.text, kind: 'number' };
      case SyntaxKind.TrueKeyword:
      case SyntaxKind.FalseKeyword:
      case SyntaxKind.NullKeyword:
        return { text: t.text, kind: 'literal' };
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        return { text: t.text, kind: 'comment' };
      default:
        return { text: t.text };
    }
  });
}

interface CodeSyntax {
  readonly keywords: ReadonlySet<string>;
  readonly literals: ReadonlySet<string>;
  readonly lineComment: string;
  readonly blockComment?: readonly [string, string];
  readonly quotes: string;
  /** Python's ''' and """ strings. */
  readonly tripleQuotes: boolean;
}

const TS_SYNTAX: CodeSyntax = {
  keywords: new Set(
    'import export from as const let var function return new class extends implements interface type if else for of in while do switch case break continue default try catch finally throw await async yield this super public private protected readonly static typeof instanceof void'.split(' '),
  ),
  literals: new Set(['true', 'false', 'null', 'undefined']),
  lineComment: '//',
  blockComment: ['/*', '*/'],
  quotes: `'"\``,
  tripleQuotes: false,
};

const PY_SYNTAX: CodeSyntax = {
  keywords: new Set('import from as def class return if elif else for in while try except finally raise with lambda pass break continue and or not is self super yield async await global nonlocal'.split(' ')),
  literals: new Set(['True', 'False', 'None']),
  lineComment: '#',
  quotes: `'"`,
  tripleQuotes: true,
};

const isIdentStart = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch === '$';
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isIdentPart = (ch: string) => isIdentStart(ch) || isDigit(ch);

/** One pass over the characters: each token ends where its kind says (a quote, a line end, a non-identifier). */
function scanCode(code: string, syntax: CodeSyntax): CodeToken[] {
  const out: CodeToken[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ text: plain });
    plain = '';
  };
  const emit = (text: string, kind: TokenClass) => {
    flush();
    out.push({ text, kind });
  };
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    if (code.startsWith(syntax.lineComment, i)) {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end;
      emit(code.slice(i, stop), 'comment');
      i = stop;
    } else if (syntax.blockComment && code.startsWith(syntax.blockComment[0], i)) {
      const end = code.indexOf(syntax.blockComment[1], i + syntax.blockComment[0].length);
      const stop = end < 0 ? code.length : end + syntax.blockComment[1].length;
      emit(code.slice(i, stop), 'comment');
      i = stop;
    } else if (syntax.quotes.includes(ch)) {
      const triple = syntax.tripleQuotes && code.startsWith(ch.repeat(3), i) ? ch.repeat(3) : undefined;
      let j = i + (triple ? 3 : 1);
      while (j < code.length) {
        if (code[j] === '\\') j += 2;
        else if (triple ? code.startsWith(triple, j) : code[j] === ch) {
          j += triple ? 3 : 1;
          break;
        } else if (!triple && code[j] === '\n' && ch !== '`') break;
        else j++;
      }
      const stop = Math.min(j, code.length);
      emit(code.slice(i, stop), 'string');
      i = stop;
    } else if (isDigit(ch)) {
      let j = i + 1;
      while (j < code.length && (isIdentPart(code[j]) || code[j] === '.')) j++;
      emit(code.slice(i, j), 'number');
      i = j;
    } else if (isIdentStart(ch)) {
      let j = i + 1;
      while (j < code.length && isIdentPart(code[j])) j++;
      const word = code.slice(i, j);
      if (syntax.keywords.has(word)) emit(word, 'keyword');
      else if (syntax.literals.has(word)) emit(word, 'literal');
      else plain += word;
      i = j;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return out;
}
