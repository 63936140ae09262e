/**
 * Claims that are not a number: which runtimes SnapStart supports and what it costs, which languages have
 * a managed runtime, what Lambda@Edge and CloudFront Functions run and cannot do, DynamoDB export/import
 * formats, when global tables need a stream, whether the REST integration timeout can be raised. Each is
 * data: the words that name it, the items it is about, which are true today, the fact and its source.
 */

export interface CategoryClaim {
  readonly id: string;
  /** Completes "Your note seems to say …". */
  readonly says: string;
  /** What is true today (plain text, one or two sentences). */
  readonly fact: string;
  readonly source: string;
  /** What the claim is about; named in the sentence, or in its headings when the sentence names no subject. */
  readonly subject: readonly string[];
  /** One of these must be in the sentence or its headings too (the service). */
  readonly context?: readonly string[];
  /** A sentence holding one of these already qualifies the claim: not judged. */
  readonly unless?: readonly string[];
  readonly kind: 'set' | 'requires';
  /** set: the items that belong (supported, free, adjustable …) and those that don't. */
  readonly members?: Readonly<Record<string, readonly string[]>>;
  readonly others?: Readonly<Record<string, readonly string[]>>;
  /** Items that count only when listed next to another item ("Go" the language, not the verb). */
  readonly listedOnly?: readonly string[];
  /** The relation an item has ("free" / "costs"); without it, naming an item next to the subject says it belongs. */
  readonly relation?: { readonly yes: readonly string[]; readonly no: readonly string[] };
  /** With a relation but no item named, the item meant ("the 29 s timeout can't be raised" = a Regional API). */
  readonly defaultItem?: string;
  /** "Only Java" names the whole set (runtimes, formats): members left out are claimed not to belong. */
  readonly closed?: boolean;
  /** requires: what the subject is said to need, and whether it always does, only in some modes, or never. */
  readonly needs?: readonly string[];
  readonly truth?: 'always' | 'depends' | 'never';
}

const SNAPSTART = 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html';
const RUNTIMES = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';
const EDGE_RESTRICTIONS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html';
const CFF_RESTRICTIONS = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-function-restrictions.html';

const JAVA = ['java', 'jvm', 'corretto', 'java 11', 'java 17', 'java 21'];
const PYTHON = ['python'];
const DOTNET = ['dotnet', '.net', 'c#'];
const NODE = ['node', 'javascript', 'typescript'];
const RUBY = ['ruby'];
const GO = ['go'];
const RUST = ['rust'];
/** "Can be raised" (a quota), not "you can increase the timeout" (a setting). */
const ADJUST_YES = ['be increased', 'be raised', 'be extended', 'adjustable', 'soft limit', 'request more', 'quota increase', 'limit increase', 'request an increase', 'raisable', 'increasable', 'increase request'];
/** How notes compare an SQS visibility timeout with the function timeout ("the function's" reads "function"). */
const COMPARE_TARGETS = ['the function timeout', 'function timeout', 'the lambda timeout', 'lambda timeout', 'the lambda function timeout', 'lambda function timeout', 'the timeout of the function'];
const COMPARE_OK = ['at least', 'at least as long as', 'longer than', 'greater than', 'more than', 'bigger than', 'larger than', 'equal to'].flatMap((c) => COMPARE_TARGETS.map((t) => `${c} ${t}`));
const COMPARE_SHORT = ['shorter than', 'less than', 'lower than', 'smaller than', 'below', 'under'].flatMap((c) => COMPARE_TARGETS.map((t) => `${c} ${t}`));
const ADJUST_NO = ['hard limit', 'fixed', 'non adjustable', 'hard cap', 'set in stone', 'hard quota'];

