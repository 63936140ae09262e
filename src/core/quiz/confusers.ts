/**
 * The quiz's name for the limits' confusers, which live as data beside the limits table
 * (src/core/data/limit-confusers.ts) and are shared with the claims checker.
 */
export { LIMIT_CONFUSERS as CONFUSERS, type LimitConfuser as Confuser } from '../data/limit-confusers';
