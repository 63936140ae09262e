/**
 * The why of a card: the note's own sentence that explains the answer (and its line, for a link), found by
 * what it shares with the question — the answer stated in any unit, the stem's distinctive words.
 */
import type { Topic } from '../kb/topic';
import { containsTerm } from './distractors';
import { noteFacts } from './note-facts';
import { parseQuantity, statesQuantity, type Quantity } from './quantity';

export interface Why {
  readonly text: string;
  /** 0-based line of the sentence in the note file. */
  readonly line: number;
}

const STOP = new Set('a an the of to in on for and or is are be by with what which how when where who why does do can may must its it this that from as at than not one has have get gets your you into out more most less least'.split(' '));

/** Lower-case words of 3+ characters (code kept), minus stop words. */
export function significantWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[`*]/g, '')
      .split(/[^a-z0-9_.$/@+:-]+/)
      .map((w) => w.replace(/^[.:-]+|[.:-]+$/g, ''))
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );
}

/** How well a sentence (lower case, no backticks) explains the answer to the question. */
function score(lower: string, answer: { text: string; quantity?: Quantity; words: Set<string> }, promptWords: Set<string>): number {
  let s = 0;
  if (answer.quantity ? statesQuantity(lower, answer.quantity) : containsTerm(lower, answer.text)) s += 6;
  else for (const w of answer.words) if (lower.includes(w)) s += 1.5;
  for (const w of promptWords) if (lower.includes(w)) s += 1;
  return s;
}

interface Candidate {
  /** What the card shows. */
  readonly text: string;
  /** What is scored: lower case, without backticks. */
  readonly lower: string;
  readonly line: number;
  readonly penalty: number;
}

/** Words outside inline code. */
function proseWords(text: string): number {
  return text.replace(/`[^`]*`/g, ' ').split(/\s+/).filter((w) => /[a-z]{2,}/i.test(w)).length;
}

/** Openings whose subject is in the sentence before. */
const LEANS_ON_BEFORE = /^(it|this|that|these|those|they|such|anything that needs these)\b/i;

const candidateCache = new WeakMap<Topic, readonly Candidate[]>();

/** The note's sentences as explanations, prepared once per section (every question of it scores them all). */
function candidates(topic: Topic): readonly Candidate[] {
  let hit = candidateCache.get(topic);
  if (hit) return hit;
  hit = noteFacts(topic)
    .sentences.filter((s) => !/^Source:/.test(s.block))
    .map((s) => {
      const scored = s.block.length <= 260 ? s.block : s.text;
      return {
        // A list item under "Not supported:" reads as a bare noun phrase; say where it comes from.
        text: s.listLead && !/[.!?]$/.test(s.block) ? `${s.listLead} ${s.block}` : scored,
        lower: scored.toLowerCase().replace(/`/g, ''),
        line: s.line,
        // A lead-in ("… decides how clients reach it:") explains nothing by itself, a table cell of ids
        // ("`python3.13`, `python3.14`") or a sentence that leans on the one before ("Anything that needs these")
        // not much more.
        penalty: (/:$/.test(s.block) ? 4 : 0) + (proseWords(scored) < 2 ? 4 : 0) + (LEANS_ON_BEFORE.test(s.text) ? 2 : 0),
      };
    });
  candidateCache.set(topic, hit);
  return hit;
}

/**
 * The sentence (or the whole short list item) of the note that best explains the answer; undefined when no
 * sentence shares anything with it.
 */
export function explainingSentence(topic: Topic, answer: string, prompt: string, options: { minScore?: number } = {}): Why | undefined {
  const promptWords = significantWords(prompt);
  const a = { text: answer.toLowerCase().replace(/`/g, ''), quantity: parseQuantity(answer), words: significantWords(answer) };
  let best: { text: string; line: number; score: number } | undefined;
  for (const c of candidates(topic)) {
    const value = score(c.lower, a, promptWords) - c.penalty;
    if (!best || value > best.score) best = { text: c.text, line: c.line, score: value };
  }
  if (!best || best.score < (options.minScore ?? 3)) return undefined;
  return { text: finish(best.text), line: best.line };
}

/**
 * A note's history label ("Changed:", "Today:") means something next to the outdated line it corrects, not
 * on a flashcard of its own: the card keeps the statement without it.
 */
const NOTE_LABEL = /^(\*\*)?(Changed|Today|Old|Now|Update|Note):(\*\*)?\s*/i;

/** Capitalised, ending with a full stop, without a note's history label. */
export function finish(text: string): string {
  const t = text.trim().replace(NOTE_LABEL, '').replace(/[;:,]$/, '');
  const capital = /^[a-z]/.test(t) ? t[0].toUpperCase() + t.slice(1) : t;
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}
