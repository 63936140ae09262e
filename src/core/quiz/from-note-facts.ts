/**
 * Cloze questions from a note's self-contained sentences, and true/false questions from its "Not
 * supported:" lists (both ways round) and from what the data says is supported.
 */
import { RUNTIME_LIFECYCLE } from '../data/runtime-lifecycle';
import type { Topic } from '../kb/topic';
import { factOf, limitOfAnswer } from './facts';
import { containsTerm, nameDistractors, quantityDistractors, type Distractor } from './distractors';
import { explainingSentence, finish } from './explain';
import { categoryOf } from './name-categories';
import { BLANK, noteFacts, type NoteSentence } from './note-facts';
import { parseQuantity, statesQuantity } from './quantity';
import type { QuestionDraft } from './question';
import { hash32, type Random } from './random';

/** At most this many cloze questions per section. */
const MAX_CLOZE = 4;
/** A cloze sentence needs this much context besides the blank, and no more than a reader holds at once. */
const MIN_CONTEXT = 30;
const MAX_LENGTH = 240;
/** The longest bold phrase that is an answer. */
const MAX_ANSWER = 60;

/** Sentence openings that lean on the sentence before: the stem would lose its subject. */
/** A demonstrative inside the sentence ("…into those subnets"): what it points at is in another sentence. */
const REFERS_BACK = /\b(those|these|such)\s+[a-z]|\bthe (former|latter|above|previous)\b/i;
const ANAPHORA = /^(it|its|this|that|these|those|they|their|such|both|there|then|here|each|from then on|the default|the second|the first|the same|otherwise|also|anything|whatever|so)\b/i;

/**
 * Verbs the notes use. A stem needs one outside the blank; "Managed runtimes: Node.js, Python, _____" has
 * none and is a fragment, not a fact.
 */
const VERBS = new Set(
  (
    'is are was were be been being has have had can cannot must may might will would should does do did needs need uses use runs run keeps keep gives give takes take sends send reads read writes write ' +
    'stops stop lets let allows allow accepts accept checks check makes make holds hold sets set selects select decides decide rejects reject creates create deletes delete calls call waits wait sits ' +
    'lives pools pays pay raises raise consume consumes copies copy appear appears lists list fills fill validates validate places place shares share starts start avoids avoid belongs belong applies ' +
    'apply works work reaches reach receives receive stays stay becomes become replaces replace blocks block reports report means mean costs cost returns return gets get helps help exchanges exchange ' +
    'forwards forward talks talk goes go ship ships enters enter changed rose arrived publishes publish restores restore requires require expire expires survives survive grants grant connects connect ' +
    'inspects inspect identifies identify authorize authorizes carries carry describes describe trades trade retried retries measured counted removed routed priced marked stored kept named shared ' +
    'installed attached declared published deprecated blocked supported replicated billed included excluded called set used added filled created written started invoked allowed limited'
  ).split(' '),
);

function hasVerb(text: string): boolean {
  return text
    .toLowerCase()
    .replace(/`[^`]*`/g, ' ')
    .split(/[^a-z']+/)
    .some((w) => VERBS.has(w));
}

/** Words of the answer that, in the stem, would give it away ("JWT" for "JWT authorizer"). */
function distinctiveTokens(answer: string): string[] {
  return answer
    .toLowerCase()
    .replace(/`/g, '')
    .split(/[\s,;()]+/)
    .filter((w) => w.length >= 3 && !['the', 'and', 'only', 'for', 'with', 'api', 'apis'].includes(w));
}

/** Other names for the same thing: a stem that holds one gives the other away. */
const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['PAY_PER_REQUEST', 'on-demand'],
  ['PROVISIONED', 'provisioned throughput', 'ProvisionedThroughput'],
  ['MREC', 'eventual consistency', 'multi-Region eventual'],
  ['MRSC', 'strong consistency', 'multi-Region strong'],
  ['EDGE', 'edge-optimized'],
  ['PITR', 'point-in-time recovery'],
  ['JSON Web Tokens', 'JWT'],
  ['SigV4', 'Signature Version 4'],
  ['OpenAPI', 'Swagger'],
  ['ACM', 'Certificate Manager'],
  ['STANDARD_INFREQUENT_ACCESS', 'Standard-IA', 'infrequent access'],
];

