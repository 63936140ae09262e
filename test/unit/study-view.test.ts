// The study view's pure parts: snippet highlighting (real lexers; the HTML's text is the snippet, escaped),
// explanations as safe HTML, and the session (multiple response right only as a whole set; reload state).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { quiz } from '../../src/core';
import { escapeHtml, highlightHtml, snippetLanguage, tokenize, type SnippetLanguage } from '../../src/extension/study/highlight';
import { renderMarkdown } from '../../src/extension/study/render-markdown';
import { studyPageHtml } from '../../src/extension/study/study-html';
import { advance, answerIndexesOf, fromPersisted, isRightChoice, select, snippetOf, startStudy, submit, toPaused, toPersisted, viewOf } from '../../src/extension/study/study-session';
import { service } from './support/service';

const LANGUAGES: SnippetLanguage[] = ['yaml', 'json', 'typescript', 'python', 'text'];
const CODE_CHARS = fc.constantFrom(...'abcAWS:-_ {}[]"\'`#/*\n\t<>&.,0123456789!|=\\'.split(''));
const unescape = (html: string) => html.replace(/<\/?span[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const ctx = { due: 0, topics: [], markdown: renderMarkdown };

/** A question shaped as the bank makes them, with the fields a test needs. */
function question(over: Partial<quiz.Question> & { answerIndexes?: number[] } = {}): quiz.Question {
  return {
    id: 'topic#q1',
    kind: 'hand',
    topicId: 'topic',
    topicTitle: 'Topic',
    source: { uri: 'file:///notes.md', line: 0, origin: 'bundled' },
    prompt: 'Which?',
    fact: 'f',
    options: ['one', 'two', 'three', 'four', 'five'],
    answerIndex: 1,
    explanation: 'Because **two**. See [docs](https://docs.aws.amazon.com/lambda/) and [x](javascript:alert(1)).',
    ...over,
  } as quiz.Question;
}

describe('study view: snippet highlighting', () => {
  it('every language: the HTML is the snippet, escaped, with only <span class="tok-…"> added (generated snippets)', () => {
    fc.assert(
      fc.property(fc.string({ unit: CODE_CHARS, maxLength: 200 }), fc.constantFrom(...LANGUAGES), (code, language) => {
        const html = highlightHtml(code, language);
        assert.equal(unescape(html), code);
        assert.ok(!/<(?!\/?span\b)/.test(html), `a tag other than span: ${html}`);
        assert.equal(tokenize(code, language).map((t) => t.text).join(''), code);
      }),
      { seed: 19, numRuns: 600 },
    );
  });

  it('YAML keys, strings, numbers, tags and comments; JSON keys and literals; TypeScript and Python keywords and strings', () => {
    const kinds = (code: string, language: SnippetLanguage) => tokenize(code, language).filter((t) => t.kind).map((t) => `${t.kind}:${t.text.trim()}`);
    const yaml = kinds('Timeout: 1200 # too long\nHandler: app.handler\nRole: !GetAtt Role.Arn\n', 'yaml');
    for (const want of ['key:Timeout', 'number:1200', 'comment:# too long', 'key:Handler', 'string:app.handler', 'tag:!GetAtt']) assert.ok(yaml.includes(want), `${want} in ${yaml}`);
    const json = kinds('{ "Timeout": 900, "Enabled": true, "Name": "x" }', 'json');
    for (const want of ['key:"Timeout"', 'number:900', 'literal:true', 'string:"x"']) assert.ok(json.includes(want), `${want} in ${json}`);
    const ts = kinds("import * as lambda from 'aws-cdk-lib/aws-lambda'; // fn\nnew lambda.Function(this, 'F', { timeout: 900 });", 'typescript');
    for (const want of ['keyword:import', "string:'aws-cdk-lib/aws-lambda'", 'comment:// fn', 'keyword:new', 'keyword:this', 'number:900']) assert.ok(ts.includes(want), `${want} in ${ts}`);
    const py = kinds('from aws_cdk import Duration\n"""doc"""\nfn = Function(self, "F", timeout=None)  # x', 'python');
    for (const want of ['keyword:from', 'string:"""doc"""', 'keyword:self', 'literal:None', 'comment:# x']) assert.ok(py.includes(want), `${want} in ${py}`);
  });

  it('language from the declared name, else JSON or YAML by the first character', () => {
    assert.equal(snippetLanguage('yml', ''), 'yaml');
    assert.equal(snippetLanguage('TypeScript', ''), 'typescript');
    assert.equal(snippetLanguage('py', ''), 'python');
    assert.equal(snippetLanguage('rust', ''), 'text');
    assert.equal(snippetLanguage(undefined, '  {"a": 1}'), 'json');
    assert.equal(snippetLanguage(undefined, 'Resources:'), 'yaml');
  });

  it('HTML-significant characters never survive unescaped', () => {
    assert.equal(escapeHtml(`<script>"&'`), '&lt;script&gt;&quot;&amp;&#39;');
    assert.ok(!highlightHtml('Name: <img src=x onerror=alert(1)>', 'yaml').includes('<img'));
  });
});

describe('study view: explanations and the page', () => {
  it('markdown with raw HTML off and only https links', () => {
    const html = renderMarkdown('**Bold** <img src=x onerror=alert(1)> [ok](https://docs.aws.amazon.com/) [no](javascript:alert(1)) [file](file:///etc/passwd) [cmd](command:workbench.action.quit)');
    assert.match(html, /<strong>Bold<\/strong>/);
    assert.match(html, /<a href="https:\/\/docs.aws.amazon.com\/">ok<\/a>/);
    assert.ok(!html.includes('<img'), html);
    for (const bad of ['javascript:', 'file:', 'command:']) assert.ok(!html.includes(`href="${bad}`), `${bad} linked: ${html}`);
  });

  it('the page: a CSP with no remote source, scripts only by nonce, no inline style', () => {
    const html = studyPageHtml({ cspSource: 'https://x.vscode-cdn.net', script: 'https://x.vscode-cdn.net/dist/study-view.js', style: 'https://x.vscode-cdn.net/media/study/study.css' }, 'NONCE');
    const csp = /content="([^"]+)"/.exec(html)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-NONCE'(;|$)/);
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp), csp);
    assert.ok(!/ style=/.test(html), 'an inline style');
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="NONCE" src=/);
    assert.match(html, /role="status" aria-live="polite"/);
  });
});

