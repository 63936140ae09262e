import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NotesSearchIndex, parseNotes, userNotesExtras } from '../../src/core';
import { findContradictions } from '../../src/core/kb/contradictions';
import MarkdownIt from 'markdown-it';
import { safeMarkdown } from '../../src/core/kb/search-preview';
import { findTopic, openTopicCommandLink, parseOpenTopicArgs, topicOrdinal } from '../../src/core/hover/topic-link';
import { tokenize } from '../../src/core/kb/search-text';
import { caret } from './support/expectations';
import { bundledNotes, FIXTURES, NO_SEED, ROOT, SEED, service } from './support/service';

/** The user's study notes, loaded the way a notes file from `serverlessNotes.notes.paths` is. */
const seedTopics = () => parseNotes({ uri: 'file:///home/user/notes/serverless-notes.md', text: NO_SEED ? '' : readFileSync(SEED, 'utf8'), origin: 'user' });

const sn = service();
const index = new NotesSearchIndex([...sn.kb.topics, ...seedTopics()]);

async function hoverAt(textWithCaret: string) {
  const { text, offset } = caret(textWithCaret);
  const analysis = await sn.analyze({ fileName: 'template.yaml', text });
  const target = analysis.source?.locate(offset);
  assert.ok(target && analysis.source, 'caret must be on a resource');
  const extras = userNotesExtras(index, target, analysis.source.model, (t) => openTopicCommandLink({ id: t.id, n: topicOrdinal(index.topics, t) }));
  return { hover: sn.hover(analysis, offset, extras), extras };
}

const template = (resources: string) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
${resources}`;

const TABLE = `  Sessions:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      TimeToLiveSpecification:
        AttributeName: expiresAt
        Enabled: true
`;

const SNAP_FN = `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      AutoPublishAlias: live
      SnapStart:
        ApplyOn: PublishedVersions
