import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { ENGINE_RULE_IDS } from '../../src/core/analyze';
import { KnowledgeBase } from '../../src/core';
import { LIMITS, type LimitId } from '../../src/core/limits';
import { RULES } from '../../src/core/rules';
import { bundledNotes, ROOT, NO_SEED, SEED } from './support/service';


/** Each `##` heading of the seed notes and the bundled topic(s) that cover it. */
const SEED_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'Lambda Supported Languages': ['lambda-runtimes'],
  'Lambda limits': ['lambda-limits'],
  'Lambda SnapStart': ['lambda-snapstart'],
  'CloudFront Functions & Lambda@Edge': ['cloudfront-functions', 'lambda-edge'],
  'Lambda in VPC': ['lambda-vpc'],
  'Lambda with RDS Proxy': ['lambda-rds-proxy'],
  'Lambda from RDS & Aurora': ['rds-invokes-lambda'],
  'DynamoDB Precisions': ['dynamodb-basics'],
  'DynamoDB Stream Processing': ['dynamodb-streams'],
  'DynamoDB Global Tables': ['dynamodb-global-tables'],
  'DynamoDB TTL': ['dynamodb-ttl'],
  'DynamoDB Backups': ['dynamodb-backups'],
  'DynamoDB and S3': ['dynamodb-s3'],
  'API Gateway': ['api-gateway'],
  'API Gateway Endpoint Types': ['api-gateway-endpoint-types'],
  'API Gateway security': ['api-gateway-security'],
  'Step Functions Precisions': ['step-functions'],
  'Cognito User Pools': ['cognito-user-pools'],
  'Cognity Identity Pools': ['cognito-identity-pools'], // sic: the seed's spelling
};

/** The text of every `##` heading, read with markdown-it (the parser the knowledge base uses). */
function secondLevelHeadings(markdown: string): string[] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const headings: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open' && token.tag === 'h2') headings.push(tokens[i + 1].content.trim());
  });
  return headings;
}

describe('consistency: rules, limits and notes', () => {
  const kb = new KnowledgeBase(bundledNotes());
  const hasTopic = (id: string) => kb.topic(id) !== undefined;

  it('rule ids are unique kebab-case and distinct from the engine finding ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate rule ids');
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `rule id ${id} is not kebab-case`);
    for (const id of ENGINE_RULE_IDS) assert.ok(!ids.includes(id), `rule id ${id} clashes with an engine finding`);
  });

  it('every rule has a title and description and cites an existing topic', () => {
    for (const { meta } of RULES) {
      assert.ok(meta.title.trim() && meta.description.trim(), `${meta.id}: title and description`);
      assert.ok(hasTopic(meta.topic), `${meta.id} cites topic "${meta.topic}", which no bundled note declares`);
    }
  });

  it("every rule's limits exist in src/core/limits.ts", () => {
    for (const { meta } of RULES) {
      for (const id of meta.limits) assert.ok(Object.hasOwn(LIMITS, id), `${meta.id} uses unknown limit "${id}"`);
    }
  });

  it('every limit has an existing topic and an https source', () => {
    for (const [id, limit] of Object.entries(LIMITS) as Array<[LimitId, (typeof LIMITS)[LimitId]]>) {
      assert.ok(hasTopic(limit.topic), `limit ${id} cites topic "${limit.topic}", which no bundled note declares`);
      assert.ok(URL.canParse(limit.source) && new URL(limit.source).protocol === 'https:', `limit ${id}: source must be an https URL, got ${limit.source}`);
      assert.ok(Number.isFinite(limit.value), `limit ${id}: value`);
    }
  });

  it('every seed topic has a bundled note with content', { skip: NO_SEED }, () => {
    const headings = secondLevelHeadings(readFileSync(SEED, 'utf8'));
    assert.ok(headings.length >= 19, 'the seed notes were not read');
    for (const heading of headings) {
      const topics = SEED_TOPICS[heading];
      assert.ok(topics, `seed heading "${heading}" is not mapped to a bundled topic (add it to SEED_TOPICS)`);
      for (const id of topics) {
        const topic = kb.topic(id);
        assert.ok(topic, `seed heading "${heading}": no bundled note declares id=${id}`);
        assert.equal(topic.origin, 'bundled');
        assert.ok(topic.body.trim().length > 40, `topic ${id} has (almost) no text`);
      }
    }
  });
});
