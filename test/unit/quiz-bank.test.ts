// The bank's structure, measured over every question (issue 13) and the cases seen in the old bank.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNotes, quiz } from '../../src/core';
import { clozeProblem } from '../../src/core/quiz/from-note-facts';
import { quantityDistractors } from '../../src/core/quiz/distractors';
import { noteFacts, noteFactsStats } from '../../src/core/quiz/note-facts';
import { isWrittenKind, optionType } from '../../src/core/quiz/question';
import { parseQuantity, statesQuantity } from '../../src/core/quiz/quantity';
import { seededRandom } from '../../src/core/quiz/random';
import { bigNotesFile } from '../../bench/quiz.bench';
import { service } from './support/service';
import { RULES } from '../../src/core/rules';
import { LIMITS } from '../../src/core/limits';

const kb = service().kb;
const bank = quiz.buildQuestionBank(kb.topics, { seed: 3 });

describe('quiz bank: structure', () => {
  it('no explanation is a bare "The answer is …"; every card has a why of its own', () => {
    for (const q of bank) {
      assert.doesNotMatch(q.explanation, /the answer is|^see the note/i, q.prompt);
      // Not the answer restated as a sentence of its own ("`nodejs24.x`. …").
      assert.ok(!q.explanation.toLowerCase().startsWith(`${q.options[q.answerIndex].toLowerCase()}.`), `${q.prompt}: ${q.explanation}`);
      assert.ok(q.explanation.length >= 20, `${q.prompt}: ${q.explanation}`);
    }
  });

  it('true/false questions (user notes only) are balanced: 35–65 % true', () => {
    const userTopics = kb.topics.map((t) => ({ ...t, origin: 'user' as const, quiz: [] }));
    const tf = quiz.buildQuestionBank(userTopics).filter((q) => q.kind === 'true-false');
    assert.ok(tf.length >= 10, `${tf.length} true/false questions`);
    const share = tf.filter((q) => q.options[q.answerIndex] === 'True').length / tf.length;
    assert.ok(share >= 0.35 && share <= 0.65, `${Math.round(share * 100)} % true`);
  });

  it('every card links to the note line of its explaining sentence (or its section)', () => {
    const withLine = bank.filter((q) => q.source.whyLine !== undefined);
    assert.ok(withLine.length / bank.length > 0.9, `${withLine.length} of ${bank.length}`);
    for (const q of withLine) assert.ok(q.source.whyLine! > q.source.line, q.prompt);
  });

  it('no stem is asked twice', () => {
    const stems = bank.map((q) => `${q.prompt}\n${q.snippet ?? ''}`.toLowerCase());
    assert.equal(new Set(stems).size, stems.length);
  });

  it('options of a question are of one type (a quantity answer has quantity options of its dimension)', () => {
    for (const q of bank) {
      if (q.kind === 'true-false') continue;
      const type = optionType(q.options[q.answerIndex]);
      if (type.startsWith('quantity')) for (const o of q.options) assert.equal(optionType(o), type, `${q.prompt}: ${q.options.join(' / ')}`);
    }
  });

  it('no stem contains its answer, in any unit', () => {
    for (const q of bank) {
      if (q.kind === 'true-false') continue;
      const answer = q.options[q.answerIndex];
      const quantity = parseQuantity(answer);
      const stem = q.prompt.toLowerCase().replace(/`/g, '');
      if (quantity && quantity.dimension !== 'count') assert.ok(!statesQuantity(stem, quantity), `${q.prompt} states ${answer}`);
      else assert.ok(!stem.includes(answer.toLowerCase().replace(/`/g, '')) || answer.length < 3, `${q.prompt} contains ${answer}`);
    }
  });

  it('options of a text answer are text: no bare number among them', () => {
    const bare = (o: string) => /^`?[\d,.]+\s*[A-Za-z]*`?$/.test(o.trim()) && parseQuantity(o) !== undefined;
    for (const q of bank) {
      if (q.kind === 'true-false' || bare(q.options[q.answerIndex])) continue;
      for (const o of q.options) assert.ok(!bare(o), `${q.prompt}: ${q.options.join(' / ')}`);
    }
  });

  it('stems keep the note’s words: no mangled labels ("TODAYC#…")', () => {
    for (const q of bank) assert.doesNotMatch(q.prompt, /\b(TODAY|CHANGED)|(^|\. )(Today|Changed):/, q.prompt);
  });

  it('a generated number or term question never asks what an earlier right answer of its topic already says', () => {
    // Independent of the generator: the answer's digits and unit, or its words, inside an earlier right answer.
    const plain = (s: string) => s.toLowerCase().replace(/[`*]/g, '');
    const says = (earlier: string, answer: string) => {
      const a = plain(answer).trim();
      const at = plain(earlier).indexOf(a);
      return at >= 0 && !/[\w,.]/.test(plain(earlier)[at - 1] ?? ' ') && !/\w/.test(plain(earlier)[at + a.length] ?? ' ');
    };
    const byTopic = new Map<string, string[]>();
    for (const q of bank) {
      const earlier = byTopic.get(q.topicId) ?? [];
      const answer = q.options[q.answerIndex];
      if ((q.kind === 'limit' || q.kind === 'cloze') && answer.length >= 3) assert.ok(!earlier.some((e) => says(e, answer)), `${q.prompt} repeats an earlier answer (${answer})`);
      if (q.kind !== 'true-false') earlier.push(answer);
      byTopic.set(q.topicId, earlier);
    }
  });

  it('at most one cloze per sentence (no near-copies of one list)', () => {
    const lines = bank.filter((q) => q.kind === 'cloze').map((q) => `${q.source.uri}:${q.source.whyLine}`);
    assert.equal(new Set(lines).size, lines.length);
  });
});

describe('quiz bank: scenarios from the rules', () => {
  it('every rule produces at least one scenario question, with its snippet, on its own topic', () => {
    for (const rule of RULES) {
      const qs = bank.filter((q) => q.kind === 'scenario' && q.ruleId === rule.meta.id);
      assert.ok(qs.length >= 1, `${rule.meta.id} has no scenario question`);
      for (const q of qs) {
        assert.equal(q.topicId, rule.meta.topic);
        assert.ok(q.snippet && q.snippet.includes('\n'), `${q.prompt}: a template snippet`);
      }
    }
  });

  it('reads its numbers from the limits: the HTTP API scenario follows apigw.http.integrationTimeout', () => {
    const q = bank.find((x) => x.ruleId === 'apigw-lambda-timeout' && /REST API and needs 40 seconds/.test(x.prompt))!;
    assert.equal(q.options[q.answerIndex], `A 504 after ${LIMITS['apigw.rest.integrationTimeout'].value / 1000} s; the function runs on`);
  });
});

describe('quiz bank: the cases seen in the old bank', () => {
  const random = seededRandom(1);
  it('the async payload question offers 256 KB (the old limit) and the sync 6 MB', () => {
    const options = quantityDistractors(parseQuantity('1 MB')!, 3, random, { limitId: 'lambda.payload.asyncMB' }).map((d) => d.text);
    assert.ok(options.includes('256 KB') && options.includes('6 MB'), options.join(' / '));
  });

  it('never offers the answer in another unit (10 GB next to 10,240 MB)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const options = quantityDistractors(parseQuantity('10,240 MB')!, 3, seededRandom(seed)).map((d) => d.text);
      assert.ok(!options.includes('10 GB'), options.join(' / '));
    }
  });

  const topicWith = (markdown: string) => parseNotes({ uri: 'u.md', origin: 'user', text: `## Lambda limits\n${markdown}\n` })[0];
  const firstBold = (markdown: string) => {
    const sentence = noteFacts(topicWith(markdown)).sentences.find((s) => s.bolds.length)!;
    return clozeProblem(sentence, sentence.bolds[0].start, sentence.bolds[0].end);
  };

  it('rejects list fragments without a verb ("Managed runtimes: Node.js, Python, _____ …")', () => {
    assert.ok(firstBold('- Managed runtimes: **Node.js**, Python, Java, .NET and Ruby.'));
  });

  it('rejects a stem that states the answer in another unit ("(90 min)" for 5,400 s)', () => {
    assert.match(firstBold('- Functions on Managed Instances may run up to **5,400 seconds** (90 min) when invoked asynchronously.')!, /another unit/);
  });

  it('rejects a stem that contains the answer ("`AuthorizerType: JWT`" for JWT authorizer)', () => {
    assert.match(firstBold('- HTTP APIs validate tokens with a **JWT authorizer** (`AuthorizerType: JWT`) from any OIDC issuer.')!, /contains the answer/);
  });

  it('rejects a sentence whose subject is in the sentence before ("It is _____: AWS raises it …")', () => {
    assert.match(firstBold('The quota is shared. It is **adjustable**: AWS raises it on request.')!, /another sentence/);
  });

  it('keeps a self-contained sentence', () => {
    assert.equal(firstBold('A custom domain of an edge-optimized API takes its certificate from **us-east-1**, whatever the API Region is.'), undefined);
  });

  it('true/false never inverts a fact through its bracket ("environment variables (except the reserved ones)")', () => {
    for (const q of bank.filter((x) => x.kind === 'true-false')) assert.doesNotMatch(q.prompt, /\(except|\bexcept\b/, q.prompt);
  });

  it('one question per fact: a generated question never repeats the fact of an earlier one', () => {
    const facts = bank.filter((q) => !isWrittenKind(q.kind)).map((q) => q.fact);
    assert.equal(new Set(facts).size, facts.length);
    const hand = new Set(bank.filter((q) => isWrittenKind(q.kind)).map((q) => q.fact));
    for (const q of bank.filter((x) => !isWrittenKind(x.kind))) assert.ok(!hand.has(q.fact), `${q.prompt} repeats a hand-written question (${q.fact})`);
    // The async payload limit is asked by hand; no limit question or cloze asks it again.
    assert.equal(bank.filter((q) => q.fact === 'limit:lambda.payload.asyncMB').length, 1);
  });
});

describe('quiz bank: linear in the number of sections (issue 10: 2,000 sections took 38 s)', () => {
  it('reads each section once, however many sections share the file', () => {
    const topics = parseNotes(bigNotesFile(400));
    const before = noteFactsStats.parses;
    const questions = quiz.buildQuestionBank(topics);
    // At most one markdown parse per section (sections whose facts no question needs are not parsed at all).
    assert.ok(noteFactsStats.parses - before <= topics.length, `${noteFactsStats.parses - before} parses for ${topics.length} sections`);
    const again = noteFactsStats.parses;
    quiz.buildQuestionBank(topics);
    assert.equal(noteFactsStats.parses, again, 'a second build parses nothing again');
    // Many of these generated sections state outdated limits, which make no question: some questions, not one each.
    assert.ok(questions.length >= topics.length / 4, `${questions.length} questions for ${topics.length} sections`);
  });
});
