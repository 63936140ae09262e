/**
 * A BM25 search index over note sections, bundled and the user's. It answers two questions: which sections
 * explain a hover target (`sectionsFor`, from the resource type and property, no annotations needed) and
 * which sections match what someone typed (`search`). Sections are indexed once, from the plain text the
 * notes parser already read ({@link ParsedTopic.text}); a lookup scores only the sections holding its terms.
 */
import type { HoverTarget } from '../sources/source';
import type { ParsedTopic } from './parse-notes';
import { PostingsIndex, type PostingsQueryTerm } from './search-postings';
import { plainText, splitIdentifier, tokenize } from './search-text';
import { propertyWords, serviceWords } from './search-vocabulary';
import type { Topic } from './topic';

/** A section found by a search, with its BM25 score (higher is better). */
export interface SectionHit {
  readonly topic: Topic;
  readonly score: number;
}

/** Options of {@link NotesSearchIndex.sectionsFor}. */
export interface SectionsForOptions {
  /** Only sections of this origin (hovers ask for the user's sections; the bundled note comes from its marker). */
  readonly origin?: Topic['origin'];
  /**
   * Words for features the hovered resource has configured (e.g. `ttl` for a table with
   * `TimeToLiveSpecification`), used when the hover is on the resource rather than one property.
   */
  readonly featureWords?: string;
}

/** A hit scoring below this share of the best hit is not shown for a hover. */
const RELATIVE_CUTOFF = 0.5;
/** Cached hover lookups kept at most. */
const CACHE_SIZE = 500;
/** Field weights: title, text, file name. */
const FIELD_BOOSTS = [3, 1, 1];
/** Weight of a property's (or feature's) words against the service's in a hover lookup. */
const ASPECT_BOOST = 3;

/** Marks of a hover query term: which group it came from and which word set it belongs to. */
const SERVICE_GROUP = 1;
const ASPECT_GROUP = 2;
const SERVICE_TERM = 4;
const ASPECT_TERM = 8;

/** A topic, with its plain text when the notes parser provided it. */
type IndexableTopic = Topic & Partial<Pick<ParsedTopic, 'text'>>;

/** Search index over topics; files can be replaced one at a time when a notes file changes. */
export class NotesSearchIndex {
  private readonly postings = new PostingsIndex(FIELD_BOOSTS);
  private readonly topicsByKey = new Map<number, Topic>();
  private readonly keysByFile = new Map<string, number[]>();
  /** Sections a marker pins to a resource type (`resources=...`), in index order. */
  private readonly pinnedByType = new Map<string, Set<number>>();
  private nextKey = 1;
  /** Hovers ask about the same few targets again and again; answers hold until the index changes. */
  private readonly cache = new Map<string, Topic[]>();

  constructor(topics: readonly IndexableTopic[] = []) {
    this.addTopics(topics);
  }

  /** Every indexed topic, in the order files were added. */
  get topics(): Topic[] {
    return [...this.topicsByKey.values()];
  }

  /** Replaces the sections of one notes file (none: removes it). */
  setFile(uri: string, topics: readonly IndexableTopic[]): void {
    this.cache.clear();
    const old = this.keysByFile.get(uri);
    if (old) {
      for (const key of old) {
        this.postings.remove(key);
        for (const type of this.topicsByKey.get(key)?.resources ?? []) this.pinnedByType.get(type)?.delete(key);
        this.topicsByKey.delete(key);
      }
      this.keysByFile.delete(uri);
    }
    this.addTopics(topics.filter((t) => t.uri === uri));
  }

  private addTopics(topics: readonly IndexableTopic[]): void {
    const fileTerms = new Map<string, string[]>();
    for (const topic of topics) {
      const key = this.nextKey++;
      this.topicsByKey.set(key, topic);
      const keys = this.keysByFile.get(topic.uri) ?? [];
      keys.push(key);
      this.keysByFile.set(topic.uri, keys);
      for (const type of topic.resources) {
        const pinned = this.pinnedByType.get(type) ?? new Set<number>();
        pinned.add(key);
        this.pinnedByType.set(type, pinned);
      }
      let file = fileTerms.get(topic.uri);
      if (!file) fileTerms.set(topic.uri, (file = tokenize(fileWords(topic.uri))));
      this.postings.add(key, [tokenize(topic.title), tokenize(topic.text ?? plainText(topic.body)), file]);
    }
  }

  /** Sections matching free text, best first. */
  search(query: string, limit = 20): SectionHit[] {
    const terms = new Map<string, number>();
    for (const term of tokenize(query)) terms.set(term, (terms.get(term) ?? 0) + 1);
    const scored = this.postings.score(
      [...terms].map(([term, count]) => ({ term, boost: count, marks: 0 })),
      () => true,
    );
    return bestFirst(scored)
      .slice(0, limit)
      .flatMap((r) => {
        const topic = this.topicsByKey.get(r.key);
        return topic ? [{ topic, score: r.score }] : [];
      });
  }