const SYNONYM_INDEX = new Map<string, string[]>();
for (const group of SYNONYMS) for (const s of group) SYNONYM_INDEX.set(s.toLowerCase(), [...(SYNONYM_INDEX.get(s.toLowerCase()) ?? []), ...group.map((g) => g.toLowerCase())]);

function synonymsOf(answer: string): string[] {
  return SYNONYM_INDEX.get(answer.toLowerCase().replace(/`/g, '')) ?? [];
}

/** Why a sentence can't make a cloze for this bold phrase, or undefined. */
export function clozeProblem(sentence: NoteSentence, start: number, end: number): string | undefined {
  const answer = sentence.text.slice(start, end);
  const stem = `${sentence.text.slice(0, start)}${BLANK}${sentence.text.slice(end)}`;
  const rest = `${sentence.text.slice(0, start)} ${sentence.text.slice(end)}`;
  const restLower = rest.toLowerCase().replace(/`/g, '');
  if (answer.length < 2 || answer.length > MAX_ANSWER || answer.endsWith(':')) return 'not a fact';
  if (stem.length - BLANK.length < MIN_CONTEXT || stem.length > MAX_LENGTH) return 'too short or too long';
  if (start === 0 || !sentence.text.slice(0, start).trim()) return 'the blank is the subject';
  if (ANAPHORA.test(sentence.text)) return 'the subject is in another sentence';
  if (REFERS_BACK.test(sentence.text)) return 'it points at something in another sentence';
  if (/^[^:]{1,40}:\s/.test(sentence.text) && !hasVerb(sentence.text.slice(sentence.text.indexOf(':') + 1).replace(answer, ''))) return 'a label and a fragment';
  if (!hasVerb(rest)) return 'no verb';
  const quantity = parseQuantity(answer);
  if (quantity && statesQuantity(rest, quantity)) return 'the stem states the answer in another unit';
  if (distinctiveTokens(answer).some((w) => containsTerm(restLower, w))) return 'the stem contains the answer';
  if (synonymsOf(answer).some((s) => restLower.includes(s))) return 'the stem contains a synonym of the answer';
  const category = categoryOf(answer);
  if (category && category.members.some((m) => m.toLowerCase() !== answer.toLowerCase().replace(/`/g, '') && containsTerm(restLower, m.toLowerCase()))) return 'a list of the same kind (the order is the only clue)';
  return undefined;
}

/**
 * Cloze questions: a self-contained sentence of the note with one bold phrase blanked, distractors of
 * the answer's type (quantities of the same dimension, names of the same category).
 */
export function clozeQuestions(topic: Topic, random: Random, onRejected?: (prompt: string, problem: string) => void): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  for (const sentence of noteFacts(topic).sentences) {
    // One cloze per sentence: blanking each bold phrase of a list in turn makes near-copies of one question.
    const before = drafts.length;
    // A stem is the sentence less an answer of at most 60 characters: longer sentences can't make one, and
    // building a stem per bold span of such a sentence copied it once per span (quadratic).
    if (sentence.bolds.length && sentence.text.length - MAX_ANSWER > MAX_LENGTH) {
      onRejected?.(`${sentence.text.slice(0, MAX_LENGTH)}…`, 'too short or too long');
      continue;
    }
    for (const bold of sentence.bolds) {
      if (drafts.length > before) break;
      if (drafts.length >= MAX_CLOZE) return drafts;
      const answer = bold.text.trim();
      // "Today:" and "Changed:" are the note's labels, not part of the fact.
      const stem = `${sentence.text.slice(0, bold.start)}${BLANK}${sentence.text.slice(bold.end)}`.replace(/^(Today|Changed):\s+(.)/, (_m, _label: string, c: string) => c.toUpperCase());
      const problem = clozeProblem(sentence, bold.start, bold.end);
      if (problem) {
        onRejected?.(stem, problem);
        continue;
      }
      const quantity = parseQuantity(answer);
      const bare = quantity && /^[\d,.]+\s*[A-Za-z]*$/.test(answer.replace(/`/g, ''));
      const limitId = bare ? limitOfAnswer(topic, answer) : undefined;
      let distractors: Distractor[] | undefined;
      if (quantity && bare) distractors = quantityDistractors(quantity, 3, random, { limitId, stem });
      else if (!quantity) distractors = nameDistractors(answer, stem, 3, random);
      if (!distractors || distractors.length < 2) {
        onRejected?.(stem, 'no distractors of the answer’s type');
        continue;
      }
      drafts.push({
        kind: 'cloze',
        prompt: `${topic.title}: fill in the blank. ${stem}`,
        answer,
        distractors: distractors.map((d) => d.text),
        // The sentence itself: it is self-contained (checked above), and the rest of its paragraph may be about something else.
        explanation: finish(sentence.text),
        whyLine: sentence.line,
        fact: factOf(topic, answer),
      });
    }
  }
  return drafts;
}

