/** Reads a CloudFormation/SAM template (YAML or JSON) into the serverless model. */
import { allEntities, emptyModel, type Entity, type LambdaFunction, type ServerlessModel } from '../../model';
import { unlimitedBudget, type WorkBudget } from '../../budget';
import type { ParsedSource } from '../source';
import { enclosingKeySpan, type MapNode, type ParsedTree } from '../tree';
import { linkApiIntegrations } from './api-links';
import { FUNCTION_TYPES, readFunction } from './functions';
import { linkFunctionTargets } from './function-targets';
import { linkBestPracticeFacts } from './best-practice-links';
import { locateInTemplate } from './locate';
import { readCloudFrontFunction } from './cloudfront';
import { readIdentityPool, readUserPool } from './cognito';
import { linkDatabases, readDynamoDbTable } from './databases';
import { linkEdgeAssociations } from './edge';
import { linkFunctionResources, readApi, readQueue } from './resources';
import { readStateMachine } from './state-machines';
import { readTemplate, type ResourceEntry, type Template } from './template';
import { internalProblem } from '../internal-problem';
import { quote } from '../../text/quote';

export type ResourceReader = (resource: ResourceEntry, template: Template, model: ServerlessModel) => void;

/**
 * Readers for resource types beyond functions. Rules for more systems add their resource here.
 * Each pushes what it reads into the model.
 */
export const RESOURCE_READERS: Record<string, ResourceReader> = {
  'AWS::SQS::Queue': (r, t, m) => m.queues.push(readQueue(r, t)),
  'AWS::DynamoDB::Table': (r, t, m) => m.tables.push(readDynamoDbTable(r, t)),
  'AWS::DynamoDB::GlobalTable': (r, t, m) => m.tables.push(readDynamoDbTable(r, t)),
  'AWS::ApiGateway::RestApi': (r, t, m) => m.apis.push(readApi(r, t)),
  'AWS::Serverless::Api': (r, t, m) => m.apis.push(readApi(r, t)),
  'AWS::Serverless::HttpApi': (r, t, m) => m.apis.push(readApi(r, t)),
  'AWS::ApiGatewayV2::Api': (r, t, m) => m.apis.push(readApi(r, t)),
  'AWS::StepFunctions::StateMachine': (r, t, m) => m.stateMachines.push(readStateMachine(r, t)),
  'AWS::Serverless::StateMachine': (r, t, m) => m.stateMachines.push(readStateMachine(r, t)),
  'AWS::Cognito::UserPool': (r, t, m) => m.userPools.push(readUserPool(r, t)),
  'AWS::Cognito::IdentityPool': (r, t, m) => m.identityPools.push(readIdentityPool(r, t)),
  'AWS::CloudFront::Function': (r, t, m) => m.cloudFrontFunctions.push(readCloudFrontFunction(r, t)),
};

/** Cross-resource passes that run after every resource was read (event linking, edge associations...). */
export type TemplateLinker = (template: Template, model: ServerlessModel) => void;

export const TEMPLATE_LINKERS: TemplateLinker[] = [
  (template, model) => linkFunctionResources(template, new Map(model.functions.map((f) => [f.id, f]))),
  linkEdgeAssociations,
  linkDatabases,
  linkApiIntegrations,
  linkFunctionTargets,
  linkBestPracticeFacts,
];

/**
 * Reads every resource of a template into `model` (also used for serverless.yml `resources:`). A reader
 * that fails on one resource loses that resource only: `failed` hears of it (without it, it throws).
 */
export function readTemplateInto(root: MapNode, model: ServerlessModel, failed?: (what: string, error: unknown) => void, budget?: WorkBudget): Template {
  const template = readTemplate(root);
  const guarded = (what: () => string, work: () => void) => {
    if (!failed) return work();
    try {
      work();
    } catch (error) {
      failed(what(), error);
    }
  };
  for (const resource of template.resources) {
    if (budget && !budget.spend(1, 'reading resources')) break;
    guarded(
      () => `the ${resource.type} reader (resource ${quote(resource.id, 40)})`,
      () => {
        if (FUNCTION_TYPES.has(resource.type)) model.functions.push(readFunction(resource, template));
        else RESOURCE_READERS[resource.type]?.(resource, template, model);
      },
    );
  }
  TEMPLATE_LINKERS.forEach((link, index) => guarded(() => `the template linker #${index + 1} (${link.name || 'anonymous'})`, () => link(template, model)));
  return template;
}

/** `budget` is shared with the resolvers below (see budget.ts). */
export function readCloudFormation(tree: ParsedTree & { root: MapNode }, budget: WorkBudget = unlimitedBudget()): ParsedSource {
  const model = emptyModel('cloudformation');
  const problems = [...tree.problems];
  const template = readTemplateInto(tree.root, model, (what, error) => problems.push(internalProblem(what, error)), budget);
  if (template.samWithoutTransform) model.facts.samWithoutTransform = template.samWithoutTransform;
  let entities: Map<string, Entity> | undefined;
  const entityOf = (id: string): Entity | undefined => {
    entities ??= new Map<string, Entity>(allEntities(model).map((e) => [e.id, e]));
    return entities.get(id);
  };
  return {
    format: 'cloudformation',
    model,
    problems,
    comments: tree.comments,
    locate: (offset) => locateInTemplate(tree.root, offset, entityOf),
    keyOf: (span) => enclosingKeySpan(tree.root, span),
  };
}

export type { LambdaFunction };
