/**
 * Lambda@Edge: a CloudFront distribution's `LambdaFunctionAssociations` mark the functions they name as
 * edge functions and add a `cloudfront` event with the event type and what the ARN points at
 * (a numbered version, `$LATEST`, an alias, or the unqualified function).
 */
import { known, unknown, type EdgeTargetKind, type EventSource, type ServerlessModel } from '../../model';
import { get, isScalar, isSeq, plainString, type TreeNode } from '../tree';
import { getAttTarget } from './databases';
import { FUNCTION_TYPES } from './functions';
import { intrinsicOf } from './intrinsics';
import type { Template } from './template';
import { referencedId, resolveScalar, subVariables, toText } from './values';

/** Which function an association's ARN belongs to, and what kind of ARN it is (undefined: can't tell). */
interface EdgeTarget {
  readonly functionId: string;
  readonly kind?: EdgeTargetKind;
}

export function linkEdgeAssociations(template: Template, model: ServerlessModel): void {
  const functions = new Map(model.functions.map((f) => [f.id, f]));
  for (const resource of template.resources) {
    if (resource.type !== 'AWS::CloudFront::Distribution') continue;
    const config = get(resource.properties, 'DistributionConfig');
    const others = get(config, 'CacheBehaviors');
    const behaviors = [get(config, 'DefaultCacheBehavior'), ...(isSeq(others) ? others.items : [])];
    for (const behavior of behaviors) {
      const associations = get(behavior, 'LambdaFunctionAssociations');
      if (!isSeq(associations)) continue;
      for (const association of associations.items) {
        const arn = get(association, 'LambdaFunctionARN');
        const target = arn && edgeTargetOf(arn, template);
        const fn = target && functions.get(target.functionId);
        if (!arn || !target || !fn) continue;
        const event: EventSource = {
          kind: 'cloudfront',
          span: association.span,
          targetId: resource.id,
          distributionId: resource.id,
          edgeEventType: toText(resolveScalar(get(association, 'EventType'), template)),
          edgeTarget: target.kind ? known(target.kind, arn.span) : unknown('qualifier not determined', arn.span),
        };
        (fn as { edge?: boolean }).edge = true;
        fn.events.push(event);
      }
    }
  }
}

/** Resolves `!Ref Version`, `!Ref Fn.Version` (SAM), `!GetAtt Fn.Arn`, `!Sub "${Fn.Arn}:3"`, `!Join`... */
export function edgeTargetOf(node: TreeNode, template: Template): EdgeTarget | undefined {
  const intrinsic = intrinsicOf(node);
  if (!intrinsic) return undefined;
  const arg = intrinsic.argument;
  if (intrinsic.name === 'Ref') {
    const name = plainString(arg);
    return name ? targetOfReference(name, '', template) : undefined;
  }
  if (intrinsic.name === 'Fn::GetAtt') {
    const target = getAttTarget(arg);
    return target ? targetOfReference(target.id, target.attribute, template) : undefined;
  }
  if (intrinsic.name === 'Fn::Sub') {
    const text = isScalar(arg) ? arg.value : isSeq(arg) && isScalar(arg.items[0]) ? arg.items[0].value : undefined;
    return typeof text === 'string' ? targetOfArnText(text, template) : undefined;
  }
  if (intrinsic.name === 'Fn::Join' && isSeq(arg) && arg.items.length === 2 && isSeq(arg.items[1])) {
    const separator = plainString(arg.items[0]) ?? '';
    const parts = arg.items[1].items.map((part) => joinPartText(part));
    if (parts.some((p) => p === undefined)) return undefined;
    return targetOfArnText(parts.join(separator), template);
  }
  return undefined;
}

