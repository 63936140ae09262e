/**
 * What makes an explanation teach (issue 19): it stands alone on a flashcard (no "Changed:"/"Today:" label,
 * no "the note's list"), it is more than one line copied from the note, and it says why a tempting wrong
 * option is wrong, which shows as a distinctive word or number of a wrong option inside the explanation.
 */

/** Labels and references that mean nothing on a card of their own. */
export const CARD_LABEL = /(^|[.!?]\s+|\*\*)(Changed|Today|Old|Now|Note|Update):|\b(the|this) note['’]s\b|\bthe list above\b|\bsee (the|this) note\b|\bsee above\b/i;

const STOP = new Set('the a an of to in on for and or is are be by with what which how when where who why does do can may it its this that from as at than not one has have get gets into out more most less least only only each every all any no yes'.split(' '));

/** Distinctive words (4+ letters, or code) and numbers of a text, lower case. */
export function distinctiveTerms(text: string): Set<string> {
  const lower = text.toLowerCase().replace(/[`*_]/g, '');
  const terms = new Set<string>();
  for (const m of lower.matchAll(/[a-z][a-z0-9.:$/-]*[a-z0-9]|\d[\d,.]*/g)) {
    const t = m[0];
    if (STOP.has(t)) continue;
    if (/^\d/.test(t) || t.length >= 4) terms.add(t);
  }
  return terms;
}

/** Whether the explanation talks about at least one wrong option (a term of it that neither the key nor the stem has). */
export function hasDistractorRationale(item: { question: string; options: readonly string[]; answerIndexes: readonly number[]; explanation: string }): boolean {
  const keys = new Set(item.answerIndexes);
  const known = new Set([...distinctiveTerms(item.question), ...item.answerIndexes.flatMap((i) => [...distinctiveTerms(item.options[i])])]);
  const explained = distinctiveTerms(item.explanation);
  return item.options.some((o, i) => !keys.has(i) && [...distinctiveTerms(o)].some((t) => !known.has(t) && explained.has(t)));
}
