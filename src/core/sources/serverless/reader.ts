/**
 * serverless.yml reader (Serverless Framework, `provider.name: aws`): functions with the provider's
 * defaults, their events, variables resolved as far as the project determines them, and the
 * `resources:` section read as CloudFormation into the same model.
 */
import { emptyModel, type Entity, type LambdaFunction } from '../../model';
import { allEntities } from '../../model';
import type { FileAccess, ParsedSource, SourceDocument } from '../source';
import { enclosingKeySpan, get, isMap, plainString, type MapNode, type ParsedTree, type TreeNode } from '../tree';
import { functionEntries, readFunction } from './functions';
import { linkServerlessTargets, readServerlessPractices } from './function-targets';
import { ignoredKeys } from './ignored-keys';
import { locateInServerless } from './locate';
import { applyRuntimePlugins, pluginNames } from './plugins';
import { readResources } from './resources';
import { inDocument, VariableResolver, type Located } from './resolve-variables';
import { unlimitedBudget, type WorkBudget } from '../../budget';

/** `serverless.yml`/`serverless.yaml`, or YAML with top-level `service` and `provider`. */
export function isServerlessFile(fileName: string, root: TreeNode | undefined): root is MapNode {
  if (!isMap(root)) return false;
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  const named = base === 'serverless.yml' || base === 'serverless.yaml';
  return (named || get(root, 'service') !== undefined) && get(root, 'provider') !== undefined;
}

/** Only AWS projects are analysed; other clouds get silence. */
export function isAwsProvider(root: MapNode): boolean {
  const provider = get(root, 'provider');
  const name = isMap(provider) ? plainString(get(provider, 'name')) : plainString(provider);
  return name === 'aws';
}

/**
 * Reads an AWS serverless.yml; `files` resolves `${file(...)}` (no file is read without it). A failure is
 * a bug: it throws, and readDocument reports it as one `internal-error` finding (never silence).
 */
export function readServerless(tree: ParsedTree & { root: MapNode }, doc: SourceDocument, files: FileAccess | undefined, budget: WorkBudget = unlimitedBudget()): ParsedSource {
  return read(tree, doc, files, budget);
}

// `budget` is for the variable resolver and the readers below it (see budget.ts).
function read(tree: ParsedTree & { root: MapNode }, doc: SourceDocument, files: FileAccess | undefined, budget: WorkBudget): ParsedSource {
  const root = tree.root;
  const model = emptyModel('serverless');
  const resolver = new VariableResolver(root, doc.fileName, files, budget);
  const top = inDocument(root);
  const providerResolution = resolver.value(top, 'provider');
  const provider = providerResolution?.ok && isMap(providerResolution.located.node) ? providerResolution.located : undefined;

  const plugins = pluginNames(root);
  const functions: LambdaFunction[] = [];
  const bodies: Array<{ fn: LambdaFunction; body: Located }> = [];
  const ignored = provider?.inDocument ? ignoredKeys(provider.node, 'provider', 'provider') : [];
  for (const entry of functionEntries(resolver.child(top, 'functions'), resolver)) {
    if (entry.body.inDocument) ignored.push(...ignoredKeys(entry.body.node, 'function', entry.id));
    const fn = applyRuntimePlugins(readFunction(entry, provider, resolver), plugins);
    // A CloudFront-triggered function is a Lambda@Edge function.
    const edge = fn.events.some((e) => e.kind === 'cloudfront');
    const read = edge ? { ...fn, edge: true } : fn;
    functions.push(read);
    bodies.push({ fn: read, body: entry.body });
  }
  model.functions.push(...functions);
  if (ignored.length) model.facts.ignoredKeys = ignored;
  readResources(resolver.child(top, 'resources'), resolver, model);
  linkServerlessTargets(bodies, provider, model);
  // After `resources:` (whose log groups the CloudFormation linker looked at): the Framework's own settings decide.
  readServerlessPractices(bodies, provider);

  let entities: Map<string, Entity> | undefined;
  const entityOf = (id: string): Entity | undefined => {
    entities ??= new Map<string, Entity>(allEntities(model).map((e) => [e.id, e]));
    return entities.get(id);
  };
  return {
    format: 'serverless',
    model,
    // A getter: the resolver meets refused `${file()}` while rules and hovers ask it for values.
    get problems() {
      return [...tree.problems, ...resolver.problems];
    },
    comments: tree.comments,
    locate: (offset) => {
      try {
        return locateInServerless({ root, resolver, functions, entityOf }, offset);
      } catch {
        return undefined; // a hover must never take the editor down
      }
    },
    keyOf: (span) => enclosingKeySpan(root, span),
  };
}
