/**
 * A BM25 search index (minisearch) over note sections, bundled and the user's. It answers two questions:
 * which sections explain a hover target (`sectionsFor`, from the resource type and property, no
 * annotations needed) and which sections match what someone typed (`search`).
 */
import MiniSearch, { type Query } from 'minisearch';
import type { HoverTarget } from '../sources/source';
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

interface IndexedSection {
  readonly key: number;
  readonly title: string;
  readonly text: string;
  readonly file: string;
}

/** Search index over topics; files can be replaced one at a time when a notes file changes. */
export class NotesSearchIndex {
  private readonly mini: MiniSearch<IndexedSection>;
  private readonly topicsByKey = new Map<number, Topic>();
  private readonly keysByFile = new Map<string, number[]>();
  private nextKey = 1;
  /** Hovers ask about the same few targets again and again; answers hold until the index changes. */
  private readonly cache = new Map<string, Topic[]>();

  constructor(topics: readonly Topic[] = []) {
    this.mini = new MiniSearch<IndexedSection>({
      idField: 'key',
      fields: ['title', 'text', 'file'],
      tokenize,
      processTerm: (term) => term,
      searchOptions: { tokenize, processTerm: (term) => term, boost: { title: 3 }, prefix: false, fuzzy: false },
    });
    this.addTopics(topics);
  }

  /** Every indexed topic, in the order files were added. */
  get topics(): Topic[] {
    return [...this.topicsByKey.values()];
  }

  /** Replaces the sections of one notes file (none: removes it). */
  setFile(uri: string, topics: readonly Topic[]): void {
    this.cache.clear();
    const old = this.keysByFile.get(uri);
    if (old) {
      this.mini.discardAll(old);
      for (const key of old) this.topicsByKey.delete(key);
      this.keysByFile.delete(uri);
    }
    this.addTopics(topics.filter((t) => t.uri === uri));
  }

  private addTopics(topics: readonly Topic[]): void {
    const docs: IndexedSection[] = [];
    for (const topic of topics) {
      const key = this.nextKey++;
      this.topicsByKey.set(key, topic);
      const keys = this.keysByFile.get(topic.uri) ?? [];
      keys.push(key);
      this.keysByFile.set(topic.uri, keys);
      docs.push({ key, title: topic.title, text: plainText(topic.body), file: fileWords(topic.uri) });
    }
    this.mini.addAll(docs);
  }

  /** Sections matching free text, best first. */
  search(query: string, limit = 20): SectionHit[] {
    return this.mini
      .search(query, { combineWith: 'OR' })
      .slice(0, limit)
      .flatMap((r) => {
        const topic = this.topicsByKey.get(r.id as number);
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
    const pinned = [...this.topicsByKey.values()].filter(
      (t) => wanted(t) && t.resources.includes(target.resourceType) && (!target.property || t.properties.length === 0 || t.properties.includes(target.property)),
    );
    const service = new Set(tokenize(serviceWords(target.resourceType)));
    const aspect = new Set(tokenize(target.property ? propertyWords(target.property, splitIdentifier) : (options.featureWords ?? '')));
    for (const term of service) aspect.delete(term);
    const terms = [...service, ...aspect];
    if (terms.length === 0) return pinned.slice(0, limit);
    // Service AND (for a property) aspect: the engine only scores sections that can qualify.
    const query: Query =
      target.property && aspect.size && service.size
        ? { combineWith: 'AND', queries: [{ combineWith: 'OR', queries: [...service] }, { combineWith: 'OR', queries: [...aspect] }] }
        : { combineWith: 'OR', queries: terms };
    const results = this.mini.search(query, {
      boostTerm: (term) => (aspect.has(term) ? 3 : 1),
      filter: (r) => {
        const topic = this.topicsByKey.get(r.id as number);
        return !!topic && wanted(topic) && topic.resources.length === 0;
      },
    });
    const hits: Topic[] = [];
    const best = results[0]?.score ?? 0;
    for (const r of results) {
      // Far weaker matches only share a common word ("time" in "point-in-time"): leave them out.
      if (r.score < best * RELATIVE_CUTOFF) break;
      const matched = Object.keys(r.match);
      // Must be about the service, and (when asked about one aspect) about that aspect.
      if (service.size && !matched.some((m) => service.has(m))) continue;
      if (target.property && aspect.size && !matched.some((m) => aspect.has(m))) continue;
      const topic = this.topicsByKey.get(r.id as number);
      if (topic) hits.push(topic);
    }
    return [...pinned, ...hits].slice(0, limit);
  }
}

/** A file's base name as words, so "dynamodb.md" counts as being about DynamoDB. */
function fileWords(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ');
}