  /**
   * Sections that explain a hover target, best first: sections pinned to the resource type by a marker
   * (`<!-- serverless-notes: resources=... -->`), then sections whose words name the service and, for a
   * property, the property (its name, words and aliases: `TimeToLiveSpecification` finds "DynamoDB TTL").
   */
  sectionsFor(target: Pick<HoverTarget, 'resourceType' | 'property'>, limit = 2, options: SectionsForOptions = {}): Topic[] {
    const key = `${target.resourceType}|${target.property ?? ''}|${limit}|${options.origin ?? ''}|${options.featureWords ?? ''}`;
    const cached = this.cache.get(key);
    if (cached) return [...cached];
    const found = this.findSections(target, limit, options);
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(key, found);
    return [...found];
  }

  /** Forgets cached lookups (after any change to the index). */
  clearCache(): void {
    this.cache.clear();
  }

  private findSections(target: Pick<HoverTarget, 'resourceType' | 'property'>, limit: number, options: SectionsForOptions): Topic[] {
    const wanted = (t: Topic) => !options.origin || t.origin === options.origin;
    const pinned: Topic[] = [];
    for (const key of this.pinnedByType.get(target.resourceType) ?? []) {
      const t = this.topicsByKey.get(key);
      if (t && wanted(t) && (!target.property || t.properties.length === 0 || t.properties.includes(target.property))) pinned.push(t);
    }
    if (pinned.length >= limit) return pinned.slice(0, limit);
    const service = new Set(tokenize(serviceWords(target.resourceType)));
    const aspect = new Set(tokenize(target.property ? propertyWords(target.property, splitIdentifier) : (options.featureWords ?? '')));
    for (const term of service) aspect.delete(term);
    if (service.size + aspect.size === 0) return pinned;
    // Service AND (for a property) aspect: only sections holding a word of each can qualify.
    const both = !!target.property && aspect.size > 0 && service.size > 0;
    const query = hoverQuery(service, aspect, both);
    const scored = this.postings.score(query, (key) => {
      const topic = this.topicsByKey.get(key);
      return !!topic && wanted(topic) && topic.resources.length === 0;
    });
    const results = both ? scored.filter((r) => (r.marks & (SERVICE_GROUP | ASPECT_GROUP)) === (SERVICE_GROUP | ASPECT_GROUP)) : scored;
    let best = 0;
    for (const r of results) if (r.score > best) best = r.score;
    const hits: Topic[] = [];
    // Far weaker matches only share a common word ("time" in "point-in-time"): leave them out.
    for (const r of bestFirst(results.filter((r) => r.score >= best * RELATIVE_CUTOFF))) {
      // Must be about the service, and (when asked about one aspect) about that aspect.
      if (service.size && !(r.marks & SERVICE_TERM)) continue;
      if (target.property && aspect.size && !(r.marks & ASPECT_TERM)) continue;
      const topic = this.topicsByKey.get(r.key);
      if (topic) hits.push(topic);
      if (pinned.length + hits.length >= limit) break;
    }
    return [...pinned, ...hits].slice(0, limit);
  }
}

/**
 * Query terms for a hover: each service and aspect word, read again by the tokenizer (so an alias word
 * such as `ttl` counts twice, as it does in the sections), aspect words weighing {@link ASPECT_BOOST}.
 * With `both`, only sections matching a service term are scored: the aspect's terms narrow.
 */
function hoverQuery(service: ReadonlySet<string>, aspect: ReadonlySet<string>, both: boolean): PostingsQueryTerm[] {
  const terms = new Map<string, { boost: number; marks: number }>();
  const add = (words: ReadonlySet<string>, group: number) => {
    for (const word of words) {
      for (const term of tokenize(word)) {
        const entry = terms.get(term) ?? { boost: 0, marks: 0 };
        entry.boost += aspect.has(term) ? ASPECT_BOOST : 1;
        entry.marks |= group | (service.has(term) ? SERVICE_TERM : 0) | (aspect.has(term) ? ASPECT_TERM : 0);
        terms.set(term, entry);
      }
    }
  };
  add(service, SERVICE_GROUP);
  add(aspect, ASPECT_GROUP);
  const query = [...terms].map(([term, { boost, marks }]) => ({ term, boost, marks, narrow: both && !(marks & SERVICE_GROUP) }));
  // Terms that may add sections first, narrowing ones after them.
  return query.sort((a, b) => Number(a.narrow) - Number(b.narrow));
}

/** Highest score first; equal scores in index order. */
function bestFirst<T extends { readonly key: number; readonly score: number }>(results: T[]): T[] {
  return results.sort((a, b) => b.score - a.score || a.key - b.key);
}

/** A file's base name as words, so "dynamodb.md" counts as being about DynamoDB. */
function fileWords(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ');
}
