import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseNotes, quiz } from '../../src/core';
import { ROOT, service, NO_SEED, SEED } from './support/service';

const kb = service().kb;
const bank = quiz.buildQuestionBank(kb.topics, { seed: 7 });
const NOW = new Date('2026-11-27T10:00:00Z');

describe('quiz: question bank from the notes', () => {
  it('at least 250 questions, at least five on every bundled topic', () => {
    assert.ok(bank.length >= 250, `${bank.length} questions`);
    for (const topic of kb.topics) {
      const n = bank.filter((q) => q.topicId === topic.id).length;
      assert.ok(n >= 5, `${topic.id} has ${n} questions`);
    }
    for (const id of ['lambda-runtimes', 'lambda-limits', 'lambda-snapstart', 'cloudfront-functions', 'lambda-edge', 'lambda-vpc', 'lambda-rds-proxy', 'rds-invokes-lambda', 'dynamodb-basics', 'dynamodb-streams', 'dynamodb-global-tables', 'dynamodb-ttl', 'dynamodb-backups', 'dynamodb-s3', 'api-gateway', 'api-gateway-endpoint-types', 'api-gateway-security', 'step-functions', 'cognito-user-pools', 'cognito-identity-pools'])
      assert.ok(kb.topic(id), id);
  });

  it('has every bundled kind: hand-written, multiple response, trade-off, scenarios, limits (no generated cloze or true/false)', () => {
    const kinds = new Set(bank.map((q) => q.kind));
    assert.deepEqual([...kinds].sort(), ['hand', 'limit', 'multiple-response', 'scenario', 'tradeoff']);
  });

  it('every question is well formed: distinct options, one answer, not given away, tied to its note', () => {
    for (const q of bank) {
      assert.equal(quiz.questionProblem(q), undefined, `${q.id}: ${q.prompt}`);
      if (q.kind === 'multiple-response') assert.ok(q.options.length >= 5 && q.answerIndexes.length >= 2, q.prompt);
      else assert.ok(q.options.length >= 3 && q.options.length <= 5 && q.answerIndexes.length === 1, q.prompt);
      const topic = kb.topic(q.topicId)!;
      assert.equal(q.source.uri, topic.uri);
      assert.equal(q.source.line, topic.line);
      assert.ok(q.explanation.length > 0);
    }
    assert.equal(new Set(bank.map((q) => q.id)).size, bank.length, 'ids are unique');
  });

  it('the validator rejects what it should', () => {
    assert.match(quiz.questionProblem({ kind: 'cloze', prompt: 'Pick one', options: ['a', 'A', 'b'], answerIndex: 0 })!, /distinct/);
    assert.match(quiz.questionProblem({ kind: 'limit', prompt: 'Is it 900 seconds?', options: ['900 seconds', '450 seconds', '1,800 seconds'], answerIndex: 0 })!, /away/);
    assert.match(quiz.questionProblem({ kind: 'hand', prompt: 'x', options: ['a'], answerIndex: 0 })!, /options/);
  });

  it('asks a memory limit with real values in MB (the old 3,008 MB maximum), not the answer scaled', () => {
    // The lambda-memory scenario (12,288 MB) asks the outcome, not the number; the maximum is a limit question.
    const max = bank.find((x) => x.prompt.startsWith('What is the most memory a Lambda function can have'));
    assert.ok(max && max.options.includes('3,008 MB'), max?.options.join(' / '));
    const q = bank.find((x) => x.prompt.startsWith('How much memory gives a Lambda function one full vCPU'));
    assert.ok(q);
    assert.equal(q.options[q.answerIndex], '1,769 MB');
    for (const o of q.options) assert.match(o, /^[\d,]+ MB$/);
    assert.ok(q.options.includes('3,008 MB'), q.options.join(' / '));
    for (const o of q.options) assert.ok(!['442 MB', '885 MB', '3,538 MB', '7,076 MB'].includes(o), `${o} is the answer × ¼ … 4`);
    assert.match(q.explanation, /3,008 MB: the memory maximum until December 2020/);
  });

  it('answers of limit and cloze questions are stated in their note', () => {
    for (const q of bank.filter((x) => x.kind === 'cloze' || x.kind === 'limit')) {
      const body = kb.topic(q.topicId)!.body.replace(/[*`]/g, '');
      const answer = q.options[q.answerIndex].replace(/[`]/g, '');
      const number = /^[\d,]+/.exec(answer)?.[0];
      assert.ok(body.includes(number ?? answer), `${q.topicId}: "${answer}" in its note`);
    }
  });

  it('true/false questions come from "Not supported:" lists of the user\'s notes, both ways round', () => {
    const userTopics = kb.topics.filter((t) => t.origin === 'bundled').map((t) => ({ ...t, origin: 'user' as const, quiz: [] }));
    const tf = quiz.buildQuestionBank(userTopics).filter((q) => q.kind === 'true-false');
    assert.ok(tf.some((q) => q.options[q.answerIndex] === 'True') && tf.some((q) => q.options[q.answerIndex] === 'False'));
    const snap = tf.filter((q) => q.topicId === 'lambda-snapstart');
    assert.ok(snap.some((q) => /Node\.js|ephemeral storage/.test(q.prompt)), snap.map((q) => q.prompt).join('\n'));
  });

  it('is reproducible for a seed', () => {
    assert.deepEqual(quiz.buildQuestionBank(kb.topics, { seed: 7 }), bank);
  });

  it('uses the user notes, but skips sections that contradict a checked fact', { skip: NO_SEED }, () => {
    const user = parseNotes({ uri: SEED, text: readFileSync(SEED, 'utf8'), origin: 'user' });
    const userBank = quiz.buildQuestionBank(user);
    assert.ok(userBank.length > 0);
    const titles = new Set(userBank.map((q) => q.topicTitle));
    assert.ok(!titles.has('Lambda Supported Languages') && !titles.has('DynamoDB Global Tables'));
    const hand = parseNotes({ uri: 'u.md', origin: 'user', text: '## My SQS notes\nText.\n\n### Quiz\nQ: Which queue type keeps order?\n- [ ] Standard\n- [x] FIFO\n- [ ] Delay\nWhy: FIFO queues keep order.\n' });
    const [q] = quiz.buildQuestionBank(hand);
    assert.equal(q.options[q.answerIndex], 'FIFO');
    assert.equal(q.explanation, 'FIFO queues keep order.');
  });
});

