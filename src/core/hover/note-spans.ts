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
 * them (the note's opening paragraphs fill up). Without a property: the note's first paragraphs.
 */
export function noteSpans(topic: Topic, property: string | undefined, max: number, min = Math.min(2, max)): string[] {
  const blocks = blocksOf(topic);
  const picked = new Set<number>();
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
    for (const index of named.slice(0, max)) picked.add(index);
    for (const { index } of related) if (picked.size < min) picked.add(index);
  }
  for (let i = 0; i < blocks.length && picked.size < Math.max(min, property ? 0 : max); i++) picked.add(i);
  return [...picked].sort((a, b) => a - b).slice(0, max).map((i) => (blocks[i].bullet ? `- ${blocks[i].markdown}` : blocks[i].markdown));
}
