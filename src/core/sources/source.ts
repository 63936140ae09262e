import type { Entity, Format, ServerlessModel } from '../model';
import type { Span } from '../text/line-index';
import type { ReadProblem, SourceComment } from './tree';

/** The document handed to a reader. */
export interface SourceDocument {
  /** A path or URI; only its base name and extension are used to pick a reader. */
  readonly fileName: string;
  readonly text: string;
}

/**
 * An included file's text with a key naming the file itself (its real path: two spellings of one file
 * are read and parsed once), or why it was not read (outside the project, not a regular file, too large,
 * an untrusted workspace). The reason becomes one information finding and the value is unknown.
 */
export type FileRead = { readonly text: string; readonly key?: string } | { readonly refused: string };

/**
 * Reads other files next to the analysed one (serverless.yml `${file(...)}`). Injected so the core
 * never touches a file system (src/node/file-access.ts `projectFileAccess` is the one the faces use);
 * returns undefined when there is no such file (the Framework then takes the variable's fallback).
 */
export interface FileAccess {
  readFile(fromFileName: string, relativePath: string): string | FileRead | undefined;
}

/**
 * Stable names for what a hovered value means, shared by all formats, so hovers can add the limit and
 * the budget ("1,200 s = 20 min; Lambda stops at 900 s") without knowing the syntax.
 */
export type Facet =
  | 'lambda.timeout'
  | 'lambda.memory'
  | 'lambda.ephemeralStorage'
  | 'lambda.environment'
  | 'lambda.layers'
  | 'lambda.runtime'
  | 'lambda.snapStart'
  | 'lambda.reservedConcurrency'
  | 'lambda.provisionedConcurrency'
  | 'lambda.vpc'
  | 'lambda.architectures'
  | 'sqs.visibilityTimeout'
  | 'dynamodb.billingMode'
  | 'dynamodb.tableClass'
  | 'dynamodb.stream'
  | 'dynamodb.ttl'
  | 'dynamodb.pitr'
  | 'apigw.endpointType'
  | 'apigw.integrationTimeout'
  | 'stepfunctions.type'
  | 'event';

/** What is under the cursor, in CloudFormation terms whatever the format. */
export interface HoverTarget {
  readonly span: Span;
  /** CloudFormation resource type, e.g. `AWS::Serverless::Function`. */
  readonly resourceType: string;
  /** Top-level CloudFormation property name, e.g. `Timeout`; undefined on the resource itself. */
  readonly property?: string;
  /** Nested property path below `property` when deeper (e.g. `['Variables', 'TABLE']`). */
  readonly subPath?: readonly string[];
  readonly part: 'resource' | 'key' | 'value';
  readonly facet?: Facet;
  /** The model entity the target belongs to (for budgets: the function whose timeout this is). */
  readonly entity?: Entity;
  /** Extra lines a reader knows (e.g. what a serverless variable resolves to). */
  readonly details?: readonly string[];
}

/** What a reader returns for one file. */
export interface ParsedSource {
  readonly format: Format;
  readonly model: ServerlessModel;
  readonly problems: readonly ReadProblem[];
  readonly comments: readonly SourceComment[];
  /** The hover target at an offset, computed lazily (hovers are rare, analysis is constant). */
  locate(offset: number): HoverTarget | undefined;
  /**
   * The key or name that introduces the text at `span`: the map key of a YAML/JSON value, the prop name of
   * a CDK value, the `new X` of a construct. The engine marks it instead of a value that covers several lines.
   */
  keyOf?(span: Span): Span | undefined;
}
