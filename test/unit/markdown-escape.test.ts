import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NotesSearchIndex, parseNotes, userNotesExtras } from '../../src/core';
import { openTopicCommandLink, parseOpenTopicArgs, findTopic, topicOrdinal } from '../../src/core/hover/topic-link';
import { isOwnCommandLink, mdCode, mdLink, mdText } from '../../src/core/text/markdown';
import { caret } from './support/expectations';
import { evilLinks, foreignLinks, renderer } from './support/rendered-links';
import { service } from './support/service';

const sn = service();

/** What markdown-it makes of one inline fragment: the text content of a paragraph, and its token types. */
function inline(markdown: string) {
  const [, para] = renderer.parse(markdown, {});
  const children = para?.children ?? [];
  return { types: children.map((c) => c.type), content: children.map((c) => c.content).join('') };
}

describe('one escaping helper for user strings in markdown', () => {
  it('text renders as itself: no link, emphasis, code, HTML or autolink, whatever the characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\\', '[', ']', '(', ')', '`', '*', '_', '<', '>', '!', 'h', 't', 'p', ':', '/', '.', 'w', 'a', ' ', '#', '&', ';', '@', '\n', '|', '~', '-', '=') }), (s) => {
        const { types, content } = inline(mdText(s));
        assert.ok(types.every((t) => t === 'text'), `${JSON.stringify(s)} -> ${types}`);
        assert.equal(content, s.replace(/\n+/g, ' ').trim().replace(/ +$/, ''));
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
  it('inline code holds any value: one code span with exactly the value', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', 'x', ' ', '[', ']', '(', ')', 'h', ':', '/', '\n') }), (s) => {
        const { types, content } = inline(mdCode(s));
        assert.deepEqual(types, ['code_inline'], `${JSON.stringify(s)} -> ${mdCode(s)}`);
        const expected = s.replace(/\n+/g, ' ');
        assert.equal(content, expected.trim() === '' ? content : expected);
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
  it('seen: a heading `a\\](http://evil.example) \\[b` does not become a link', () => {
    assert.deepEqual(evilLinks(mdText('a\\](http://evil.example) \\[b')), []);
    assert.deepEqual(evilLinks(`[${mdText('a\\](http://evil.example) \\[b')}](https://docs.aws.amazon.com/)`), []);
  });
  it('links only to https and our own commands', () => {
    assert.equal(mdLink('x', 'javascript:alert(1)'), 'x');
    assert.equal(mdLink('x', 'command:workbench.action.terminal.new'), 'x');
    assert.equal(mdLink('x', 'file:///etc/passwd'), 'x');
    assert.equal(mdLink('x', 'command:serverlessNotes.openTopic?a)(b'), 'x');
    assert.ok(isOwnCommandLink(openTopicCommandLink({ id: "it's (odd) [x]", n: 0 })));
    assert.match(mdLink('AWS', 'https://docs.aws.amazon.com/a b>'), /^\[AWS\]\(<https:\/\/docs\.aws\.amazon\.com\/a%20b%3E>\)$/);
  });
});

describe('openTopic takes an indexed topic id, never a URI', () => {
  const topics = parseNotes({ uri: 'file:///n/a.md', origin: 'user', text: '## Same\nx\n## Same\ny\n## Other\nz\n' });
  it('refuses anything but { id, n }', () => {
    for (const raw of [undefined, null, 'x', [], { uri: 'file:///etc/passwd' }, { id: 'a', uri: 'file:///etc/passwd' }, { id: 3 }, { id: '' }, { id: 'a', n: -1 }, { id: 'a', n: 1.5 }, { id: 'x'.repeat(301) }])
      assert.equal(parseOpenTopicArgs(raw), undefined, JSON.stringify(raw));
    assert.deepEqual(parseOpenTopicArgs({ id: 'a/same' }), { id: 'a/same', n: 0 });
  });
  it('the link round-trips to the same topic, also among topics sharing an id', () => {
    for (const topic of topics) {
      const link = openTopicCommandLink({ id: topic.id, n: topicOrdinal(topics, topic) });
      const [arg] = JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1)));
      assert.equal(findTopic(topics, parseOpenTopicArgs(arg)!), topic);
    }
    assert.equal(findTopic(topics, { id: 'nope', n: 0 }), undefined);
  });
});

describe('hovers carry no injected link', () => {
  async function hoverWithNotes(textWithCaret: string, notes: string, fileName = 'template.yaml') {
    const { text, offset } = caret(textWithCaret);
    const analysis = await sn.analyze({ fileName, text });
    const target = analysis.source!.locate(offset)!;
    const index = new NotesSearchIndex(parseNotes({ uri: 'file:///home/u/notes.md', origin: 'user', text: notes }));
    const topics = index.topics;
    const extras = userNotesExtras(index, target, analysis.source!.model, (t) => openTopicCommandLink({ id: t.id, n: topicOrdinal(topics, t) }));
    return sn.hover(analysis, offset, extras)!;
  }
  const fn = (props: string) => `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n${props}\n`;

  it('seen: a user-notes heading `a\\](http://evil.example) \\[b` stays text in the hover', async () => {
    const hover = await hoverWithNotes(fn('      Runtime: java21\n      Time|out: 30'), '## Lambda timeout a\\](http://evil.example) \\[b\n\nLambda timeout is 15 minutes, SnapStart is for Java only.\n');
    assert.match(hover.markdown, /evil/);
    assert.deepEqual(evilLinks(hover.markdown), [], hover.markdown);
    assert.deepEqual(foreignLinks(hover.markdown), [], hover.markdown);
  });
  it("seen: Runtime: 'x`[a](http://evil.example/)`' renders no link", async () => {
    const { text, offset } = caret(fn("      Runtime: 'x`[a](http://evil.exa|mple/)`'\n      Handler: i.h"));
    const analysis = await sn.analyze({ fileName: 't.yaml', text });
    const h = sn.hover(analysis, offset)!;
    assert.match(h.markdown, /evil/);
    assert.deepEqual(evilLinks(h.markdown), [], h.markdown);
  });
  it('serverless.yml variable texts and function names stay text', async () => {
    const yml = 'service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  timeout: ${self:custom.t`[a](http://evil.example/)`, 10}\ncustom: {}\nfunctions:\n  "f`[b](http://evil.example/)`":\n    handler: h.h\n';
    const analysis = await sn.analyze({ fileName: 'serverless.yml', text: yml });
    for (let offset = 0; offset < yml.length; offset++) {
      const hover = sn.hover(analysis, offset);
      if (hover) assert.deepEqual(evilLinks(hover.markdown), [], `at ${offset}: ${hover.markdown}`);
    }
  });
});
