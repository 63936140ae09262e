// The read-only note view's markdown (src/extension/notes/note-markdown.ts): a section without its quiz — for
// every bundled note, and for generated notes whose `### Quiz` follows prose of any length.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseNotes } from '../../src/core';
import { topicMarkdown } from '../../src/extension/notes/note-markdown';
import { service } from './support/service';

describe('note view: a section without its answer keys', () => {
  it('every bundled section with a quiz: no quiz heading, no question, no [x]/[ ] option', () => {
    const topics = service().kb.topics.filter((t) => t.quiz.length);
    assert.ok(topics.length > 5, `${topics.length} bundled sections with a quiz`);
    for (const topic of topics) {
      const view = topicMarkdown(topic);
      assert.ok(view.startsWith(`# ${topic.title}\n`), topic.id);
      assert.ok(!/^#{1,6}\s+quiz\s*$/im.test(view), `${topic.id}: quiz heading`);
      assert.ok(!/^\s*[-*+]\s+\[[ xX]\]/m.test(view), `${topic.id}: a quiz option`);
      for (const q of topic.quiz) assert.ok(!view.includes(q.question.slice(0, 50)), `${topic.id}: ${q.question}`);
    }
  });

  it('generated notes: prose before a quiz subsection stays, every quiz line goes', () => {
    const word = fc.constantFrom('lambda', 'queue', 'timeout', 'batch', 'limit', 'table', 'stream');
    const sentence = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.boolean(), (before, questions, upper) => {
        const quiz = questions.map((q, i) => `Q: Question ${i} ${q}\n\n- [x] right ${i}\n- [ ] wrong ${i}\n\nWhy: because ${i}.`).join('\n\n');
        const text = `## Section\n\n${before.join('\n\n')}\n\n### ${upper ? 'QUIZ' : 'Quiz'}\n\n${quiz}\n`;
        const [topic] = parseNotes({ uri: 'file:///notes/x.md', text, origin: 'user' });
        const view = topicMarkdown(topic);
        for (const b of before) assert.ok(view.includes(b), `lost: ${b}`);
        assert.ok(!/Question \d|right \d|wrong \d|because \d|\[x\]/i.test(view), view);
      }),
      { seed: 20, numRuns: 200 },
    );
  });
});
