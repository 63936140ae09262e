/**
 * The few paragraphs or bullets of a note that are about one property, found in the note itself (no markup
 * needed): a paragraph naming the property (`Timeout`) or its words and aliases ("time to live" for
 * `TimeToLiveSpecification`) is about it. Rendered as safe one-line markdown; the whole note is one link away.
 */
import { safeBlocks, type SafeBlock } from '../kb/search-preview';
import { splitIdentifier, tokenize } from '../kb/search-text';
import { propertyWords } from '../kb/search-vocabulary';
import type { Topic } from '../kb/topic';

/** Note paragraphs per topic body, parsed once (topics are immutable). */
const BLOCKS = new WeakMap<Topic, SafeBlock[]>();

function blocksOf(topic: Topic): SafeBlock[] {
  let blocks = BLOCKS.get(topic);
  if (!blocks) {
    // "Source: [...]" paragraphs are left to the hover's one "More" line.
    blocks = safeBlocks(topic.body).filter((b) => !/^source:/i.test(b.plain.trim()));
    BLOCKS.set(topic, blocks);
  }
  return blocks;
}

/**
 * Up to `max` paragraphs of the note about `property` (document order), at least `min` when the note has
 * them (the note's opening paragraphs fill up). Without a property: the note's first paragraphs. With the
 * hovered `value` (an enum such as `REGIONAL`, `origin-request`, `EXPRESS`), the bullet that leads with that
 * value comes first, and the bullets leading with its siblings are left out: each value gets its own bullet.
 */
export function noteSpans(topic: Topic, property: string | undefined, max: number, min = Math.min(2, max), value?: string): string[] {
  const blocks = blocksOf(topic);
  const picked = new Set<number>();
  const own = max > 0 && value ? valueBullets(blocks, value) : undefined;
  if (own) picked.add(own.index);
  const blocked = new Set(own?.siblings ?? []);
  if (property && max > 0) {
    const name = property.toLowerCase();
    const words = new Set(tokenize(propertyWords(property, splitIdentifier)));
    // Paragraphs naming the property first; paragraphs sharing only its words fill up to `min`.
    const named: number[] = [];
    const related: Array<{ index: number; score: number }> = [];
    blocks.forEach((block, index) => {
      const terms = tokenize(block.plain);
      if (terms.includes(name)) named.push(index);
      else {
        let score = 0;
        for (const w of words) if (terms.includes(w)) score++;
        if (score > 0) related.push({ index, score });
      }
    });
    related.sort((a, b) => b.score - a.score || a.index - b.index);
    for (const index of named) if (picked.size < max && !blocked.has(index)) picked.add(index);
    for (const { index } of related) if (picked.size < min && !blocked.has(index)) picked.add(index);
  }
  for (let i = 0; i < blocks.length && picked.size < Math.max(min, property ? 0 : max); i++) if (!blocked.has(i)) picked.add(i);
  // The value's own bullet stays even when the property's paragraphs fill `max`.
  const ordered = [...picked].sort((a, b) => a - b);
  const kept = own ? [own.index, ...ordered.filter((i) => i !== own.index)].slice(0, max).sort((a, b) => a - b) : ordered.slice(0, max);
  return kept.map((i) => (blocks[i].bullet ? `- ${blocks[i].markdown}` : blocks[i].markdown));
}

/**
 * The bullet whose first words are the value ("- **REGIONAL**: …", "- `origin-request` …"), and the bullets
 * of the same list that lead with another value of the same shape (its siblings: EDGE, PRIVATE).
 */
function valueBullets(blocks: readonly SafeBlock[], value: string): { index: number; siblings: number[] } | undefined {
  const lead = (b: SafeBlock) => /^[\s*`_]*([A-Za-z][\w.-]*)/.exec(b.plain)?.[1];
  // As written, or its last name: `apigw.EndpointType.REGIONAL`, `[REGIONAL]`, `"EXPRESS"`.
  const written = /([A-Za-z][\w-]*)\W*$/.exec(value.trim())?.[1] ?? value.trim();
  const want = written.toLowerCase();
  if (!want) return undefined;
  const index = blocks.findIndex((b) => b.bullet && lead(b)?.toLowerCase() === want);
  if (index < 0) return undefined;
  const shape = (s: string) => (s === s.toUpperCase() ? 'upper' : /-/.test(s) ? 'kebab' : 'other');
  const mine = shape(written);
  const siblings: number[] = [];
  for (const step of [-1, 1]) for (let i = index + step; i >= 0 && i < blocks.length && blocks[i].bullet; i += step) {
    const l = lead(blocks[i]);
    if (l && shape(l) === mine && l.toLowerCase() !== want) siblings.push(i);
  }
  return { index, siblings };
}

/**
 * The sentences of one rendered paragraph that are about `property` (its name or its words), else its first
 * sentence: the user's own section is trimmed to what concerns the hovered key (issue 20: 17–19 printed
 * lines). Sentences end at ". ", "! " or "? " outside inline code.
 */
export function sentencesAbout(markdown: string, property: string | undefined, maxSentences = 2): string {
  const sentences = markdown.split(/(?<=[.!?])\s+(?=[A-Z*`_"“(])/u).filter((x) => x.trim());
  if (sentences.length <= 1) return markdown;
  const words = property ? new Set([property.toLowerCase(), ...tokenize(propertyWords(property, splitIdentifier))]) : new Set<string>();
  const about = sentences.filter((x) => tokenize(x.replace(/\\/g, '')).some((t) => words.has(t)));
  return (about.length ? about : sentences).slice(0, maxSentences).join(' ');
}