/** Singular or plural verb for a section title ("CloudFront Functions support", "Lambda@Edge supports"). */
function supports(title: string, negated: boolean): string {
  const plural = /s$/.test(title) && !/SnapStart$/.test(title) && !/Lambda$/.test(title);
  if (negated) return plural ? 'do not support' : 'does not support';
  return plural ? 'support' : 'supports';
}

/**
 * True/false statements. Every "Not supported:" item is asked once, alternately as "X supports item"
 * (false) and "X does not support item" (true), so the bank stays balanced; items whose bracket qualifies
 * them ("(except the reserved ones)") are skipped, since flipping them inverts the bracket too.
 */
export function trueFalseQuestions(topic: Topic): QuestionDraft[] {
  const items = noteFacts(topic).notSupported.filter((n) => !/\((except|other than)\b/i.test(n.text) && !/\bexcept\b/i.test(n.text));
  const all = noteFacts(topic).notSupported.map((n) => n.text.replace(/\s*\([^)]*\)/g, ''));
  const offset = hash32(topic.id) & 1;
  return items.map((item, i) => {
    const negated = (i + offset) % 2 === 0;
    const others = all.filter((x) => x !== item.text.replace(/\s*\([^)]*\)/g, ''));
    return {
      kind: 'true-false' as const,
      prompt: `True or false: ${topic.title} ${supports(topic.title, negated)} ${item.text}.`,
      answer: negated ? 'True' : 'False',
      distractors: [negated ? 'False' : 'True'],
      fixedOrder: ['True', 'False'],
      explanation: `${topic.title} ${supports(topic.title, true)} ${item.text}${others.length ? `; the note’s “Not supported” list also names ${others.join(', ')}` : ''}.`,
      whyLine: item.line,
      fact: `tf:${topic.id}:${item.text.toLowerCase()}`,
      about: item.text,
    };
  });
}

/**
 * True statements from the data: the runtimes SnapStart supports (the newest of each family that has
 * it), asked on the topic that explains SnapStart.
 */
export function supportedTrueFalse(topic: Topic): QuestionDraft[] {
  if (topic.id !== 'lambda-snapstart') return [];
  const newest = new Map<string, string>();
  for (const r of RUNTIME_LIFECYCLE) if (r.snapStart) newest.set(r.family, r.id);
  return [...newest.values()].map((id) => {
    const prompt = `True or false: ${topic.title} works on the \`${id}\` runtime.`;
    const why = explainingSentence(topic, 'Java 11+', 'SnapStart runtimes Java Python .NET');
    return {
      kind: 'true-false' as const,
      prompt,
      answer: 'True',
      distractors: ['False'],
      fixedOrder: ['True', 'False'],
      explanation: why?.text ?? `${topic.title} supports \`${id}\`.`,
      whyLine: why?.line,
      fact: `tf:${topic.id}:runtime:${id}`,
    };
  });
}
