// `explain` prints the hover for a terminal: the markdown escapes the hover makes for VS Code (`\(`, `\.`)
// and `command:` links never reach the terminal, and user strings with markdown punctuation come out as written.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openTopicCommandLink, topicOrdinal } from '../../src/core';
import { markdownToTerminal } from '../../src/cli/terminal-markdown';
import { ROOT, service } from './support/service';

const CLI = join(ROOT, 'src', 'cli', 'main.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: ROOT });

/** A backslash before ASCII punctuation: a markdown escape left in the output. */
const ESCAPE = /\\[!-/:-@[-`{-~]/;
const NAME = 'a*b*_c_[x](y)`z`';

describe('explain in a terminal', () => {
  it('seen: the start script position (examples/sam-app.yaml:24:16) prints clean text, no escapes, no command: links', () => {
    const result = run('explain', 'examples/sam-app.yaml:24:16');
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, ESCAPE);
    assert.doesNotMatch(result.stdout, /command:/);
    assert.doesNotMatch(result.stdout, /\*\*|\u001b/, 'no markdown bold and no ANSI when stdout is not a terminal');
    assert.match(result.stdout, /^Error lambda-timeout: Timeout 1,200 s \(20 min\) exceeds Lambda's maximum of 900 s \(15 min\)\.$/m);
    assert.match(result.stdout, /^- Timeout: 1–900 seconds \(15 min\)\./m);
    assert.match(result.stdout, /^More: Lambda limits \(https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/gettingstarted-limits\.html\)$/m);
  });

  it('a user string with markdown punctuation comes out literally, in the message and in code spans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-explain-term-'));
    const file = join(dir, 'serverless.yml');
    writeFileSync(file, `service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  timeout: 1200\nfunctions:\n  "${NAME}":\n    handler: h.h\n  other:\n    handler: h.h\n`);
    const result = run('explain', `${file}:5:13`);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, ESCAPE);
    assert.ok(result.stdout.includes(`affects 2 functions: ${NAME}, other.`), result.stdout);
    assert.ok(result.stdout.includes(`applies to 2 functions: ${NAME}, other`), result.stdout);
  });

  it('command: links (the editor\'s open-topic links) keep only the note title; web links read "text (url)"', async () => {
    const svc = service();
    const text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1200\n";
    const analysis = await svc.analyze({ fileName: 't.yaml', text });
    const hover = svc.hover(analysis, text.indexOf('1200'), { linkTo: (topic) => openTopicCommandLink({ id: topic.id, n: topicOrdinal(svc.kb.topics, topic) }) });
    assert.ok(hover);
    assert.match(hover.markdown, /\]\(command:serverlessNotes\.openTopic\?/, 'the editor hover links the note');
    const out = markdownToTerminal(hover.markdown);
    assert.doesNotMatch(out, /command:/);
    assert.match(out, /^More: Lambda limits · AWS documentation \(https:\/\/docs\.aws\.amazon\.com\/[^ )]+\)$/m);
  });

  it('bold is ANSI bold only when asked (stdout a terminal); quotes, lists and control characters', () => {
    assert.equal(markdownToTerminal('**1,200 s** \\(20 min\\)'), '1,200 s (20 min)');
    assert.equal(markdownToTerminal('**1,200 s** \\(20 min\\)', { ansi: true }), '\u001b[1m1,200 s\u001b[22m (20 min)');
    assert.equal(markdownToTerminal('a\n\n- `x`\\: one\n- two\n\n> Your note \\*x\\*\n\n3. three'), 'a\n\n- x: one\n- two\n\n> Your note *x*\n\n3. three');
    // A user string with an escape sequence (YAML "\e[31m", an OSC 8 link) never reaches the terminal as one.
    assert.equal(markdownToTerminal('name \u001b]8;;https://evil.example\u0007x `\u001b[31m`'), 'name \ufffd]8;;https://evil.example\ufffdx \ufffd[31m');
    assert.equal(markdownToTerminal('[a](ftp://example.com/a) [b](<https://example.com/x>)'), 'a b (https://example.com/x)');
  });

  it('check\'s text output: a control character in a file name (legal on Linux, e.g. in a cloned repository) is shown as U+FFFD', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-check-term-'));
    // ESC [ 3 1 m in the name would colour the terminal red; messages are already made safe by the core.
    const file = join(dir, 'red\u001b[31m.yaml');
    writeFileSync(file, "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs22.x\n      Timeout: 1200\n");
    const result = run('check', file, '--no-fail');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /lambda-timeout/);
    assert.doesNotMatch(result.stdout, /\u001b/);
    assert.ok(result.stdout.includes('red\ufffd[31m.yaml:7:'), result.stdout);
  });
});
