import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIMIT_CONFUSERS } from '../../src/core/data/limit-confusers';
import { LIMIT_WORDS, type LimitWords } from '../../src/core/data/limit-words';
import { findOutdatedClaims } from '../../src/core/kb/claims/find-outdated-claims';
import { formatAmount, limitBase, parseQuantities, sameAmount } from '../../src/core/kb/claims/quantity';
import { LIMITS, type LimitId } from '../../src/core/limits';

/**
 * Phrasings rendered from data: for every limit the claims checker reads (src/core/data/limit-words.ts),
 * the true value and each old or neighbouring value beside it (src/core/data/limit-confusers.ts) are written
 * a dozen ways — digits, words, another unit, a fraction, a table row, a fragment, an "IIRC" and a "?" aside.
 * Every true one passes; every confuser is flagged, and its fix writes today's value.
 */
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 10240 -> "ten thousand two hundred forty", 256 -> "two hundred fifty-six". */
function inWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return undefined;
  const below1000 = (x: number): string[] => {
    const out: string[] = [];
    if (x >= 100) out.push(SMALL[Math.floor(x / 100)], 'hundred');
    const r = x % 100;
    if (r >= 20) out.push(TENS[Math.floor(r / 10)] + (r % 10 ? `-${SMALL[r % 10]}` : ''));
    else if (r > 0 || !out.length) out.push(SMALL[r]);
    return out;
  };
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return [...(thousands ? [...below1000(thousands), 'thousand'] : []), ...(rest || !thousands ? below1000(rest) : [])].join(' ');
}

const UNIT_WORDS: Record<string, string> = { s: 'seconds', min: 'minutes', h: 'hours', days: 'days', ms: 'milliseconds', bytes: 'bytes', KB: 'KB', MB: 'megabytes', GB: 'gigs' };

/** Ways to write one amount: digits in two units, words, long unit names, a fraction of a unit. */
function amounts(base: number, dimension: 'time' | 'size'): string[] {
  const out = new Set<string>();
  const units = dimension === 'size' ? ['bytes', 'KB', 'MB', 'GB'] : ['s', 'min', 'h', 'days'];
  for (const u of units) {
    const text = formatAmount(base, dimension, u);
    const [num, unit] = text.split(' ');
    const n = Number(num.replace(/,/g, ''));
    if (unit !== u || n > 100_000) continue;
    out.add(text);
    if (Number.isInteger(n)) {
      const words = inWords(n);
      if (words) out.add(`${words} ${UNIT_WORDS[u]}`);
    }
  }
  if (dimension === 'size' && sameAmount(base, 256 * 1024)) out.add('a quarter of a meg');
  if (dimension === 'size' && sameAmount(base, 512 * 1024 ** 2)) out.add('half a gig');
  return [...out];
}

const CUES: Record<LimitWords['role'], readonly string[]> = {
  max: ['is at most', 'tops out at', 'can be up to', 'maxes out at'],
  min: ['is at least', 'can be as low as', 'starts at a minimum of', 'is no less than'],
  default: ['defaults to', 'is by default', 'starts out at the default of', 'is, by default,'],
};

/** A dozen sentences stating `amount` for the row, as notes write them. */
function phrasings(words: LimitWords, amount: string): string[] {
  const subject = [words.qualifier?.[0], words.service[0], words.names[0]].filter(Boolean).join(' ');
  const [cue, ...others] = CUES[words.role];
  return [
    `${subject} ${cue} ${amount}.`,
    ...others.map((c) => `${subject} ${c} ${amount}.`),
    `IIRC ${subject} ${cue} ${amount}.`,
    `${subject} ${cue} ${amount} (or is it? I think so).`,
    `${subject} ${cue} ${amount}, if I remember the docs right`,
    `- ${subject} (${words.role}): ${amount}`,
    `${words.role} ${subject} = ${amount}`,
    `| ${subject} (${words.role}) | ${amount} |`,
  ];
}

