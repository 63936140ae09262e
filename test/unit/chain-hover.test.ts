import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainLenses } from '../../src/core';
import { service } from './support/service';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  OrdersFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Timeout: 60
      Environment:
        Variables:
          QUEUE_URL: !Ref OrdersQueue
      Events:
        Post: { Type: Api, Properties: { Path: /orders, Method: post } }
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 360
  WorkerFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Timeout: 60
      Events:
        Jobs: { Type: SQS, Properties: { Queue: !GetAtt OrdersQueue.Arn } }
  Lonely:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
`;

describe('chain hover line and CodeLens data', () => {
  it('leads the hover with the finding, then the chain and the link that binds', async () => {
    const s = service();
    const analysis = await s.analyze({ fileName: 'template.yaml', text: TEMPLATE });
    const hover = s.hover(analysis, TEMPLATE.indexOf('Timeout: 60') + 10);
    const lines = hover!.markdown.split('\n\n');
    assert.match(lines[0], /apigw-lambda-timeout/);
    assert.equal(lines[1], '**Chain:** client 29 s \\(REST\\) → OrdersFn 60 s → OrdersQueue visibility 360 s \\= 6 × → WorkerFn 60 s — binds: client 29 s \\< OrdersFn 60 s');
  });

  it('gives one lens per function on a chain, none for a function on none', async () => {
    const analysis = await service().analyze({ fileName: 'template.yaml', text: TEMPLATE });
    const lenses = chainLenses(analysis.source!.model);
    assert.deepEqual(
      lenses.map((l) => [TEMPLATE.slice(l.span.start, l.span.end), l.title]),
      [
        ['OrdersFn', 'client 29 s (REST) → OrdersFn 60 s → OrdersQueue visibility 360 s = 6 × → WorkerFn 60 s · binds: client 29 s < OrdersFn 60 s'],
        ['WorkerFn', 'client 29 s (REST) → OrdersFn 60 s → OrdersQueue visibility 360 s = 6 × → WorkerFn 60 s · binds: client 29 s < OrdersFn 60 s'],
      ],
    );
  });
});
