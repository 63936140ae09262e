/** CloudFront Functions: `AWS::CloudFront::Function` (inline code and runtime). */
import type { CloudFrontFunction } from '../../model';
import { get, getPath } from '../tree';
import type { ResourceEntry, Template } from './template';
import { resolveScalar, toText } from './values';

export function readCloudFrontFunction(resource: ResourceEntry, template: Template): CloudFrontFunction {
  const props = resource.properties;
  return {
    kind: 'cloudfront-function',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    runtime: toText(resolveScalar(getPath(props, 'FunctionConfig', 'Runtime'), template)),
    // Only code the template spells out is known; `!Sub` with variables or `!Join` stays unknown.
    code: toText(resolveScalar(get(props, 'FunctionCode'), template)),
  };
}
