import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NotesSearchIndex, parseNotes, type Topic } from '../../src/core';
import { bm25 } from '../../src/core/kb/search-bm25';
import { PostingsIndex } from '../../src/core/kb/search-postings';
import { plainText, tokenize } from '../../src/core/kb/search-text';
import { ROOT, NO_SEED, SEED } from './support/service';

const seedTopics = () => parseNotes({ uri: 'file:///home/user/notes/serverless-notes.md', text: readFileSync(SEED, 'utf8'), origin: 'user' });

describe('notes parser: plain text from the same token stream', () => {
  it('reads the words of the body without markup, marker or quiz', () => {
    const [topic] = parseNotes({
      uri: 'file:///n.md',
      origin: 'user',
      text: '## DDB expiry\n<!-- serverless-notes: id=mine; resources=AWS::DynamoDB::Table -->\nItems **expire** after [their TTL](https://example.com).\n\n```yaml\nTimeToLive: on\n```\n\n### Quiz\nQ: Secret question?\n- [x] Yes\n- [ ] No\n',
    });
    assert.equal(topic.text, 'Items **expire** after their TTL.\nTimeToLive: on');
    assert.deepEqual(tokenize(topic.text), tokenize(plainText(topic.body)));
    assert.doesNotMatch(topic.text, /serverless-notes|Secret/);
  });

  it('gives every seed section the words a second markdown pass would find', { skip: NO_SEED }, () => {
    for (const topic of seedTopics()) assert.deepEqual(tokenize(topic.text), tokenize(plainText(topic.body)), topic.title);
  });
});

describe('tokenizer: one lookup per word, same terms in the same order', () => {
  it('keeps the order word, aliases, parts, multi-word names', () => {
    assert.deepEqual(tokenize('L@E stops after 5 secs in VPC'), ['l@e', 'lambdaedge', 'l', 'e', 'stop', 'after', '5', 'sec', 'in', 'vpc', 'vpc']);
    assert.deepEqual(tokenize('API Gateway time to live'), ['api', 'apigateway', 'gateway', 'time', 'ttl', 'to', 'live']);
  });
});

describe('BM25+ scoring', () => {
  it('computes the BM25+ formula (k 1.2, b 0.7, d 0.5)', () => {
    assert.ok(Math.abs(bm25(1, 1, 2, 1, 1) - Math.log(2) * 1.5) < 1e-12);
    assert.ok(bm25(3, 1, 10, 5, 5) > bm25(1, 1, 10, 5, 5), 'more occurrences score higher');
    assert.ok(bm25(1, 1, 10, 2, 5) > bm25(1, 1, 10, 9, 5), 'shorter fields score higher');
    assert.ok(bm25(1, 1, 10, 5, 5) > bm25(1, 8, 10, 5, 5), 'rarer terms score higher');
  });

  it('keeps the scores the notes search had with minisearch (seed notes)', { skip: NO_SEED }, () => {
    const index = new NotesSearchIndex(seedTopics());
    const [best, second] = index.search('ddb ttl', 2);
    assert.equal(best.topic.title, 'DynamoDB TTL');
    assert.ok(Math.abs(best.score - 94.79875844446485) < 1e-9, String(best.score));
    assert.ok(Math.abs(second.score - 8.0940363447234) < 1e-9, String(second.score));
  });
});