describe('quiz: FSRS scheduling', () => {
  const random = quiz.seededRandom(1);
  it('a first quiz is all new questions, as many as asked', () => {
    const picked = quiz.pickQuestions(bank, quiz.emptyProgress(), { now: NOW, count: 10, random });
    assert.equal(picked.length, 10);
    assert.equal(new Set(picked.map((q) => q.id)).size, 10);
  });

  it('a wrong answer is due again soon, a right one later; due cards come first', () => {
    const [a, b] = bank;
    let progress = quiz.recordAnswer(quiz.emptyProgress(), a.id, false, NOW);
    progress = quiz.recordAnswer(progress, b.id, true, NOW);
    const dueA = Date.parse(progress.cards[a.id].due);
    const dueB = Date.parse(progress.cards[b.id].due);
    assert.ok(dueA < dueB, 'again is due before good');
    assert.equal(progress.cards[a.id].wrong, 1);
    assert.equal(progress.cards[b.id].right, 1);
    const later = new Date(dueA + 1000);
    assert.ok(quiz.isDue(progress, a.id, later));
    const picked = quiz.pickQuestions(bank, progress, { now: later, count: 5, random: quiz.seededRandom(2) });
    assert.equal(picked[0].id, a.id);
    assert.ok(picked.slice(1).every((q) => !progress.cards[q.id]), 'the rest are new cards mixed in');
  });

  it('repeated right answers push a card to review with growing intervals', () => {
    let progress = quiz.emptyProgress();
    let now = NOW;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      progress = quiz.recordAnswer(progress, bank[0].id, true, now);
      const due = new Date(progress.cards[bank[0].id].due);
      intervals.push(due.getTime() - now.getTime());
      now = due;
    }
    assert.ok(intervals.at(-1)! > intervals[1]);
    assert.ok(quiz.isLearned(progress.cards[bank[0].id]));
  });

  it('progress survives JSON (global state) and bad stored values start over', () => {
    const progress = quiz.recordAnswer(quiz.emptyProgress(), bank[0].id, true, NOW);
    const restored = quiz.readProgress(JSON.parse(JSON.stringify(progress)));
    assert.deepEqual(restored, progress);
    const next = quiz.recordAnswer(restored, bank[0].id, true, new Date(progress.cards[bank[0].id].due));
    assert.equal(next.cards[bank[0].id].reps, 2);
    assert.deepEqual(quiz.readProgress({ version: 99 }), quiz.emptyProgress());
    assert.deepEqual(quiz.readProgress(undefined), quiz.emptyProgress());
  });

  it('when nothing is due or new, reviews ahead instead of an empty quiz', () => {
    const small = bank.slice(0, 3);
    let progress = quiz.emptyProgress();
    for (const q of small) progress = quiz.recordAnswer(progress, q.id, true, NOW);
    assert.equal(quiz.pickQuestions(small, progress, { now: NOW, count: 3, random }).length, 3);
  });
});

