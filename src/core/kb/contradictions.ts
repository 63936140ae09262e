/**
 * Where a user's note section contradicts a checked fact, for hovers and the quiz: the section's body is
 * read sentence by sentence by {@link findOutdatedClaims} (claims as data: limit words and categorical
 * claims), with its title as the heading. Anything the data does not cover is not judged.
 */
import { CHECKABLE_CLAIMS, findOutdatedClaims, type CheckableClaim, type OutdatedClaim } from './claims/find-outdated-claims';
import type { Topic } from './topic';
import { mdText } from '../text/markdown';

export { CHECKABLE_CLAIMS, findOutdatedClaims, type CheckableClaim, type OutdatedClaim };

/** A claim found in a section. */
export interface Contradiction {
  readonly claim: CheckableClaim;
  readonly topic: Topic;
  /** The outdated claim, positions relative to the section body. */
  readonly found: OutdatedClaim;
  /** Polite one-paragraph markdown for a hover: what the note says, the fact, the source link. */
  readonly message: string;
}

/** The checkable claims a section makes that are no longer (or never were) true; one per claim. */
export function findContradictions(topic: Topic, options: { readonly today?: Date } = {}): Contradiction[] {
  const seen = new Set<string>();
  const out: Contradiction[] = [];
  for (const found of findOutdatedClaims(topic.body, { today: options.today, headings: [topic.title] })) {
    if (seen.has(found.claim.id)) continue;
    seen.add(found.claim.id);
    // The sentence that makes the claim, cut to a hover's width.
    const sentence = topic.body.slice(found.sentence.start, found.sentence.end);
    const quoted = mdText(sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence);
    out.push({
      claim: found.claim,
      topic,
      found,
      message: `Your note “${mdText(topic.title)}” says “${quoted}”. A gentle correction: ${mdText(found.current)} ([source](${found.source}))`,
    });
  }
  return out;
}
