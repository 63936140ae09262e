/**
 * A small inverted index for note search: term -> per-field postings (section keys with term frequencies),
 * scored with BM25+ ({@link bm25}). A query only touches the postings of its own terms, so a hover lookup
 * costs in proportion to the sections that mention the service or property, not to the whole index.
 */
import { bm25Idf, bm25Tf } from './search-bm25';

/** One term of a query. */
export interface PostingsQueryTerm {
  readonly term: string;
  /** Multiplies the term's score (a term given twice counts twice). */
  readonly boost: number;
  /** Caller-defined bits, OR-ed into {@link ScoredKey.marks} of every section the term matches. */
  readonly marks: number;
  /**
   * Only adds to sections an earlier term of the query matched (for an AND of term groups: give the
   * first group's terms first, the other group's narrowing). Saves scoring sections that cannot qualify.
   */
  readonly narrow?: boolean;
}

/** A section that matched a query. */
export interface ScoredKey {
  readonly key: number;
  /** Sum of the matched terms' BM25+ scores, times the number of distinct query terms matched. */
  readonly score: number;
  /** OR of the marks of the matched query terms. */
  readonly marks: number;
}

/** Term -> postings per field; sections are added and removed by key. */
export class PostingsIndex {
  /** Each term seen gets a small number; postings live in arrays at `termId * fields + field`. */
  private readonly termIds = new Map<string, number>();
  /** Section keys per term and field, ascending (keys only grow, so appending keeps them sorted). */
  private readonly keys: number[][] = [];
  /** Term frequencies, parallel to {@link keys}. */
  private readonly tfs: number[][] = [];
  /** Distinct terms per field of each section (BM25 field length), at `key * fields + field`. */
  private readonly lengths: number[] = [];
  /** The term ids of each section (a term in two fields twice), to remove it again. */
  private readonly termsByKey = new Map<number, number[]>();
  private readonly totalLength: number[];
  private readonly fields: number;
  /** Scratch term counts of the field being added, by term id. */
  private counts = new Int32Array(0);
  private scores = new Float64Array(0);
  private quality = new Int32Array(0);
  private marks = new Int32Array(0);
  private lastTerm = new Int32Array(0);
  /** `stamp[key] === generation`: touched by the current query; negative: touched and not accepted. */
  private stamp = new Int32Array(0);
  private generation = 0;

  /** @param fieldBoosts one weight per field, in the order fields are given to {@link add}. */
  constructor(private readonly fieldBoosts: readonly number[]) {
    this.fields = fieldBoosts.length;
    this.totalLength = fieldBoosts.map(() => 0);
  }

  /** Sections indexed. */
  get size(): number {
    return this.termsByKey.size;
  }

  /** Indexes a section: one list of terms per field (repeats count as term frequency). Keys must grow. */
  add(key: number, fields: ReadonlyArray<readonly string[]>): void {
    const ids: number[] = [];
    for (let f = 0; f < this.fields; f++) {
      const first = ids.length;
      for (const term of fields[f] ?? []) {
        const id = this.termId(term);
        if (this.counts[id]++ === 0) ids.push(id);
      }
      this.lengths[key * this.fields + f] = ids.length - first;
      this.totalLength[f] += ids.length - first;
      for (let i = first; i < ids.length; i++) {
        const id = ids[i];
        const slot = id * this.fields + f;
        let keys = this.keys[slot];
        if (!keys) {
          keys = this.keys[slot] = [];
          this.tfs[slot] = [];
        }
        keys.push(key);
        this.tfs[slot].push(this.counts[id]);
        this.counts[id] = 0;
      }
    }
    this.termsByKey.set(key, ids);
  }

  /** Forgets a section. */
  remove(key: number): void {
    const ids = this.termsByKey.get(key);
    if (!ids) return;
    this.termsByKey.delete(key);
    for (let f = 0; f < this.fields; f++) this.totalLength[f] -= this.lengths[key * this.fields + f] ?? 0;
    for (const id of ids) {
      for (let f = 0; f < this.fields; f++) {
        const slot = id * this.fields + f;
        const keys = this.keys[slot];
        const at = keys ? indexOfSorted(keys, key) : -1;
        if (at < 0) continue;
        keys.splice(at, 1);
        this.tfs[slot].splice(at, 1);
      }
    }
  }

  /**
   * Scores the sections matching any query term and accepted by `accept` (asked once per section).
   * Terms should be distinct: merge repeats into `boost`. Results are unordered.
   */
  score(query: readonly PostingsQueryTerm[], accept: (key: number) => boolean): ScoredKey[] {
    const count = this.termsByKey.size;
    if (count === 0) return [];
    const gen = this.nextGeneration();
    const touched: number[] = [];
    for (let q = 0; q < query.length; q++) {
      const { term, boost, marks, narrow } = query[q];
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      for (let f = 0; f < this.fields; f++) {
        const keys = this.keys[id * this.fields + f];
        if (!keys || keys.length === 0) continue;
        const tfs = this.tfs[id * this.fields + f];
        const avgLength = this.totalLength[f] / count;
        const weight = boost * this.fieldBoosts[f];
        // The log of the idf once per term and field, not per posting (it was most of a lookup's time).
        const idf = bm25Idf(keys.length, count);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const stamp = this.stamp[key];
          if (stamp === -gen) continue;
          if (stamp !== gen) {
            if (narrow) continue;
            if (!accept(key)) {
              this.stamp[key] = -gen;
              continue;
            }
            this.stamp[key] = gen;
            this.scores[key] = 0;
            this.quality[key] = 0;
            this.marks[key] = 0;
            this.lastTerm[key] = -1;
            touched.push(key);
          }
          this.scores[key] += weight * (idf * bm25Tf(tfs[i], this.lengths[key * this.fields + f], avgLength));
          if (this.lastTerm[key] !== q) {
            this.lastTerm[key] = q;
            this.quality[key]++;
            this.marks[key] |= marks;
          }
        }
      }
    }
    return touched.map((key) => ({ key, score: this.scores[key] * this.quality[key], marks: this.marks[key] }));
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      if (id >= this.counts.length) {
        const grown = new Int32Array(Math.max(1024, this.counts.length * 2));
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return id;
  }

  /** Starts a query: grows the scratch buffers to the largest key and returns a fresh stamp. */
  private nextGeneration(): number {
    const needed = this.lengths.length / this.fields + 1;
    if (this.stamp.length < needed) {
      const size = Math.max(needed, this.stamp.length * 2, 64);
      this.scores = new Float64Array(size);
      this.quality = new Int32Array(size);
      this.marks = new Int32Array(size);
      this.lastTerm = new Int32Array(size);
      this.stamp = new Int32Array(size);
      this.generation = 0;
    }
    if (this.generation >= 0x3fffffff) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

function indexOfSorted(keys: readonly number[], key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] === key) return mid;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