describe('study view: the session', () => {
  it('single answer: answerIndexes absent means [answerIndex]; multiple response is right only as the whole set', () => {
    const single = question();
    assert.deepEqual(answerIndexesOf(single), [1]);
    assert.ok(isRightChoice(single, [1]));
    assert.ok(!isRightChoice(single, [1, 2]));
    const multi = question({ kind: 'multiple-response' as quiz.Question['kind'], answerIndex: 0, answerIndexes: [0, 3] });
    assert.ok(isRightChoice(multi, [3, 0]));
    for (const wrong of [[0], [3], [0, 3, 4], [1, 2]]) assert.ok(!isRightChoice(multi, wrong), `${wrong}`);
    const view = viewOf(startStudy('all', 'All topics', [multi]), ctx);
    assert.equal(view.question?.multiple, true);
    assert.equal(view.question?.choose, 2);
  });

  it('snippets: a string or { code, language }; none shows none', () => {
    assert.equal(snippetOf(question()), undefined);
    assert.deepEqual(snippetOf(question({ snippet: 'Timeout: 1200' })), { code: 'Timeout: 1200' });
    assert.deepEqual(snippetOf(question({ snippet: { code: 'x = 1', language: 'python' } } as never)), { code: 'x = 1', language: 'python' });
    const view = viewOf(startStudy('all', 'All', [question({ snippet: { code: 'fn = None', language: 'python' } } as never)]), ctx);
    assert.equal(view.question?.snippetLanguage, 'python');
    assert.match(view.question?.snippetHtml ?? '', /tok-literal/);
    assert.equal(viewOf(startStudy('all', 'All', [question()]), ctx).question?.snippetHtml, undefined);
  });

  it('ticks, submits once, shows feedback with safe explanation HTML, advances; the paused run resumes at the next question', () => {
    const qs = [question({ id: 'a' }), question({ id: 'b' }), question({ id: 'c' })];
    let s = startStudy('all', 'All topics', qs);
    s = select(s, [4, 1, 9, -1]);
    assert.deepEqual(s.selected, [1, 4], 'out-of-range choices dropped');
    const first = submit(s, [2]);
    assert.equal(first.correct, false);
    s = first.session;
    assert.deepEqual(toPaused(s), { scope: 'all', questionIds: ['a', 'b', 'c'], index: 1, correct: 0 });
    assert.equal(submit(s, [1]).question, undefined, 'a second submission is ignored');
    const view = viewOf(s, ctx);
    assert.equal(view.phase, 'feedback');
    assert.deepEqual(view.feedback?.answers, [1]);
    assert.deepEqual(view.feedback?.choices, [2]);
    assert.match(view.feedback!.explanationHtml, /<strong>two<\/strong>/);
    assert.ok(!view.feedback!.explanationHtml.includes('href="javascript:'), view.feedback!.explanationHtml);
    s = advance(s);
    assert.equal(viewOf(s, ctx).number, 2);
    s = advance(submit(s, [1]).session);
    s = advance(submit(s, [1]).session);
    const done = viewOf(s, ctx);
    assert.equal(done.phase, 'summary');
    assert.match(done.message!, /^2 of 3 right/);
    assert.equal(toPaused(s), undefined);
  });

  it('reload: the saved state rebuilds the same view — ticked options of a half-answered question, or the feedback shown', () => {
    const bank = quiz.buildQuestionBank(service().kb.topics);
    const picked = bank.slice(0, 4);
    let s = startStudy('file:///t.yaml', 'This file: t.yaml', picked);
    s = advance(submit(s, [0]).session);
    s = select(s, [2, 0]);
    const saved = JSON.parse(JSON.stringify(toPersisted(s)));
    const back = fromPersisted(saved, bank)!;
    assert.deepEqual(viewOf(back, ctx), viewOf(s, ctx));
    const answered = submit(back, [1]).session;
    const again = fromPersisted(JSON.parse(JSON.stringify(toPersisted(answered))), bank)!;
    assert.deepEqual(viewOf(again, ctx), viewOf(answered, ctx));
    assert.equal(fromPersisted({ ...saved, questionIds: ['gone'] }, bank), undefined, 'a question no longer in the bank');
    for (const junk of [null, 1, 'x', {}, { scope: 'all', questionIds: 'a', index: 0, correct: 0 }]) assert.equal(fromPersisted(junk, bank), undefined);
  });
});