describe('quiz: sessions and progress', () => {
  it('counts right answers, labels progress, pauses and resumes', () => {
    let s = quiz.startSession('all', bank.slice(0, 4));
    assert.equal(quiz.progressLabel(s), '1/4');
    const first = quiz.currentQuestion(s)!;
    s = quiz.answer(s, first.answerIndex).session;
    s = quiz.answer(s, (quiz.currentQuestion(s)!.answerIndex + 1) % quiz.currentQuestion(s)!.options.length).session;
    assert.equal(quiz.progressLabel(s), '3/4');
    assert.equal(s.correct, 1);
    const paused = JSON.parse(JSON.stringify(quiz.pause(s)));
    assert.equal(quiz.resume(paused, 'file:other', bank), undefined, 'another scope starts fresh');
    const resumed = quiz.resume(paused, 'all', bank)!;
    assert.equal(resumed.index, 2);
    assert.equal(quiz.currentQuestion(resumed)!.id, bank[2].id);
    let r = quiz.answer(resumed, 0).session;
    r = quiz.answer(r, 0).session;
    assert.ok(quiz.isFinished(r));
    assert.match(quiz.summarize(r).text, /^\d of 4 right \(\d+%\)\.$/);
  });

  it('reports progress per topic', () => {
    const q = bank.find((x) => x.topicId === 'dynamodb-ttl')!;
    const rows = quiz.progressByTopic(bank, quiz.recordAnswer(quiz.emptyProgress(), q.id, false, NOW), NOW);
    const ttl = rows.find((r) => r.topicId === 'dynamodb-ttl')!;
    assert.equal(ttl.seen, 1);
    assert.equal(ttl.wrong, 1);
    assert.equal(rows.length, kb.topics.length);
  });

  it('finds the topics of the services a template uses', async () => {
    const sn = service();
    const analysis = await sn.analyze({ fileName: 'template.yaml', text: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n" });
    const types = quiz.resourceTypesOf(analysis.source!.model);
    assert.deepEqual(types, ['AWS::DynamoDB::Table']);
    const ids = quiz.topicIdsFor(types, sn.kb);
    assert.ok(ids.has('dynamodb-ttl') && ids.has('dynamodb-basics'));
    assert.ok(!ids.has('lambda-limits'));
  });
});

describe('quiz: hand-written questions', () => {
  it('a Why: line right under the options is the explanation, not part of the last option', () => {
    for (const q of bank.filter((x) => x.kind === 'hand')) for (const o of q.options) assert.doesNotMatch(o, /Why:|\n/, q.prompt);
    const go = bank.find((q) => q.prompt.startsWith('A Go function must leave'))!;
    assert.match(go.explanation, /^Go has no managed runtime/);
  });
});