interface Case {
  readonly id: LimitId;
  readonly text: string;
  readonly outdated: boolean;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const id of Object.keys(LIMIT_WORDS) as LimitId[]) {
    const words: LimitWords = LIMIT_WORDS[id];
    if (words.notAClaim || words.factor) continue;
    const limit = LIMITS[id];
    const { dimension, base } = limitBase(limit.value, limit.unit);
    if (dimension === 'count') {
      out.push(...countCases(id, words, base));
      continue;
    }
    if (dimension === 'factor') continue;
    const siblings = (Object.keys(LIMIT_WORDS) as LimitId[]).filter((o) => LIMIT_WORDS[o].subject === words.subject).map((o) => limitBase(LIMITS[o].value, LIMITS[o].unit).base);
    for (const amount of amounts(base, dimension)) for (const text of phrasings(words, amount)) out.push({ id, text, outdated: false });
    for (const c of LIMIT_CONFUSERS[id] ?? []) {
      const [q] = parseQuantities(`${c.value} ${c.unit}`);
      // A confuser that is another row's value of the same subject may be true under another reading.
      if (!q || q.dimension !== dimension || siblings.some((b) => sameAmount(b, q.base))) continue;
      for (const amount of amounts(q.base, q.dimension)) for (const text of phrasings(words, amount)) out.push({ id, text, outdated: true });
    }
  }
  return out;
}

/** Counts sit next to what they count ("at most five layers"): their own phrasings. */
function countCases(id: LimitId, words: LimitWords, value: number): Case[] {
  const render = (n: number) => [String(n), n >= 1000 ? n.toLocaleString('en-US') : '', inWords(n) ?? ''].filter(Boolean);
  const say = (n: number) =>
    render(n).flatMap((amount) => [
      `${words.service[0]}: ${CUES[words.role][0]} ${amount} ${words.names[0]}.`,
      `IIRC ${words.service[0]} allows ${words.role === 'max' ? 'up to ' : ''}${amount} ${words.names[0]}.`,
      `- ${words.service[0]} ${words.names[0]} (${words.role}): ${amount}`,
    ]);
  const out: Case[] = say(value).map((text) => ({ id, text, outdated: false }));
  for (const c of LIMIT_CONFUSERS[id] ?? []) if (c.unit === '' && c.value !== value && c.value > 1) out.push(...say(c.value).map((text) => ({ id, text, outdated: true })));
  return out;
}

const TABLE_HEADER = '| what | value |\n|---|---|\n';

describe('claims rendered from the limits data', () => {
  const all = cases();
  const judge = (c: Case) => findOutdatedClaims(c.text.startsWith('|') ? TABLE_HEADER + c.text + '\n' : c.text + '\n');

  it('renders enough phrasings (every claimable limit, true and confused values)', () => {
    assert.ok(all.filter((c) => !c.outdated).length >= 1000, `true: ${all.filter((c) => !c.outdated).length}`);
    assert.ok(all.filter((c) => c.outdated).length >= 1000, `outdated: ${all.filter((c) => c.outdated).length}`);
    assert.ok(all.filter((c) => c.id === 'lambda.layers.max' && c.outdated).length >= 6, 'counts are rendered too');
  });

  it('every true value passes', () => {
    const wrong = all.filter((c) => !c.outdated).filter((c) => judge(c).length).map((c) => `${c.id}: ${c.text}`);
    assert.deepEqual(wrong, []);
  });

  it('every old or neighbouring value is flagged, and its fix writes today’s value', () => {
    const problems: string[] = [];
    for (const c of all.filter((x) => x.outdated)) {
      const found = judge(c);
      const limit = LIMITS[c.id];
      const today = limitBase(limit.value, limit.unit).base;
      if (!found.length) problems.push(`missed ${c.id}: ${c.text}`);
      else if (limitBase(limit.value, limit.unit).dimension === 'count') {
        if (!found.some((f) => f.current.includes(limit.value.toLocaleString('en-US')))) problems.push(`wrong fact ${c.id}: ${c.text}`);
      } else if (!found.some((f) => f.fix && parseQuantities(f.fix.newText).some((q) => sameAmount(q.base, today)))) problems.push(`wrong fix ${c.id}: ${c.text} -> ${found.map((f) => f.fix?.newText).join(', ')}`);
    }
    assert.deepEqual(problems, []);
  });
});
