/** Scenarios of the VPC, RDS, DynamoDB, Step Functions and Cognito rules. */
import { fmt, n, samFunction, v, type ScenarioGenerator } from './scenario';

const table = (properties: readonly string[]) => ['Resources:', '  Table:', '    Type: AWS::DynamoDB::Table', '    Properties:', ...properties.map((p) => `      ${p}`)].join('\n');
const keys = ['AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]', 'KeySchema: [{AttributeName: pk, KeyType: HASH}]'];

export const DATA_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'vpc-config-incomplete': () => [
    {
      case: 'no-subnet',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'VpcConfig:', '  SecurityGroupIds: [!Ref FnSg]']),
      answer: 'It fails: a VPC function needs at least one subnet as well',
      distractors: ['It deploys into the default VPC’s subnets', 'It deploys outside the VPC, with the security group ignored', 'It deploys and uses the security group as a firewall only'],
      find: 'VpcConfig SubnetIds SecurityGroupIds connects the function',
    },
  ],
  'vpc-internet-access': () => [
    {
      case: 'public-subnet',
      prompt: 'This function sits in a public subnet with an internet gateway route. Can it call a public web API?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'VpcConfig:', '  SubnetIds: [!Ref PublicSubnet]', '  SecurityGroupIds: [!Ref FnSg]']),
      answer: 'No: it gets no public IP, so it needs a NAT gateway',
      distractors: ['Yes: the subnet routes it to the internet gateway', 'Yes, if its security group allows outbound traffic', 'Only AWS service endpoints, through the internet gateway route'],
      find: 'never gets a public IP address public subnet alone does not help',
    },
    {
      case: 'aws-only',
      prompt: 'A function in private subnets only calls DynamoDB and S3. What avoids a NAT gateway?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'VpcConfig:', '  SubnetIds: [!Ref PrivateA, !Ref PrivateB]', '  SecurityGroupIds: [!Ref FnSg]']),
      answer: 'VPC endpoints for DynamoDB and S3',
      distractors: ['A public IP on the function', 'An internet gateway attached to the private subnets', 'The `AWSLambdaVPCAccessExecutionRole` policy'],
      find: 'AWS services only VPC endpoints avoid the NAT gateway',
      because: 'The `AWSLambdaVPCAccessExecutionRole` policy only lets Lambda create network interfaces, and a VPC function never gets a public IP.',
    },
  ],
  'rds-proxy-recommended': () => [
    {
      case: 'burst',
      prompt: 'At peak, 800 copies of this function run at once and the database runs out of connections. What does AWS recommend?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'VpcConfig:', '  SubnetIds: [!Ref PrivateA]', '  SecurityGroupIds: [!Ref FnSg]', 'Environment:', '  Variables:', '    DB_HOST: !GetAtt Database.Endpoint.Address']),
      answer: 'Connecting through RDS Proxy',
      distractors: ['Raising the function’s memory', 'Moving the function out of the VPC', 'A larger database instance class'],
      because: 'The proxy pools connections and shares them among the function’s copies; a bigger instance only raises the ceiling the burst will hit again.',
      find: 'RDS Proxy pools and shares connections',
    },
    {
      case: 'reach',
      prompt: 'This function has no `VpcConfig` and must connect through an RDS Proxy. What is missing?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Environment:', '  Variables:', '    DB_HOST: !GetAtt Proxy.Endpoint']),
      answer: 'A `VpcConfig` in the proxy’s VPC',
      distractors: ['Nothing: proxy endpoints are public', 'A NAT gateway in front of the proxy', 'A Lambda layer with the proxy client'],
      because: 'The proxy has no public endpoint; a NAT gateway only gives a VPC function a way out to the internet.',
      find: 'proxy lives inside your VPC no public endpoint VpcConfig',
    },
  ],
  'dynamodb-billing-mode': () => [
    {
      case: 'default-mode',
      prompt: 'This table sets neither `BillingMode` nor `ProvisionedThroughput`. What happens?',
      snippet: table(keys),
      answer: 'It fails: a provisioned table needs its throughput',
      distractors: ['It deploys as an on-demand table, CloudFormation’s default', 'It deploys with 5 read and 5 write units', 'It deploys with auto scaling on both capacities'],
      because: 'Without `BillingMode` CloudFormation creates a PROVISIONED table, which needs `ProvisionedThroughput`; 5 and 5 is the AWS CDK `Table` default, not CloudFormation’s.',
      find: 'PROVISIONED needs ProvisionedThroughput',
    },
  ],
  'dynamodb-table-class': () => [
    {
      case: 'which',
      prompt: 'A large archive table is read a few times a month. Which class lowers its bill?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'TableClass: ?']),
      answer: '`STANDARD_INFREQUENT_ACCESS`',
      distractors: ['`STANDARD`', '`PAY_PER_REQUEST_ARCHIVE`', '`ONE_ZONE_INFREQUENT_ACCESS`'],
      find: 'cheaper storage dearer reads rarely accessed',
    },
  ],
  'dynamodb-stream-view-type': () => [
    {
      case: 'keys',
      prompt: 'A consumer only needs to know which items changed, not their contents. Which `StreamViewType` keeps records smallest?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'StreamSpecification:', '  StreamViewType: ?']),
      answer: '`KEYS_ONLY`',
      distractors: ['`NEW_IMAGE`', '`OLD_IMAGE`', '`NEW_AND_OLD_IMAGES`'],
      find: 'StreamViewType chooses what a record holds',
    },
  ],
  'dynamodb-stream-event-source': () => [
    {
      case: 'no-stream',
      prompt: 'A function is triggered by this table’s stream. What is missing?',
      snippet: [table([...keys, 'BillingMode: PAY_PER_REQUEST']), '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      Events:', '        Changes:', '          Type: DynamoDB', '          Properties: {Stream: !GetAtt Table.StreamArn, StartingPosition: LATEST}'].join('\n'),
      answer: 'A `StreamSpecification` on the table',
      distractors: ['A `KinesisStreamSpecification` on the table', 'An SQS queue between the table and the function', 'Point-in-time recovery'],
      find: 'table has a stream StreamArn consumer only when StreamSpecification is set',
      because: '`KinesisStreamSpecification` sends changes to a Kinesis data stream, which has no `StreamArn` on the table; a DynamoDB event needs the DynamoDB stream.',
    },
    {
      case: 'retention',
      prompt: 'The consumer of this stream is down for two days. What happens to the changes made meanwhile?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'StreamSpecification: {StreamViewType: NEW_IMAGE}']),
      answer: `Records older than ${n('dynamodb.streams.retentionHours')} hours are lost`,
      distractors: ['They wait in the stream until it returns', 'They are kept as long as PITR keeps them', 'They move to the function’s dead-letter queue'],
      find: 'DynamoDB Streams keeps records for 24 hours',
    },
  ],
  'dynamodb-global-table-stream': () => [
    {
      case: 'mrec',
      prompt: 'This eventually consistent global table gets a second replica. What must its stream be?',
      snippet: ['Resources:', '  Orders:', '    Type: AWS::DynamoDB::GlobalTable', '    Properties:', '      Replicas: [{Region: eu-west-1}, {Region: eu-central-1}]', '      StreamSpecification:', '        StreamViewType: ?'].join('\n'),
      answer: '`NEW_AND_OLD_IMAGES`',
      distractors: ['`NEW_IMAGE`', '`KEYS_ONLY`', '`OLD_IMAGE`'],
      find: 'MREC needs StreamSpecification NEW_AND_OLD_IMAGES more than one replica',
      because: 'Replication needs both images of each change; `NEW_IMAGE` or `KEYS_ONLY` are valid stream types for other consumers but not for an MREC global table.',
    },
  ],
  'dynamodb-ttl-attribute-type': () => [
    {
      case: 'milliseconds',
      prompt: 'The application writes `expiresAt: 1767225600000` (a Number) into items. When do they expire?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'TimeToLiveSpecification: {AttributeName: expiresAt, Enabled: true}']),
      answer: 'Practically never: it reads as seconds',
      distractors: ['On 2026-01-01, as the team intended', 'At once: the value is too large', 'When the next backup of the table runs'],
      because: 'TTL reads epoch seconds; a millisecond value lies tens of thousands of years ahead.',
      find: 'epoch seconds milliseconds do not expire as intended',
    },
  ],
  'dynamodb-import-format': () => [
    {
      case: 'json',
      prompt: 'A table is created from files in S3. Which `InputFormat` value is rejected?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'ImportSourceSpecification:', '  InputFormat: ?', '  S3BucketSource: {S3Bucket: !Ref Bucket}']),
      answer: '`JSON`',
      distractors: ['`CSV`', '`DYNAMODB_JSON`', '`ION`'],
      find: 'Formats CSV DYNAMODB_JSON ION',
      because: 'Plain JSON is not an import format: `DYNAMODB_JSON` is the typed DynamoDB JSON, and `CSV` and `ION` are accepted too.',
    },
    {
      case: 'existing',
      prompt: 'A team adds `ImportSourceSpecification` to a table that already holds data and updates the stack. What happens?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'ImportSourceSpecification:', '  InputFormat: CSV', '  S3BucketSource: {S3Bucket: !Ref Bucket}']),
      answer: 'It is replaced: a new table from S3, the old one deleted',
      distractors: ['Nothing is loaded: an import only runs when a table is created', 'The CSV rows are appended to the existing items', 'The rows are merged into the table by their keys'],
      find: 'import always creates a new table cannot load into an existing one',
      because: 'The property requires replacement: CloudFormation creates a new table filled from S3 and deletes the old one with its data; an import never loads into an existing table.',
    },
  ],
  'dynamodb-point-in-time-recovery': () => [
    {
      case: 'window',
      prompt: `PITR is turned on without \`RecoveryPeriodInDays\`. How far back can the table be restored?`,
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'PointInTimeRecoverySpecification:', '  PointInTimeRecoveryEnabled: true']),
      answer: `${n('dynamodb.pitr.maxDays')} days`,
      distractors: ['7 days', '1 day', '365 days'],
      find: 'RecoveryPeriodInDays default 35',
    },
    {
      case: 'restore-settings',
      prompt: 'This table is restored to a point in time an hour ago. What does the restored table lack?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'StreamSpecification: {StreamViewType: NEW_IMAGE}', 'TimeToLiveSpecification: {AttributeName: expiresAt, Enabled: true}', 'PointInTimeRecoverySpecification:', '  PointInTimeRecoveryEnabled: true']),
      answer: 'Its stream and TTL settings',
      distractors: ['Nothing: a restore copies every setting', 'The items of the last restore window', 'Its key schema and its indexes'],
      because: 'A restore creates a new table with the data and key schema; streams, TTL, auto scaling and alarms must be set up again.',
      find: 'restore new table streams TTL set up again',
    },
  ],
  'dynamodb-pitr-recovery-period': () => [
    {
      case: 'range',
      prompt: 'This table keeps 40 days of point-in-time recovery. What happens on deployment?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'PointInTimeRecoverySpecification:', '  PointInTimeRecoveryEnabled: true', '  RecoveryPeriodInDays: 40']),
      answer: 'The deployment fails: 40 days is out of range',
      distractors: ['It deploys, and PITR keeps 40 days', 'It deploys, and PITR keeps the longest period', 'It deploys, and PITR keeps 40 days at extra cost'],
      because: `The recovery period is ${n('dynamodb.pitr.minDays')}–${n('dynamodb.pitr.maxDays')} days; no value is capped silently.`,
      find: 'RecoveryPeriodInDays sets the window 1–35 days',
    },
  ],
  'stepfunctions-express-duration': () => {
    const max = v('stepfunctions.express.maxDuration');
    return [
      {
        case: 'wait',
        prompt: 'This Express workflow waits ten minutes for a partner system. What happens?',
        snippet: ['Resources:', '  Flow:', '    Type: AWS::Serverless::StateMachine', '    Properties:', '      Type: EXPRESS', '      Definition:', '        StartAt: Pause', '        States:', '          Pause: {Type: Wait, Seconds: 600, Next: Done}', '          Done: {Type: Succeed}'].join('\n'),
        answer: `Every execution fails after ${fmt(max / 60)} minutes`,
        distractors: ['It waits ten minutes, then succeeds', 'It continues as a Standard execution', 'It succeeds, billed as two executions'],
        find: 'EXPRESS runs up to 5 minutes',
        because: `600 s is above the ${fmt(max)} s an Express execution may run; a Standard workflow can wait up to a year.`,
      },
      {
        case: 'timeout-seconds',
        prompt: 'Which `TimeoutSeconds` can this Express workflow actually reach?',
        snippet: ['Resources:', '  Flow:', '    Type: AWS::StepFunctions::StateMachine', '    Properties:', '      StateMachineType: EXPRESS', '      Definition:', '        TimeoutSeconds: ?', '        StartAt: Work', '        States: {Work: {Type: Task, Resource: !GetAtt Fn.Arn, End: true}}'].join('\n'),
        answer: `${fmt(max)} seconds`,
        distractors: ['900 seconds', '3,600 seconds', '86,400 seconds'],
        find: 'EXPRESS runs up to 5 minutes',
      },
    ];
  },
  'cognito-mfa-method': () => [
    {
      case: 'totp',
      prompt: 'Which addition lets this user pool deploy with authenticator-app MFA?',
      snippet: ['Resources:', '  Users:', '    Type: AWS::Cognito::UserPool', '    Properties:', '      MfaConfiguration: OPTIONAL', '      # ← which property?'].join('\n'),
      answer: '`EnabledMfas: [SOFTWARE_TOKEN_MFA]`',
      distractors: ['`AutoVerifiedAttributes: [email]`', '`GenerateSecret: true`', '`AccountRecoverySetting` with `verified_phone_number`'],
      find: 'MFA MfaConfiguration EnabledMfas',
      because: '`AutoVerifiedAttributes` verifies email or phone at sign-up and `GenerateSecret` belongs to an app client; neither enables an MFA method.',
    },
  ],
  'cognito-unauthenticated-identities': () => [
    {
      case: 'guests',
      prompt: 'What can a visitor who never signed in get from this identity pool?',
      snippet: ['Resources:', '  Identities:', '    Type: AWS::Cognito::IdentityPool', '    Properties:', '      AllowUnauthenticatedIdentities: true'].join('\n'),
      answer: 'Temporary credentials of the unauthenticated role',
      distractors: ['Nothing until they sign in to a user pool', 'A user pool ID token issued for a guest user profile', 'Temporary credentials of the authenticated role'],
      find: 'guests AllowUnauthenticatedIdentities unauthenticated roles',
    },
    {
      case: 'least',
      prompt: 'This identity pool lets guests in. What should its unauthenticated role allow?',
      snippet: ['Resources:', '  Identities:', '    Type: AWS::Cognito::IdentityPool', '    Properties:', '      AllowUnauthenticatedIdentities: true', '  Roles:', '    Type: AWS::Cognito::IdentityPoolRoleAttachment', '    Properties:', '      IdentityPoolId: !Ref Identities', '      Roles: {unauthenticated: !GetAtt GuestRole.Arn}'].join('\n'),
      answer: 'Only the few actions guests need',
      distractors: ['The same actions as the authenticated role', 'Nothing: guest credentials cannot call AWS', 'Full access, limited by the user pool'],
      because: 'Anyone can obtain guest credentials; guest credentials do call AWS, with whatever the role allows.',
      find: 'Roles default authenticated unauthenticated roles',
    },
  ],
};
