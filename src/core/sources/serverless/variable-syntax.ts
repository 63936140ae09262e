/**
 * The Serverless Framework's variable mini-language inside YAML string scalars:
 * `${source:address}`, `${source(param):address}`, fallbacks after commas (`${opt:stage, 'dev'}`,
 * `${opt:region, self:provider.region}`) and nested variables (`${file(./${opt:stage}.yml):key}`).
 * This is not YAML: the YAML has already been parsed; this scans the text of one scalar, by hand.
 */

/** A piece of a string scalar: literal text, or one `${...}` variable with its text. */
export type StringPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'variable'; readonly body: string; readonly raw: string };

/** One candidate of a variable: a reference to a source, or a literal fallback. */
export type Candidate =
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'reference'; readonly source: string; readonly param?: string; readonly address: string; readonly raw: string };

/** Does this string contain something that may be a variable? (Cheap pre-check before scanning.) */
export function mayHaveVariables(text: string): boolean {
  return text.includes('${');
}

/**
 * Splits a string scalar into literal text and `${...}` variables. `${` without a matching `}` and
 * `${...}` that are not Framework variables (CloudFormation's `${AWS::Region}`, `${MyBucket}` in
 * `Fn::Sub`) stay literal text.
 */
export function splitVariables(text: string): StringPart[] {
  const closes = matchBraces(text);
  const parts: StringPart[] = [];
  let literal = '';
  let literalStart = 0;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${', i);
    if (open < 0) break;
    const close = closes.get(open) ?? -1;
    if (close >= 0) {
      const body = text.slice(open + 2, close);
      if (isFrameworkVariable(body)) {
        literal += text.slice(literalStart, open);
        if (literal) parts.push({ kind: 'text', text: literal });
        literal = '';
        parts.push({ kind: 'variable', body, raw: text.slice(open, close + 1) });
        i = literalStart = close + 1;
        continue;
      }
    }
    i = open + 1;
  }
  literal += text.slice(literalStart);
  if (literal) parts.push({ kind: 'text', text: literal });
  return parts;
}

/**
 * The `}` closing each `${` (by the index of its `$`), in one pass: a stack of open variables, each with
 * its own quote state. Linear in the text (matching each `${` by a scan of its own was quadratic: 100k
 * unclosed `${` took 34 s). A `${` inside a quote of an enclosing variable is part of that quote.
 */
export function matchBraces(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const stack: Array<{ open: number; quote?: string }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (top?.quote) {
      if (c === top.quote) top.quote = undefined;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      stack.push({ open: i });
      i++;
    } else if (!top) continue;
    else if (c === "'" || c === '"') top.quote = c;
    else if (c === '}') closes.set(stack.pop()!.open, i);
  }
  return closes;
}

/** Index of the `}` closing a `${` whose body starts at `from`, skipping nested `${...}` and quotes; -1 if none. */
function matchingBrace(text: string, from: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * The Framework only treats `${name:...}` / `${name(...):...}` as its variables, where `name` is a
 * word; `${AWS::Region}` (a double colon) and `${Bucket}` (no colon) belong to CloudFormation.
 */
function isFrameworkVariable(body: string): boolean {
  const head = parseHead(body.trim());
  return head !== undefined;
}

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || c === '_';
}

/** `source`, optional `(param)` and the rest after the `:` of a reference, or undefined. */
function parseHead(text: string): { source: string; param?: string; address: string } | undefined {
  let i = 0;
  while (isWordChar(text[i])) i++;
  if (i === 0 || !isLetter(text[0])) return undefined;
  const source = text.slice(0, i);
  let param: string | undefined;
  if (text[i] === '(') {
    const close = closingParen(text, i + 1);
    if (close < 0) return undefined;
    param = text.slice(i + 1, close).trim();
    i = close + 1;
  }
  if (text[i] !== ':') {
    // `${file(./x.yml)}`: a source with a parameter and no address.
    return param !== undefined && i === text.length ? { source, param, address: '' } : undefined;
  }
  if (text[i + 1] === ':') return undefined;
  return { source, param, address: text.slice(i + 1).trim() };
}

function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      const close = matchingBrace(text, i + 2);
      if (close < 0) return -1;
      i = close;
    } else if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Splits a variable body (without `${` `}`) into its candidates: the reference first, then each
 * fallback. Commas inside quotes, parentheses or nested `${...}` do not split.
 */
export function parseCandidates(body: string): Candidate[] {
  const pieces: string[] = [];
  let start = 0;
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '$' && body[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '(') depth++;
    else if (c === '}' || c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      pieces.push(body.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(body.slice(start));
  const candidates: Candidate[] = [];
  for (const piece of pieces) {
    const candidate = parseCandidate(piece.trim());
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

function parseCandidate(text: string): Candidate | undefined {
  if (!text) return undefined;
  const first = text[0];
  if ((first === "'" || first === '"') && text.endsWith(first) && text.length >= 2) {
    return { kind: 'literal', value: text.slice(1, -1) };
  }
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' };
  const asNumber = Number(text);
  if (text !== '' && Number.isFinite(asNumber) && isNumeric(text)) return { kind: 'literal', value: asNumber };
  const head = parseHead(text);
  if (head) return { kind: 'reference', ...head, raw: text };
  // A bare word as a fallback is taken literally by the Framework (e.g. `${opt:stage, dev}`).
  return { kind: 'literal', value: text };
}

function isNumeric(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c >= '0' && c <= '9') digits++;
    else if (!(c === '.' || ((c === '-' || c === '+') && i === 0))) return false;
  }
  return digits > 0;
}