describe('postings index', () => {
  const index = () => {
    const p = new PostingsIndex([3, 1]);
    p.add(1, [['lambda', 'timeout'], ['lambda', 'limit']]);
    p.add(2, [['dynamodb'], ['lambda', 'lambda', 'stream', 'trigger']]);
    p.add(3, [['dynamodb', 'ttl'], ['ttl', 'expire']]);
    return p;
  };
  const keys = (p: PostingsIndex, query: Parameters<PostingsIndex['score']>[0], accept = (_: number) => true) =>
    p.score(query, accept).sort((a, b) => b.score - a.score).map((r) => r.key);

  it('ranks a title match above body matches and only returns sections holding a term', () => {
    assert.deepEqual(keys(index(), [{ term: 'lambda', boost: 1, marks: 0 }]), [1, 2]);
    assert.deepEqual(keys(index(), [{ term: 'nothing', boost: 1, marks: 0 }]), []);
  });

  it('multiplies by the distinct terms matched, ORs their marks, asks accept once per section', () => {
    const p = index();
    const asked: number[] = [];
    const results = p.score(
      [
        { term: 'dynamodb', boost: 1, marks: 1 },
        { term: 'ttl', boost: 1, marks: 2 },
      ],
      (key) => {
        asked.push(key);
        return true;
      },
    );
    assert.deepEqual(asked.sort(), [2, 3]);
    const three = results.find((r) => r.key === 3)!;
    const two = results.find((r) => r.key === 2)!;
    assert.equal(three.marks, 3);
    assert.equal(two.marks, 1);
    const alone = p.score([{ term: 'dynamodb', boost: 1, marks: 0 }], () => true).find((r) => r.key === 3)!;
    const ttl = p.score([{ term: 'ttl', boost: 1, marks: 0 }], () => true).find((r) => r.key === 3)!;
    assert.ok(Math.abs(three.score - 2 * (alone.score + ttl.score)) < 1e-9);
  });

  it('narrowing terms only add to sections an earlier term matched; accept filters', () => {
    const p = index();
    assert.deepEqual(keys(p, [{ term: 'dynamodb', boost: 1, marks: 0 }, { term: 'lambda', boost: 1, marks: 0, narrow: true }]), [2, 3]);
    assert.deepEqual(keys(p, [{ term: 'lambda', boost: 1, marks: 0 }], (key) => key !== 1), [2]);
  });

  it('removing a section forgets it and its statistics: the rest score as in a fresh index', () => {
    const p = index();
    p.remove(2);
    p.remove(2);
    const fresh = new PostingsIndex([3, 1]);
    fresh.add(1, [['lambda', 'timeout'], ['lambda', 'limit']]);
    fresh.add(3, [['dynamodb', 'ttl'], ['ttl', 'expire']]);
    const query = [{ term: 'lambda', boost: 1, marks: 0 }, { term: 'dynamodb', boost: 1, marks: 0 }, { term: 'ttl', boost: 2, marks: 0 }];
    assert.equal(p.size, 2);
    assert.deepEqual(p.score(query, () => true), fresh.score(query, () => true));
    p.add(100, [['lambda'], []]);
    assert.deepEqual(keys(p, [{ term: 'lambda', boost: 1, marks: 0 }]), [1, 100], 'scratch space grows with the keys');
  });
});

describe('notes search index', () => {
  it('answers the same for topics without parsed text (reads their body)', { skip: NO_SEED }, () => {
    const parsed = seedTopics();
    const bare: Topic[] = parsed.map(({ text: _text, ...topic }) => topic);
    const a = new NotesSearchIndex(parsed);
    const b = new NotesSearchIndex(bare);
    for (const q of ['ddb ttl', 'lambda timeout', 'cognito identity pool']) {
      assert.deepEqual(
        b.search(q, 5).map((h) => [h.topic.title, h.score]),
        a.search(q, 5).map((h) => [h.topic.title, h.score]),
      );
    }
    assert.deepEqual(
      b.sectionsFor({ resourceType: 'AWS::Serverless::Function', property: 'SnapStart' }, 2).map((t) => t.title),
      a.sectionsFor({ resourceType: 'AWS::Serverless::Function', property: 'SnapStart' }, 2).map((t) => t.title),
    );
  });

  it('for a property, needs a word of the service and one of the property', () => {
    const topics = parseNotes({ uri: 'file:///n.md', origin: 'user', text: '## TTL everywhere\nTTL TTL TTL expiry.\n\n## DynamoDB basics\nTables and items.\n\n## DynamoDB TTL\nItems expire.\n' });
    const index = new NotesSearchIndex(topics);
    assert.deepEqual(index.sectionsFor({ resourceType: 'AWS::DynamoDB::Table', property: 'TimeToLiveSpecification' }, 5).map((t) => t.title), ['DynamoDB TTL']);
  });

  it('re-indexing a file replaces its sections, pins included, and clears cached answers', { skip: NO_SEED }, () => {
    const index = new NotesSearchIndex(seedTopics());
    const target = { resourceType: 'AWS::DynamoDB::Table', property: 'TimeToLiveSpecification' };
    assert.equal(index.sectionsFor(target, 1)[0]?.title, 'DynamoDB TTL');
    const pinned = parseNotes({ uri: 'file:///p.md', origin: 'user', text: '## Cache\n<!-- serverless-notes: resources=AWS::DynamoDB::Table -->\nWords.\n' });
    index.setFile('file:///p.md', pinned);
    assert.equal(index.sectionsFor(target, 1)[0]?.title, 'Cache');
    index.setFile('file:///p.md', []);
    assert.equal(index.sectionsFor(target, 1)[0]?.title, 'DynamoDB TTL');
    assert.equal(index.topics.some((t) => t.uri === 'file:///p.md'), false);
  });
});
