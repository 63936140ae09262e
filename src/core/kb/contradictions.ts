/**
 * Where a user's note contradicts a checked fact. Honest by construction: only the claims in
 * {@link CHECKABLE_CLAIMS} are looked for, each with a detector over the section's words and the current
 * fact with its source (values from the limits table where it has them). Anything else is not judged.
 */
import { formatNumber, LIMITS } from '../limits';
import { plainText, tokenize } from './search-text';
import type { Topic } from './topic';
import { mdText } from '../text/markdown';

/** The words of one section, as detectors see them. */
export interface SectionWords {
  /** Search terms (lower case, plural folded, aliases and multi-word names added). */
  readonly terms: ReadonlySet<string>;
  /** The same terms in reading order, for "5 secs"-style sequences. */
  readonly sequence: readonly string[];
}

/** A claim that notes often make and that the facts can decide. */
export interface CheckableClaim {
  readonly id: string;
  /** What the note says, as "Your note says …" completes it. */
  readonly says: string;
  /** True when the section makes the claim (and does not already state the current fact). */
  readonly detect: (words: SectionWords) => boolean;
  /** What is true today. */
  readonly fact: string;
  readonly source: string;
}

/** A claim found in a section. */
export interface Contradiction {
  readonly claim: CheckableClaim;
  readonly topic: Topic;
  /** Polite one-paragraph markdown for a hover: what the note says, the fact, the source link. */
  readonly message: string;
}

const has = (w: SectionWords, ...terms: string[]) => terms.some((t) => w.terms.has(t));
const followedBy = (w: SectionWords, first: string, next: readonly string[]) =>
  w.sequence.some((t, i) => t === first && next.includes(w.sequence[i + 1] ?? ''));
const SECONDS = ['s', 'sec', 'second'];
const LANGUAGES = ['python', 'java', 'ruby', 'node.js', 'nodej', 'node', 'c#', 'net', 'rust', 'javascript', 'typescript'];
/** "Go" listed among languages (within a few words of another language), not the verb. */
const listsGo = (w: SectionWords) =>
  w.sequence.some((t, i) => t === 'go' && w.sequence.slice(Math.max(0, i - 4), i + 5).some((u) => LANGUAGES.includes(u)));

const edgeViewer = LIMITS['edge.viewer.timeout'];
const edgeOrigin = LIMITS['edge.origin.timeout'];
const asyncPayload = LIMITS['lambda.payload.asyncMB'];

/** The claims the extension checks, and nothing else. */
export const CHECKABLE_CLAIMS: readonly CheckableClaim[] = [
  {
    id: 'snapstart-java-only',
    says: 'that SnapStart is for Java only',
    detect: (w) => has(w, 'snapstart') && has(w, 'java', 'jvm') && !has(w, 'python', 'net', 'dotnet'),
    fact: 'SnapStart supports **Java 11+, Python 3.12+ and .NET 8+** (Python and .NET since November 2024). It has no extra charge for Java only: Python and .NET functions pay for snapshot caching and restores.',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
  },
  {
    id: 'go-managed-runtime',
    says: 'that Go has a managed Lambda runtime',
    detect: (w) =>
      has(w, 'lambda') && has(w, 'language') && listsGo(w) && !has(w, 'provided.al2023', 'deprecated', 'os-only'),
    fact: 'Go has **no managed runtime**: `go1.x` was deprecated on 2024-01-08. Go functions run as a `bootstrap` executable on the OS-only runtime **provided.al2023**.',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  },
  {
    id: 'edge-timeout-5s',
    says: `that Lambda@Edge stops after ${edgeViewer.value} seconds`,
    detect: (w) => has(w, 'lambdaedge') && followedBy(w, String(edgeViewer.value), SECONDS) && !has(w, String(edgeOrigin.value), 'origin'),
    fact: `${edgeViewer.value} s is the limit for **viewer** events only; on **origin** events a Lambda@Edge function may run up to **${edgeOrigin.value} s**.`,
    source: edgeOrigin.source,
  },
  {
    id: 'async-payload-256kb',
    says: 'that asynchronous invocations carry at most 256 KB',
    detect: (w) => has(w, 'async', 'asynchronous') && followedBy(w, '256', ['kb']) && !followedBy(w, '1', ['mb']),
    fact: `The asynchronous invocation payload limit is **${formatNumber(asyncPayload.value)} MB** since October 2025 (it was 256 KB).`,
    source: asyncPayload.source,
  },
  {
    id: 'global-tables-need-streams',
    says: 'that global tables always need DynamoDB Streams',
    detect: (w) => has(w, 'globaltable') && has(w, 'stream') && has(w, 'require', 'need', 'needed') && !has(w, 'mrsc', 'mrec', 'strong'),
    fact: 'Only global tables in the default **eventual consistency (MREC)** mode need a stream (`NEW_AND_OLD_IMAGES`, once there is a second replica); **strongly consistent (MRSC)** global tables work without one.',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_versions.html',
  },
];

/** The words of a section: its title and its text as read by markdown-it. */
export function sectionWords(topic: Pick<Topic, 'title' | 'body'> & { readonly text?: string }): SectionWords {
  // The notes parser already read the plain text from its token stream; parse the body only without it.
  const sequence = tokenize(`${topic.title}\n${topic.text ?? plainText(topic.body)}`);
  return { terms: new Set(sequence), sequence };
}

/** The checkable claims a section makes that are no longer (or never were) true. */
export function findContradictions(topic: Topic, claims: readonly CheckableClaim[] = CHECKABLE_CLAIMS): Contradiction[] {
  const words = sectionWords(topic);
  return claims
    .filter((claim) => claim.detect(words))
    .map((claim) => ({
      claim,
      topic,
      message: `Your note “${mdText(topic.title)}” seems to say ${claim.says}. A gentle correction: ${claim.fact} ([source](${claim.source}))`,
    }));
}
