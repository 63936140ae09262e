import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { noteSpans } from '../../src/core/hover/note-spans';
import { KnowledgeBase } from '../../src/core';
import { bundledNotes } from './support/service';

/**
 * Issue 20: `REGIONAL` and `EDGE` both showed the PRIVATE paragraph. The hovered value picks its own bullet
 * and leaves out its siblings', for every enum bullet list of the bundled notes (generated from the notes).
 */
describe('the note paragraph follows the hovered value', () => {
  const kb = new KnowledgeBase(bundledNotes());
  const endpointTypes = kb.topic('api-gateway-endpoint-types')!;

  for (const value of ['EDGE', 'REGIONAL', 'PRIVATE']) {
    it(`${value} shows its own bullet and not the others`, () => {
      const spans = noteSpans(endpointTypes, 'EndpointConfiguration', 5, 2, value);
      assert.ok(spans.some((s) => s.startsWith(`- **${value}**`)), spans.join('\n'));
      for (const other of ['EDGE', 'REGIONAL', 'PRIVATE'].filter((o) => o !== value)) assert.ok(!spans.some((s) => s.startsWith(`- **${other}**`)), `${value}: ${spans.join('\n')}`);
    });
  }

  it('every bullet that leads with an upper-case value is picked for that value, in every bundled note', () => {
    let checked = 0;
    for (const topic of kb.topics.filter((t) => t.origin === 'bundled')) {
      const lines = topic.body.split('\n').filter((l) => /^- \*\*([A-Z][A-Z0-9_]+)\*\*/.test(l));
      for (const line of lines) {
        const value = /^- \*\*([A-Z][A-Z0-9_]+)\*\*/.exec(line)![1];
        const spans = noteSpans(topic, undefined, 3, 2, value);
        assert.ok(spans.some((s) => s.startsWith(`- **${value}**`)), `${topic.id} ${value}: ${spans.join(' | ')}`);
        checked++;
      }
    }
    assert.ok(checked >= 5, String(checked));
  });
});

describe('the user\'s section is trimmed to the sentences about the property', () => {
  it('keeps the sentences naming the property, else the first', async () => {
    const { sentencesAbout } = await import('../../src/core/hover/note-spans');
    const text = 'Lambda is great. The timeout is 15 min at most. Memory goes to 10 GB. Cold starts hurt.';
    assert.equal(sentencesAbout(text, 'Timeout'), 'The timeout is 15 min at most.');
    assert.equal(sentencesAbout(text, 'MemorySize'), 'Memory goes to 10 GB.');
    assert.equal(sentencesAbout(text, 'Layers'), 'Lambda is great. The timeout is 15 min at most.');
    assert.equal(sentencesAbout('One sentence only', 'Timeout'), 'One sentence only');
  });
});