/** A `!Join` part as `Fn::Sub` text: literals as they are, references as `${Id.Attribute}`. */
function joinPartText(part: TreeNode): string | undefined {
  const literal = plainString(part);
  if (literal !== undefined) return literal;
  const intrinsic = intrinsicOf(part);
  if (intrinsic?.name === 'Ref') return `\${${plainString(intrinsic.argument) ?? ''}}`;
  if (intrinsic?.name === 'Fn::GetAtt') {
    const target = getAttTarget(intrinsic.argument);
    return target ? `\${${target.id}.${target.attribute}}` : undefined;
  }
  return undefined;
}

/**
 * A reference (`Ref`/`GetAtt` of `id` with `attribute`). SAM names the version and alias it generates
 * for `AutoPublishAlias` `Fn.Version` and `Fn.Alias`.
 */
function targetOfReference(id: string, attribute: string, template: Template): EdgeTarget | undefined {
  const dot = id.indexOf('.');
  if (dot > 0) return targetOfReference(id.slice(0, dot), [id.slice(dot + 1), attribute].filter(Boolean).join('.'), template);
  const resource = template.byId.get(id);
  if (!resource) return undefined;
  if (FUNCTION_TYPES.has(resource.type)) {
    const head = attribute.split('.')[0];
    if (head === 'Version') return { functionId: id, kind: 'version' };
    if (head === 'Alias') return { functionId: id, kind: 'alias' };
    // `Ref` of a function is its name; `GetAtt Arn` its unqualified ARN: neither names a version.
    if (attribute === '' || attribute === 'Arn') return { functionId: id, kind: 'unqualified' };
    return undefined;
  }
  if (resource.type === 'AWS::Lambda::Version' || resource.type === 'AWS::Lambda::Alias') {
    const functionNode = get(resource.properties, 'FunctionName');
    const functionId = functionNode && (referencedId(functionNode) ?? undefined);
    if (!functionId) return undefined;
    const owner = template.byId.get(functionId);
    if (!owner || !FUNCTION_TYPES.has(owner.type)) return undefined;
    return { functionId, kind: resource.type === 'AWS::Lambda::Version' ? 'version' : 'alias' };
  }
  return undefined;
}

/** `${Fn.Arn}`, `${Fn.Arn}:$LATEST`, `${Fn.Arn}:7`, `${Fn.Arn}:live`, `${Fn.Arn}:${Version.Version}`. */
function targetOfArnText(text: string, template: Template): EdgeTarget | undefined {
  const variables = subVariables(text);
  if (variables.length === 1 && text === `\${${variables[0]}}`) {
    const [id, ...attribute] = variables[0].split('.');
    return targetOfReference(id, attribute.join('.'), template);
  }
  const first = variables[0];
  if (!first) return undefined;
  const [firstId, ...firstAttribute] = first.split('.');
  const base = targetOfReference(firstId, firstAttribute.join('.'), template);
  if (!base || base.kind !== 'unqualified' || firstAttribute.join('.') !== 'Arn') return base && { functionId: base.functionId };
  const written = `\${${first}}`;
  const rest = text.slice(text.indexOf(written) + written.length);
  if (rest === '') return base;
  if (!rest.startsWith(':')) return { functionId: base.functionId };
  const qualifier = rest.slice(1);
  if (qualifier === '$LATEST') return { functionId: base.functionId, kind: '$LATEST' };
  if (qualifier !== '' && [...qualifier].every((c) => c >= '0' && c <= '9')) return { functionId: base.functionId, kind: 'version' };
  if (qualifier.startsWith('${') && qualifier.endsWith('}') && variables.length === 2) {
    const [id, attribute] = [variables[1].split('.')[0], variables[1].split('.').slice(1).join('.')];
    const resource = template.byId.get(id);
    if (resource?.type === 'AWS::Lambda::Version' && attribute === 'Version') return { functionId: base.functionId, kind: 'version' };
    return { functionId: base.functionId };
  }
  if (qualifier !== '' && !qualifier.includes('${') && !qualifier.includes(':')) return { functionId: base.functionId, kind: 'alias' };
  return { functionId: base.functionId };
}
