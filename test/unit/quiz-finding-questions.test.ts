// The learn loop's ordering in VS Code: a file's findings' questions first (each rule in turn), then the rest.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quiz, RULES } from '../../src/core';
import { firstThenRest, questionsForFindings, topicOfRule } from '../../src/extension/quiz/finding-questions';
import { service } from './support/service';

const bank = quiz.buildQuestionBank(service().kb.topics);

describe('quiz: questions for a file\'s findings (VS Code)', () => {
  it('a rule\'s topic is the one its metadata cites; an unknown rule has none', () => {
    assert.equal(topicOfRule('lambda-timeout'), RULES.find((r) => r.meta.id === 'lambda-timeout')!.meta.topic);
    assert.equal(topicOfRule('no-such-rule'), undefined);
  });

  it('one finding: its rule\'s own questions (scenarios first, then its topic\'s)', () => {
    const got = questionsForFindings(bank, ['lambda-timeout']);
    assert.deepEqual(got.map((q) => q.id), quiz.questionsForRule(bank, 'lambda-timeout', topicOfRule('lambda-timeout')).map((q) => q.id));
    assert.equal(got[0].ruleId, 'lambda-timeout');
    assert.ok(got.length >= 2, `${got.length} questions`);
  });

  it('several findings take turns, so every finding\'s first question comes before any second; repeats and duplicates once', () => {
    const rules = ['lambda-timeout', 'sqs-visibility-timeout', 'lambda-timeout', 'dynamodb-ttl-attribute-type'].filter((id) => topicOfRule(id));
    assert.equal(rules.length, 4, 'the rules used here exist');
    const lists = [...new Set(rules)].map((id) => quiz.questionsForRule(bank, id, topicOfRule(id)));
    lists.forEach((l, i) => assert.ok(l.length >= 2, `rule ${i} has ${l.length} questions`));
    const got = questionsForFindings(bank, rules, 100);
    assert.deepEqual(got.slice(0, 3).map((q) => q.id), lists.map((l) => l[0].id));
    assert.equal(got[3].id, lists[0][1].id);
    assert.equal(new Set(got.map((q) => q.id)).size, got.length, 'no question twice');
    assert.equal(got.length, new Set(lists.flat().map((q) => q.id)).size, 'every question of every rule');
    assert.equal(questionsForFindings(bank, rules, 4).length, 4, 'capped');
  });

  it('no findings or rules without questions: nothing', () => {
    assert.deepEqual(questionsForFindings(bank, []), []);
    assert.deepEqual(questionsForFindings(bank, ['no-such-rule']), []);
  });

  it('firstThenRest: the findings\' questions lead, the rest follows without repeats, count in all', () => {
    const first = questionsForFindings(bank, ['lambda-timeout'], 3);
    const rest = [first[1], ...bank.filter((q) => q.topicId === 'dynamodb-ttl').slice(0, 8)];
    const got = firstThenRest(first, rest, 10);
    assert.deepEqual(got.slice(0, 3), first);
    assert.equal(got.length, 10);
    assert.equal(new Set(got.map((q) => q.id)).size, 10);
    assert.deepEqual(got.slice(3), rest.slice(1, 8));
    assert.deepEqual(firstThenRest(first, rest, 2), first.slice(0, 2));
  });
});
