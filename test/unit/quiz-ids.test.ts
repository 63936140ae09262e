// Stable question ids and kept progress (issue 19): ids no longer hash the text, so rewording an item keeps
// its spaced-repetition state and its Anki GUID; progress stored under the old text-hash ids moves over.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNotes, quiz } from '../../src/core';
import { LEGACY_QUESTION_IDS } from '../../src/core/quiz/legacy-question-ids';
import { legacyQuestionId } from '../../src/core/quiz/question';
import { service } from './support/service';

const note = (question: string, why = 'FIFO queues keep order within a message group.') =>
  parseNotes({ uri: 'u.md', origin: 'user', text: `## SQS\nFIFO queues keep order.\n\n### Quiz\nQ[fifo-order]: ${question}\n- [ ] Standard\n- [x] FIFO\n- [ ] Delay\nWhy: ${why}\n` });

const card = (reps: number): quiz.StoredCard => ({ due: '2026-12-09T00:00:00.000Z', stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps, lapses: 0, state: 2, right: reps, wrong: 0 });

describe('quiz: stable ids', () => {
  it('rewording a hand-written item keeps its id (the author’s Q[id])', () => {
    const [a] = quiz.buildQuestionBank(note('Which queue type keeps order?'));
    const [b] = quiz.buildQuestionBank(note('Which kind of SQS queue preserves the order of messages?', 'Only FIFO queues keep order.'));
    assert.equal(a.id, 'u/sqs#fifo-order');
    assert.equal(b.id, a.id);
    assert.equal(quiz.toAnkiText([a]).split('\n')[6].split('\t')[0], quiz.toAnkiText([b]).split('\n')[6].split('\t')[0], 'same Anki GUID');
  });

  it('generated ids come from the limit or the rule and case, never from the text', () => {
    const bank = quiz.buildQuestionBank(service().kb.topics);
    const limit = bank.find((q) => q.kind === 'limit')!;
    assert.match(limit.id, /#limit-[a-zA-Z.]+$/);
    const scenario = bank.find((q) => q.kind === 'scenario')!;
    assert.ok(scenario.id.endsWith(`#rule-${scenario.ruleId}-${scenario.fact.split(':').at(-1)}`) || scenario.id.includes(`#rule-${scenario.ruleId}-`), scenario.id);
    // Every written bundled item has an explicit id.
    for (const topic of service().kb.topics) for (const q of topic.quiz) assert.ok(q.id, `${topic.id}: ${q.question}`);
  });

  it('an item without an id keeps the old text-hash id (user notes written before ids)', () => {
    const [q] = quiz.buildQuestionBank(parseNotes({ uri: 'u.md', origin: 'user', text: '## SQS\nText.\n\n### Quiz\nQ: Which queue type keeps order?\n- [ ] Standard\n- [x] FIFO\n- [ ] Delay\n' }));
    assert.equal(q.id, legacyQuestionId('hand', 'u/sqs', 'Which queue type keeps order?'));
  });
});

describe('quiz: progress migration from the old ids', () => {
  const bank = quiz.buildQuestionBank(service().kb.topics);
  const map = quiz.legacyIdMap(bank);

  it('old-id progress maps to the new ids: cards and a paused quiz', () => {
    const [oldId, newId] = Object.entries(LEGACY_QUESTION_IDS)[0];
    const progress: quiz.QuizProgress = { version: 1, cards: { [oldId]: card(3), 'gone#hand-abc': card(1) }, paused: { scope: 'all', questionIds: [oldId], index: 0, correct: 0 } };
    const migrated = quiz.migrateProgress(progress, map);
    assert.deepEqual(migrated.cards[newId], card(3));
    assert.equal(migrated.cards[oldId], undefined);
    assert.deepEqual(migrated.cards['gone#hand-abc'], card(1), 'unknown ids are kept');
    assert.deepEqual(migrated.paused?.questionIds, [newId]);
    assert.equal(quiz.migrateProgress(migrated, map), migrated, 'a second run changes nothing');
  });

  it('a card already under the new id wins over the migrated one', () => {
    const [oldId, newId] = Object.entries(LEGACY_QUESTION_IDS)[1];
    const migrated = quiz.migrateProgress({ version: 1, cards: { [oldId]: card(1), [newId]: card(7) } }, map);
    assert.equal(migrated.cards[newId].reps, 7);
  });

  it('every frozen old id maps to a question of today’s bank, and each bundled item’s own legacy id is known', () => {
    const ids = new Set(bank.map((q) => q.id));
    const stale = Object.values(LEGACY_QUESTION_IDS).filter((id) => !ids.has(id));
    // Items cut on purpose (trivia, invalid-enum, edge variants) lose their cards: nothing left to ask.
    assert.ok(stale.length <= 40, `${stale.length} old ids point at removed items`);
    assert.ok(Object.keys(LEGACY_QUESTION_IDS).length >= 200);
  });
});
