/**
 * Names of the same kind, for distractors of text answers: a wrong option to "Which API type …" is another
 * API type, never a date or a NAT gateway. An answer outside every category gets no generated distractors
 * (its question is not asked). Members of one category exclude each other (an answer is one of them).
 */
import { RUNTIME_LIFECYCLE } from '../data/runtime-lifecycle';

export interface NameCategory {
  readonly id: string;
  readonly members: readonly string[];
}

export const NAME_CATEGORIES: readonly NameCategory[] = [
  { id: 'api-type', members: ['REST API', 'HTTP API', 'WebSocket API'] },
  { id: 'endpoint-type', members: ['EDGE', 'REGIONAL', 'PRIVATE'] },
  { id: 'region', members: ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'] },
  { id: 'stream-view-type', members: ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'] },
  { id: 'billing-mode', members: ['PROVISIONED', 'PAY_PER_REQUEST'] },
  { id: 'table-class', members: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] },
  { id: 'data-format', members: ['CSV', 'DYNAMODB_JSON', 'ION', 'PARQUET'] },
  { id: 'compression', members: ['GZIP', 'ZSTD', 'NONE', 'BZIP2'] },
  { id: 'workflow-type', members: ['STANDARD', 'EXPRESS'] },
  { id: 'global-table-mode', members: ['MREC', 'MRSC'] },
  { id: 'language', members: ['Node.js', 'Python', 'Java', '.NET', 'Ruby', 'Go', 'Rust', 'PHP'] },
  { id: 'snapstart-runtimes', members: ['Java 11+', 'Python 3.12+', '.NET 8+', 'Node.js 18+', 'Ruby 3.2+'] },
  { id: 'auth', members: ['IAM', 'SigV4', 'API keys', 'Lambda authorizer', 'JWT authorizer', 'Cognito user pool authorizer', 'resource policy'] },
  { id: 'identity-standard', members: ['SAML', 'OIDC', 'OAuth 2.0', 'LDAP', 'Kerberos'] },
  { id: 'token', members: ['JSON Web Tokens', 'temporary AWS credentials', 'API keys', 'session cookies', 'IAM access keys'] },
  { id: 'network-path', members: ['NAT gateway', 'VPC endpoints', 'internet gateway', 'interface VPC endpoint', 'public IP address', 'network interfaces (ENIs)', 'VPC peering'] },
  { id: 'secret-store', members: ['Secrets Manager', 'Parameter Store', 'AWS KMS', 'environment variables'] },
  { id: 'certificate-service', members: ['ACM', 'IAM server certificates', 'AWS Private CA'] },
  { id: 'spec-format', members: ['OpenAPI', 'RAML', 'GraphQL SDL', 'WSDL'] },
  { id: 'edge-event', members: ['viewer request', 'viewer response', 'origin request', 'origin response'] },
  { id: 'js-runtime', members: ['cloudfront-js-1.0', 'cloudfront-js-2.0', 'nodejs22.x'] },
  { id: 'worker', members: ['activities', 'callbacks', 'Map states', 'SDK integrations'] },
  { id: 'pitr-like', members: ['PITR', 'DynamoDB Streams', 'deletion protection', 'on-demand backups'] },
  { id: 'db-service', members: ['RDS Proxy', 'Aurora Serverless', 'DynamoDB Accelerator (DAX)', 'ElastiCache'] },
  { id: 'version-ref', members: ['numbered version', '$LATEST', 'alias', 'unqualified ARN'] },
  { id: 'attribute-type', members: ['Number', 'String', 'Binary', 'Boolean'] },
  { id: 'time-format', members: ['epoch seconds', 'epoch milliseconds', 'ISO 8601 strings', 'minutes since midnight'] },
  { id: 'export-type', members: ['full', 'incremental', 'differential'] },
  { id: 'lb-service', members: ['API Gateway', 'Application Load Balancer', 'Amazon S3', 'Amazon SQS', 'CloudFront Functions', 'Amazon SNS'] },
];

/** Runtime ids grouped by family (nodejs22.x, python3.13 …), from the lifecycle data. */
export function runtimeIds(): string[] {
  return RUNTIME_LIFECYCLE.map((r) => r.id);
}

const norm = (s: string) => s.toLowerCase().replace(/[`*]/g, '').trim();

/** The category an answer belongs to, if any (runtime ids form their own category from the lifecycle data). */
export function categoryOf(answer: string): NameCategory | undefined {
  return categoryIndex().get(norm(answer));
}

let index: Map<string, NameCategory> | undefined;

/** Member (normalised) -> its first category, built once. */
function categoryIndex(): Map<string, NameCategory> {
  if (index) return index;
  index = new Map();
  const runtimes: NameCategory = { id: 'runtime', members: runtimeIds() };
  for (const c of [...NAME_CATEGORIES, runtimes]) for (const m of c.members) if (!index.has(norm(m))) index.set(norm(m), c);
  return index;
}

/** Same-family runtimes first (a wrong python answer is another python), from the lifecycle data. */
export function runtimeNeighbours(id: string): string[] {
  const me = RUNTIME_LIFECYCLE.find((r) => r.id === id);
  if (!me) return [];
  const same = RUNTIME_LIFECYCLE.filter((r) => r.family === me.family && r.id !== id).map((r) => r.id);
  const others = RUNTIME_LIFECYCLE.filter((r) => r.family !== me.family).map((r) => r.id);
  return [...same.reverse(), ...others];
}