export const CATEGORY_CLAIMS: readonly CategoryClaim[] = [
  {
    id: 'snapstart-runtimes',
    closed: true,
    says: 'which runtimes SnapStart supports',
    fact: 'SnapStart supports Java 11+, Python 3.12+ and .NET 8+ (Python and .NET since November 2024); not Node.js, Ruby, OS-only runtimes or container images.',
    source: SNAPSTART,
    subject: ['snapstart', 'snap start'],
    kind: 'set',
    members: { java: JAVA, python: PYTHON, dotnet: DOTNET },
    others: { node: NODE, ruby: RUBY, go: GO, rust: RUST, 'custom runtimes': ['custom runtime', 'provided.al2023', 'os only'], 'container images': ['container image', 'container'] },
    listedOnly: ['go'],
  },
  {
    id: 'snapstart-pricing',
    says: 'what SnapStart costs',
    fact: 'SnapStart has no extra charge for Java; Python and .NET functions pay for snapshot caching and restores.',
    source: SNAPSTART,
    subject: ['snapstart', 'snap start'],
    kind: 'set',
    members: { java: JAVA },
    others: { python: PYTHON, dotnet: DOTNET, 'every runtime': ['every runtime', 'all runtime', 'any runtime', 'every language', 'all language', 'any language', 'all supported runtime'] },
    relation: { yes: ['free', 'no extra cost', 'no additional cost', 'no extra charge', 'no additional charge', 'at no cost', 'no cost', 'without extra cost', 'costs nothing', 'no charge', 'for free', 'free of charge'], no: ['cost', 'charge', 'charged', 'pay', 'paid', 'billed', 'priced', 'extra cost'] },
  },
  {
    id: 'snapstart-compatibility',
    says: 'what SnapStart works with',
    fact: 'SnapStart applies to published versions (and aliases that point at them) only, and cannot be combined with provisioned concurrency, Amazon EFS or ephemeral storage above 512 MB.',
    source: SNAPSTART,
    subject: ['snapstart', 'snap start'],
    kind: 'set',
    members: { 'published versions': ['published version', 'version', 'alias'] },
    others: { 'provisioned concurrency': ['provisioned concurrency'], EFS: ['efs', 'elastic file system'], $LATEST: ['$latest', 'unpublished'] },
  },
  {
    id: 'go-managed-runtime',
    closed: true,
    says: 'that Go has a managed Lambda runtime',
    fact: 'Go has no managed runtime: go1.x was deprecated on 2024-01-08. Go functions run as a bootstrap executable on the OS-only runtime provided.al2023.',
    source: RUNTIMES,
    subject: ['supported language', 'language', 'managed runtime', 'runtime', 'natively', 'native', 'support', 'supports', 'supported'],
    context: ['lambda'],
    unless: ['provided.al2023', 'provided.al2', 'provided', 'os only', 'deprecated', 'deprecation', 'retired', 'gone', 'removed', 'discontinued', 'end of life', 'eol', 'sunset', 'anymore', 'replaced', 'bootstrap', 'custom runtime for go', 'snapstart', 'edge', 'lambda@edge', 'cloudfront'],
    kind: 'set',
    members: { 'Node.js': ['node'], Python: PYTHON, Java: ['java'], '.NET': DOTNET, Ruby: RUBY },
    // "go1.x" and "a managed Go runtime" name the retired runtime itself, not the verb "go".
    others: { Go: GO, 'go1.x': ['go1.x', 'go 1.x', 'go runtime', 'managed go runtime'] },
    listedOnly: ['Go'],
  },
  {
    id: 'edge-languages',
    closed: true,
    says: 'which languages Lambda@Edge runs',
    fact: 'Lambda@Edge runs the latest Node.js and Python runtimes only (the function lives in us-east-1).',
    source: EDGE_RESTRICTIONS,
    subject: ['lambda@edge', 'lambda at edge', 'lambda edge'],
    kind: 'set',
    members: { 'Node.js': ['node', 'javascript', 'typescript'], Python: PYTHON },
    others: { Java: ['java'], '.NET': DOTNET, Ruby: RUBY, Go: GO, Rust: RUST },
    listedOnly: ['Go'],
  },
  {
    id: 'edge-unsupported',
    says: 'that Lambda@Edge supports a feature it does not',
    fact: 'Lambda@Edge functions cannot use environment variables (reserved ones aside), a VPC, layers, provisioned concurrency, container images, arm64, ephemeral storage above 512 MB, dead-letter queues or X-Ray; associations need a numbered version, not $LATEST or an alias.',
    source: EDGE_RESTRICTIONS,
    subject: ['lambda@edge', 'lambda at edge', 'lambda edge'],
    kind: 'set',
    members: { 'numbered versions': ['numbered version', 'published version'] },
    others: { 'environment variables': ['environment variable', 'env var', 'env variable'], VPC: ['vpc'], layers: ['layer'], 'provisioned concurrency': ['provisioned concurrency'], 'container images': ['container image'], arm64: ['arm64', 'arm', 'graviton'], 'dead-letter queues': ['dead letter queue', 'dlq'], 'X-Ray': ['xray', 'x ray'], $LATEST: ['$latest'], aliases: ['alias'] },
  },
  {
    id: 'edge-region',
    says: 'in which Region a Lambda@Edge function is created',
    fact: 'A Lambda@Edge function is created in US East (N. Virginia), us-east-1; CloudFront replicates it to its locations worldwide.',
    source: EDGE_RESTRICTIONS,
    subject: ['lambda@edge', 'lambda at edge', 'lambda edge'],
    unless: ['replicate', 'replicated', 'replica', 'replication', 'edge location', 'closest', 'nearest', 'close to'],
    kind: 'set',
    members: { 'us-east-1': ['us-east-1', 'us east 1', 'n virginia', 'north virginia', 'virginia'] },
    others: { 'any Region': ['any region', 'whatever region', 'whichever region', 'every region', 'all region', 'other region', 'another region', 'any aws region', 'your region', 'region of your choice', 'region you like', 'same region as'] },
  },
  {
    id: 'cognito-user-pool-credentials',
    says: 'that Cognito user pools hand out AWS credentials',
    fact: 'User pools sign users in and issue JSON web tokens (ID, access and refresh tokens); identity pools exchange an identity (a user pool token among others) for temporary AWS credentials.',
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html',
    subject: ['user pool'],
    unless: ['identity pool', 'federated identity', 'exchange', 'exchanged'],
    kind: 'set',
    members: { tokens: ['token', 'jwt', 'id token', 'access token', 'refresh token'] },
    others: { 'AWS credentials': ['aws credential', 'temporary aws credential', 'temporary credential', 'iam credential', 'sts credential', 'access key'] },
  },
  {
    id: 'cloudfront-functions-language',
    closed: true,
    says: 'which language CloudFront Functions run',
    fact: 'CloudFront Functions are JavaScript only (runtimes cloudfront-js-1.0 and cloudfront-js-2.0).',
    source: CFF_RESTRICTIONS,
    subject: ['cloudfront function'],
    kind: 'set',
    members: { JavaScript: ['javascript', 'js', 'ecmascript', 'cloudfront js'] },
    others: { Python: PYTHON, Java: ['java'], '.NET': DOTNET, Ruby: RUBY, Go: GO, Rust: RUST },
    listedOnly: ['Go'],
  },
  {
    id: 'cloudfront-functions-capabilities',
    says: 'what CloudFront Functions can do',
    fact: 'CloudFront Functions run on viewer request and viewer response events only, in under a millisecond, with 2 MB of memory and no network access, no file system and no access to the request body (Lambda@Edge can do those).',
    source: CFF_RESTRICTIONS,
    subject: ['cloudfront function'],
    unless: ['lambda@edge'],
    kind: 'set',
    members: { 'viewer events': ['viewer', 'viewer request', 'viewer response'], headers: ['header'], 'URL rewrites and redirects': ['url', 'uri', 'redirect', 'rewrite'], 'cache keys': ['cache key'] },
    others: { 'origin events': ['origin request', 'origin response', 'origin event', 'origin trigger'], 'network calls': ['network', 'network call', 'network access', 'http call', 'external api', 'internet'], 'the file system': ['file system', 'filesystem', 'disk'], 'the request body': ['request body', 'body'] },
  },
  {
    id: 'dynamodb-export-formats',
    closed: true,
    says: 'which formats DynamoDB exports to S3 write',
    fact: 'Exports to S3 (which need point-in-time recovery) are written as DynamoDB JSON or Amazon Ion, full or incremental.',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html',
    subject: ['export', 'exports', 'exported', 'exporting'],
    context: ['dynamodb', 's3', 'pitr', 'table'],
    kind: 'set',
    members: { 'DynamoDB JSON': ['json', 'dynamodb json'], Ion: ['ion'] },
    others: { CSV: ['csv'], Parquet: ['parquet'], Avro: ['avro'] },
  },
  {
    id: 'dynamodb-import-formats',
    closed: true,
    says: 'what DynamoDB import from S3 accepts',
    fact: 'Import from S3 reads CSV, DynamoDB JSON or Amazon Ion (uncompressed, GZIP or ZSTD) and always creates a new table.',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-importsourcespecification.html',
    subject: ['import', 'imports', 'imported', 'importing'],
    context: ['dynamodb', 's3', 'table'],
    kind: 'set',
    members: { CSV: ['csv'], 'DynamoDB JSON': ['json', 'dynamodb json'], Ion: ['ion'] },
    others: { Parquet: ['parquet'], Avro: ['avro'], 'existing tables': ['existing table'] },
  },
  {
    id: 'dynamodb-export-needs-pitr',
    says: 'that DynamoDB export to S3 works without point-in-time recovery',
    fact: 'Export to S3 needs point-in-time recovery (PITR) enabled on the table.',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html',
    subject: ['export', 'exports', 'exporting'],
    context: ['dynamodb', 's3', 'table'],
    kind: 'requires',
    needs: ['pitr', 'point in time recovery', 'point in time'],
    truth: 'always',
  },
  {
    id: 'global-tables-need-streams',
    says: 'that global tables always need DynamoDB Streams',
    fact: 'Only global tables in the default eventual-consistency (MREC) mode need a stream (NEW_AND_OLD_IMAGES, once there is a second replica); strongly consistent (MRSC) global tables work without one.',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_versions.html',
    subject: ['global table'],
    unless: ['mrsc', 'mrec', 'strong', 'strongly', 'eventual', 'eventually', 'consistency mode', 'multi region strong', 'by default', 'default mode'],
    kind: 'requires',
    needs: ['stream', 'dynamodb stream'],
    truth: 'depends',
  },
  {
    id: 'rest-timeout-adjustable',
    says: 'whether the REST API integration timeout can be raised',
    fact: 'The 29 s REST API integration timeout can be raised for Regional and private APIs (a quota request since June 2024, which may lower throttling); edge-optimized APIs stay at 29 s. HTTP APIs stop at 30 s.',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
    subject: ['timeout', 'integration timeout', 'time out', '29 second', '29 s', '29s', '29 sec'],
    context: ['api gateway', 'rest api', 'rest', 'apigw'],
    unless: ['http api', 'websocket'],
    kind: 'set',
    members: { Regional: ['regional'], private: ['private'] },
    others: { 'edge-optimized': ['edge optimized', 'edge'] },
    relation: { yes: ADJUST_YES, no: ADJUST_NO },
    defaultItem: 'Regional',
  },
  {
    id: 'apigw-timeout-status',
    says: 'which status code an API Gateway integration timeout returns',
    fact: 'When the integration times out, a REST API answers 504 Gateway Timeout, an HTTP API 503 Service Unavailable.',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda.html',
    subject: ['http api'],
    context: ['timeout', 'time out', 'timed out', 'times out'],
    kind: 'set',
    members: { '503': ['503', 'service unavailable'] },
    others: { '504': ['504', '504 gateway timeout'] },
  },
  {
    id: 'rest-timeout-status',
    says: 'which status code a REST API integration timeout returns',
    fact: 'When the integration times out, a REST API answers 504 Gateway Timeout, an HTTP API 503 Service Unavailable.',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
    subject: ['rest api', 'rest'],
    context: ['timeout', 'time out', 'timed out', 'times out'],
    kind: 'set',
    members: { '504': ['504'] },
    others: { '503': ['503', 'service unavailable'] },
  },
  {
    id: 'lambda-concurrency-adjustable',
    says: 'that Lambda concurrency cannot be raised',
    fact: 'Lambda allows 1,000 concurrent executions per Region by default, an adjustable quota that AWS raises on request (to tens of thousands); 100 always stay unreserved.',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    subject: ['concurrency', 'concurrent execution', 'concurrent'],
    context: ['lambda', 'function', 'concurrent execution'],
    unless: ['reserved', 'provisioned', 'burst', 'unreserved'],
    kind: 'set',
    members: { 'the account quota': ['account', 'region', 'per region'] },
    others: {},
    relation: { yes: ADJUST_YES, no: ADJUST_NO },
    defaultItem: 'the account quota',
  },
  {
    id: 'lambda-timeout-adjustable',
    says: 'that the 15-minute Lambda timeout can be raised',
    fact: 'The Lambda timeout is a hard limit: 1 to 900 s (15 min); only Lambda Managed Instances allow longer (5,400 s) for asynchronous and event-source invocations.',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    subject: ['timeout', '15 minute', '15 min', '900 second', '900 s', 'execution time'],
    context: ['lambda', 'function'],
    unless: ['api gateway', 'rest', 'http api', 'edge', 'lambda@edge', 'step function', 'sqs', 'visibility', 'managed instance', 'default'],
    kind: 'set',
    members: {},
    others: { 'the 900 s maximum': ['maximum', 'max', 'limit'] },
    relation: { yes: ADJUST_YES, no: ADJUST_NO },
    defaultItem: 'the 900 s maximum',
  },
  {
    id: 'sqs-visibility-vs-function-timeout',
    says: 'that an SQS visibility timeout may be shorter than the function timeout',
    fact: "The queue's visibility timeout must be at least the function timeout (Lambda checks it when the event source mapping is created); AWS recommends at least 6 × the function timeout.",
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
    subject: ['visibility timeout', 'visibility'],
    // Only a plain statement is judged: "must not be shorter than …", "shorter than … fails" are right.
    unless: ['not', 'no', 'never', 'cannot', 'must', 'error', 'fail', 'fails', 'rejected', 'invalid', 'avoid', 'problem', 'duplicate', 'twice', 'again', 'reprocess', 'reprocessed', 'bad', 'wrong', 'risk'],
    kind: 'set',
    members: { 'at least the function timeout': COMPARE_OK },
    others: { 'shorter than the function timeout': COMPARE_SHORT },
  },
  {
    id: 'rds-proxy-auth',
    closed: true,
    says: 'how clients authenticate to RDS Proxy',
    fact: 'RDS Proxy accepts database credentials from Secrets Manager or IAM authentication; end-to-end IAM authentication (DefaultAuthScheme IAM_AUTH) needs no secret.',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-iam-setup.html',
    subject: ['rds proxy'],
    // "needs no secret", "doesn't need Secrets Manager": what is required, not what is supported.
    unless: ['need', 'needs', 'needed', 'require', 'requires', 'required', 'without', 'optional'],
    kind: 'set',
    members: { 'Secrets Manager': ['secrets manager'], IAM: ['iam', 'iam auth', 'iam authentication', 'iam database authentication'] },
    others: {},
  },
  {
    id: 'rds-proxy-same-vpc',
    says: 'that a function must be in the same VPC as its RDS Proxy',
    fact: "RDS Proxy endpoints can serve clients in other VPCs (a proxy endpoint in the client's VPC); a proxy is never publicly accessible, so the function needs a network path to one of its endpoints.",
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-endpoints.html',
    subject: ['rds proxy'],
    kind: 'requires',
    needs: ['same vpc'],
    truth: 'never',
  },
  {
    id: 'cognito-identity-pool-guests',
    says: 'that Cognito identity pools cannot give guests credentials',
    fact: 'Identity pools exchange an identity from a user pool, a social, SAML or OIDC provider, a developer provider, or an unauthenticated guest for temporary AWS credentials, with IAM roles for authenticated and unauthenticated users.',
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
    subject: ['identity pool'],
    unless: ['user pool'],
    kind: 'set',
    members: { 'unauthenticated (guest) identities': ['unauthenticated', 'guest', 'guest access', 'guest user', 'anonymous'] },
    others: {},
  },
];
