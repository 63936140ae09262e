/**
 * BM25+ relevance of one term in one field of one section, with the parameters the notes search has always
 * used (those of minisearch, which it replaced): k = 1.2, b = 0.7, d = 0.5.
 */

const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * BM25+ score of a term in a field.
 * @param termFreq times the term occurs in the field
 * @param matching sections whose field holds the term
 * @param total sections in the index
 * @param fieldLength distinct terms in this section's field
 * @param avgFieldLength mean of `fieldLength` over all sections
 */
export function bm25(termFreq: number, matching: number, total: number, fieldLength: number, avgFieldLength: number): number {
  return bm25Idf(matching, total) * bm25Tf(termFreq, fieldLength, avgFieldLength);
}

/** The inverse document frequency part of {@link bm25}: one per term and field, not per posting. */
export function bm25Idf(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** The term frequency part of {@link bm25}: `bm25(...) === bm25Idf(...) * bm25Tf(...)`. */
export function bm25Tf(termFreq: number, fieldLength: number, avgFieldLength: number): number {
  return D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength));
}