`;

describe('notes search: the user notes find their resources without annotations', { skip: NO_SEED }, () => {
  it('tokenizes aliases and multi-word names to the same terms', () => {
    assert.ok(tokenize('DDB').includes('dynamodb'));
    assert.ok(tokenize('APIGW').includes('apigateway'));
    assert.ok(tokenize('API Gateway').includes('apigateway'));
    assert.ok(tokenize('SFN').includes('stepfn') && tokenize('Step Functions').includes('stepfn'));
    assert.ok(tokenize('L@E').includes('lambdaedge'));
    assert.ok(tokenize('Lambda@Edge').includes('lambdaedge'));
    assert.ok(tokenize('time to live').includes('ttl'));
  });

  it('hovering TimeToLiveSpecification shows the seed TTL section first, labelled, with a link to the heading', async () => {
    const { hover, extras } = await hoverAt(template(TABLE.replace('TimeToLiveSpecification', 'TimeToLive|Specification')));
    assert.deepEqual(extras.userSections?.map((t) => t.title), ['DynamoDB TTL']);
    assert.ok(hover);
    const userAt = hover.markdown.indexOf('**Your notes:** [DynamoDB TTL](command:serverlessNotes.openTopic?');
    const moreAt = hover.markdown.indexOf('More: [DynamoDB TTL](command:serverlessNotes.openTopic?');
    assert.ok(userAt > 0 && moreAt > userAt, hover.markdown);
    const [arg] = JSON.parse(decodeURIComponent(/openTopic\?([^)]+)\)/.exec(hover.markdown.slice(userAt))![1]));
    const opened = findTopic(index.topics, parseOpenTopicArgs(arg)!)!;
    const seedLine = readFileSync(SEED, 'utf8').split('\n').indexOf('## DynamoDB TTL');
    assert.deepEqual({ uri: opened.uri, line: opened.line }, { uri: 'file:///home/user/notes/serverless-notes.md', line: seedLine });
  });

  it('hovering the table itself also finds the TTL section, because the table sets TTL', async () => {
    const { extras } = await hoverAt(template(TABLE.replace('  Sessions:', '  Sess|ions:')));
    assert.equal(extras.userSections?.[0]?.title, 'DynamoDB TTL');
    const { extras: withoutTtl } = await hoverAt(template(TABLE.replace('  Sessions:', '  Sess|ions:').split('      TimeToLiveSpecification')[0]));
    assert.notEqual(withoutTtl.userSections?.[0]?.title, 'DynamoDB TTL');
  });

  it('a SAM function with SnapStart on python3.12 shows the SnapStart section and a correction with the source', async () => {
    const { hover, extras } = await hoverAt(template(SNAP_FN.replace('SnapStart:', 'Snap|Start:')));
    assert.equal(extras.userSections?.[0]?.title, 'Lambda SnapStart');
    assert.ok(hover);
    // "no extra cost on Java 11+" is true: the seed section gets no correction.
    assert.doesNotMatch(hover.markdown, /A gentle correction/);
    const idx = new NotesSearchIndex([...sn.kb.topics, ...parseNotes({ uri: 'file:///n.md', origin: 'user', text: '## Lambda SnapStart\nSnapStart is Java-only, it snapshots the JVM.\n' })]);
    const { text, offset } = caret(template(SNAP_FN.replace('SnapStart:', 'Snap|Start:')));
    const analysis = await sn.analyze({ fileName: 'template.yaml', text });
    const withClaim = sn.hover(analysis, offset, userNotesExtras(idx, analysis.source!.locate(offset)!, analysis.source!.model))!;
    assert.match(withClaim.markdown, /> Your note “Lambda SnapStart” says “SnapStart is Java\\-only, it snapshots the JVM\\.”\. A gentle correction: SnapStart supports Java 11\\\+, Python 3\\\.12\\\+ .*\(\[source\]\(https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/snapstart\.html\)\)/);
    const { extras: onResource } = await hoverAt(template(SNAP_FN.replace('  Fn:', '  F|n:')));
    assert.equal(onResource.userSections?.[0]?.title, 'Lambda SnapStart');
  });

  it('never shows more than two user sections, and bundled topics never count as user sections', () => {
    const many = new NotesSearchIndex([...sn.kb.topics, ...seedTopics(), ...seedTopics().map((t) => ({ ...t, uri: 'file:///copy.md' }))]);
    const hits = many.sectionsFor({ resourceType: 'AWS::DynamoDB::Table' }, 2, { origin: 'user' });
    assert.equal(hits.length, 2);
    assert.ok(hits.every((t) => t.origin === 'user'));
  });

  it('a marker pins a user section to a resource type, ahead of word matches', () => {
    const pinned = parseNotes({ uri: 'file:///pinned.md', origin: 'user', text: '## My cache notes\n<!-- serverless-notes: resources=AWS::DynamoDB::Table -->\nNothing about the service by name.\n' });
    const idx = new NotesSearchIndex([...seedTopics(), ...pinned]);
    assert.equal(idx.sectionsFor({ resourceType: 'AWS::DynamoDB::Table', property: 'TimeToLiveSpecification' }, 2)[0].title, 'My cache notes');
    assert.equal(idx.sectionsFor({ resourceType: 'AWS::SQS::Queue' }, 2).some((t) => t.title === 'My cache notes'), false);
  });

  it('finds sections for other targets by their words (VPC, endpoint types, identity pools, RDS Proxy)', () => {
    const user = new NotesSearchIndex(seedTopics());
    const first = (resourceType: string, property?: string) => user.sectionsFor({ resourceType, property }, 1)[0]?.title;
    assert.equal(first('AWS::Serverless::Function', 'VpcConfig'), 'Lambda in VPC');
    assert.equal(first('AWS::Serverless::Api', 'EndpointConfiguration'), 'API Gateway Endpoint Types');
    assert.equal(first('AWS::Cognito::IdentityPool'), 'Cognity Identity Pools');
    assert.equal(first('AWS::RDS::DBProxy'), 'Lambda with RDS Proxy');
    assert.equal(first('AWS::Serverless::Function', 'Runtime'), 'Lambda Supported Languages');
    assert.equal(first('AWS::SQS::Queue', 'VisibilityTimeout'), undefined, 'the seed has no SQS section');
  });

  it('re-indexes one file: replaced sections are found, removed ones are not', () => {
    const idx = new NotesSearchIndex(seedTopics());
    idx.setFile('file:///home/user/notes/serverless-notes.md', []);
    assert.equal(idx.sectionsFor({ resourceType: 'AWS::DynamoDB::Table', property: 'TimeToLiveSpecification' }, 2).length, 0);
    idx.setFile('file:///x.md', parseNotes({ uri: 'file:///x.md', origin: 'user', text: '## DDB expiry\nItems go away after their TTL.\n' }));
    assert.equal(idx.sectionsFor({ resourceType: 'AWS::DynamoDB::Table', property: 'TimeToLiveSpecification' }, 2)[0]?.title, 'DDB expiry');
    assert.equal(idx.topics.length, 1);
  });

  it('free-text search ranks titles (Search Notes)', () => {
    assert.equal(index.search('ddb ttl')[0].topic.title, 'DynamoDB TTL');
    assert.equal(index.search('snapstart')[0].topic.title.includes('SnapStart'), true);
  });
});

describe('contradictions: only checkable claims, with the fact and its source', { skip: NO_SEED }, () => {
  const found = (title: string) => findContradictions(seedTopics().find((t) => t.title === title)!).map((c) => c.claim.id);
  it('flags the seed claims the facts decide', () => {
    assert.deepEqual(found('Lambda Supported Languages'), ['go-managed-runtime']);
    assert.deepEqual(found('CloudFront Functions & Lambda@Edge'), ['limit:edge-timeout']);
    assert.deepEqual(found('DynamoDB Global Tables'), ['global-tables-need-streams']);
  });
  it('says nothing about sections it cannot decide or that are right', () => {
    // "no extra cost on Java 11+" is true (SnapStart is free for Java): not a claim that it is Java-only.
    for (const title of ['DynamoDB TTL', 'Lambda limits', 'Lambda SnapStart', 'DynamoDB and S3', 'Cognito User Pools', 'API Gateway security', 'Lambda in VPC']) assert.deepEqual(found(title), [], title);
    for (const topic of sn.kb.topics) assert.deepEqual(findContradictions(topic).map((c) => c.claim.id), [], `bundled note ${topic.id} is current`);
  });
});

describe('untrusted notes render safely', () => {
  const hostile = readFileSync(join(FIXTURES, 'notes', 'hostile.md'), 'utf8');
  it('keeps no HTML, no command or file links; keeps https links and bold', () => {
    const out = safeMarkdown(parseNotes({ uri: 'file:///h.md', origin: 'user', text: hostile })[0].body);
    // Markup from the note survives only as escaped text (`\<script\>`), never as HTML or a link.
    assert.doesNotMatch(out, /(^|[^\\(])</m);
    assert.doesNotMatch(out, /\]\(<?(command|file):/);
    assert.match(out, /\\<script\\>/);
    assert.match(out, /\*\*TTL\*\*/);
    assert.match(out, /\[docs\]\(<https:\/\/docs\.aws\.amazon\.com\/amazondynamodb\/latest\/developerguide\/TTL\.html>\)/);
    assert.match(out, /Open me/);
  });
  it('keeps the blocks apart: a paragraph after a list or a quote stays its own paragraph (not a lazy continuation)', () => {
    const out = safeMarkdown('Intro\n\n- a\n- b\n\nAfter the list.\n\n> quoted\n\nAfter the quote.\n\n2. two\n3. three\n');
    const blocks = new MarkdownIt().parse(out, {}).filter((t) => t.level === 0 && t.type.endsWith('_open')).map((t) => t.type);
    assert.deepEqual(blocks, ['paragraph_open', 'bullet_list_open', 'paragraph_open', 'blockquote_open', 'paragraph_open', 'ordered_list_open'], out);
    assert.match(out, /^2\. two\n3\. three$/m);
  });
  it('a hostile section in a hover carries no command link but ours', async () => {
    const idx = new NotesSearchIndex(parseNotes({ uri: 'file:///h.md', origin: 'user', text: hostile }));
    const { text, offset } = caret(template(TABLE.replace('TimeToLiveSpecification', 'TimeToLive|Specification')));
    const analysis = await sn.analyze({ fileName: 'template.yaml', text });
    const extras = userNotesExtras(idx, analysis.source!.locate(offset)!, analysis.source!.model, () => 'command:serverlessNotes.openTopic?ok');
    const hover = sn.hover(analysis, offset, extras)!;
    const commands = [...hover.markdown.matchAll(/command:[^)\s>]*/g)].map((m) => m[0]);
    assert.ok(commands.length > 0 && commands.every((c) => c === 'command:serverlessNotes.openTopic?ok'), commands.join('\n'));
    assert.doesNotMatch(hover.markdown, /(^|[^\\])<(script|img)/m);
  });
});

void bundledNotes;
