/** Scenarios of the VPC, RDS, DynamoDB, Step Functions and Cognito rules. */
import { fmt, n, samFunction, v, type ScenarioGenerator } from './scenario';

const table = (properties: readonly string[]) => ['Resources:', '  Table:', '    Type: AWS::DynamoDB::Table', '    Properties:', ...properties.map((p) => `      ${p}`)].join('\n');
const keys = ['AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]', 'KeySchema: [{AttributeName: pk, KeyType: HASH}]'];

export const DATA_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'vpc-config-incomplete': () => [
    {
      case: 'no-security-group',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'VpcConfig:', '  SubnetIds: [!Ref PrivateA, !Ref PrivateB]']),
      answer: 'It fails: a VPC function needs at least one security group as well',
      distractors: ['It deploys with the VPC’s default security group', 'It deploys outside the VPC', 'It deploys, but cannot reach the internet'],
      find: 'VpcConfig SubnetIds SecurityGroupIds connects the function',
    },
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
      answer: 'No: it never gets a public IP address, so it needs a NAT gateway',
      distractors: ['Yes: the public subnet routes it to the internet gateway', 'Yes, if its security group allows outbound traffic', 'Only to AWS services, through the internet gateway'],
      find: 'never gets a public IP address public subnet alone does not help',
    },
    {
      case: 'aws-only',
      prompt: 'A function in private subnets only calls DynamoDB and S3. What avoids a NAT gateway?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'VpcConfig:', '  SubnetIds: [!Ref PrivateA, !Ref PrivateB]', '  SecurityGroupIds: [!Ref FnSg]']),
      answer: 'VPC endpoints for DynamoDB and S3',
      distractors: ['A public IP on the function', 'An internet gateway attached to the private subnets', 'The `AWSLambdaVPCAccessExecutionRole` policy'],
      find: 'AWS services only VPC endpoints avoid the NAT gateway',
    },
  ],
  'rds-proxy-recommended': () => [
    {
      case: 'burst',
      prompt: 'At peak, 800 copies of this function run at once and the database runs out of connections. What does AWS recommend?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'VpcConfig:', '  SubnetIds: [!Ref PrivateA]', '  SecurityGroupIds: [!Ref FnSg]', 'Environment:', '  Variables:', '    DB_HOST: !GetAtt Database.Endpoint.Address']),
      answer: 'Connecting through RDS Proxy, which pools and shares connections',
      distractors: ['Raising the function’s memory', 'Moving the function out of the VPC', 'Setting `ReservedConcurrentExecutions: 0`'],
      find: 'RDS Proxy pools and shares connections',
    },
    {
      case: 'reach',
      prompt: 'This function has no `VpcConfig` and must connect through an RDS Proxy. What is missing?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Environment:', '  Variables:', '    DB_HOST: !GetAtt Proxy.Endpoint']),
      answer: 'A `VpcConfig` in the proxy’s VPC: the proxy has no public endpoint',
      distractors: ['Nothing: proxy endpoints are public', 'A NAT gateway in front of the proxy', 'A Lambda layer with the proxy client'],
      find: 'proxy lives inside your VPC no public endpoint VpcConfig',
    },
  ],
  'dynamodb-billing-mode': () => [
    {
      case: 'on-demand-with-throughput',
      prompt: 'What happens when this table is deployed?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 5}']),
      answer: 'It fails: an on-demand table must not set ProvisionedThroughput',
      distractors: ['It deploys with 5 units as an on-demand floor', 'It deploys as a provisioned table', 'It deploys; the throughput applies to indexes only'],
      find: 'PAY_PER_REQUEST on-demand must leave ProvisionedThroughput out',
    },
    {
      case: 'default-mode',
      prompt: 'This table sets neither `BillingMode` nor `ProvisionedThroughput`. What happens?',
      snippet: table(keys),
      answer: 'It fails: without BillingMode the table is provisioned, which needs ProvisionedThroughput',
      distractors: ['It deploys as on-demand, the default', 'It deploys with 5 read and 5 write units', 'It deploys with auto scaling'],
      find: 'PROVISIONED needs ProvisionedThroughput',
    },
  ],
  'dynamodb-table-class': () => [
    {
      case: 'short-name',
      prompt: 'A rarely read table uses the console’s short name for its class. What happens?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'TableClass: STANDARD_IA']),
      answer: 'It fails: the value is STANDARD_INFREQUENT_ACCESS',
      distractors: ['It deploys as Standard-IA', 'It deploys as STANDARD, the fallback', 'It deploys, and the class only affects backups'],
      find: 'TableClass STANDARD STANDARD_INFREQUENT_ACCESS',
    },
    {
      case: 'which',
      prompt: 'A large archive table is read a few times a month. Which class lowers its bill?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'TableClass: ?']),
      answer: '`STANDARD_INFREQUENT_ACCESS`',
      distractors: ['`STANDARD`', '`GLACIER`', '`ONE_ZONE_IA`'],
      find: 'cheaper storage dearer reads rarely accessed',
    },
  ],
  'dynamodb-stream-view-type': () => [
    {
      case: 'invalid',
      prompt: 'A consumer needs the item before and after each change. Which `StreamViewType` should replace the invalid value?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'StreamSpecification:', '  StreamViewType: BOTH_IMAGES']),
      answer: 'NEW_AND_OLD_IMAGES',
      distractors: ['NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'],
      find: 'StreamViewType KEYS_ONLY NEW_IMAGE OLD_IMAGE NEW_AND_OLD_IMAGES',
    },
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
    },
    {
      case: 'retention',
      prompt: 'The consumer of this stream is down for two days. What happens to the changes made meanwhile?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'StreamSpecification: {StreamViewType: NEW_IMAGE}']),
      answer: `The ones older than ${n('dynamodb.streams.retentionHours')} hours are lost from the stream`,
      distractors: ['They wait in the stream until the consumer returns', 'DynamoDB retries them for up to 35 days', 'They move to a dead-letter queue automatically'],
      find: 'DynamoDB Streams keeps records for 24 hours',
    },
  ],
  'dynamodb-global-table-stream': () => [
    {
      case: 'mrsc',
      prompt: 'This global table has replicas in three Regions and no stream. Is that valid?',
      snippet: ['Resources:', '  Orders:', '    Type: AWS::DynamoDB::GlobalTable', '    Properties:', '      MultiRegionConsistency: STRONG', '      Replicas: [{Region: us-east-1}, {Region: us-east-2}, {Region: us-west-2}]'].join('\n'),
      answer: 'Yes: strongly consistent (MRSC) global tables need no stream',
      distractors: ['No: every global table needs NEW_AND_OLD_IMAGES', 'No: global tables allow only two replicas', 'Yes, but replication stays eventual'],
      find: 'MRSC does not need a stream',
    },
    {
      case: 'mrec',
      prompt: 'This eventually consistent global table gets a second replica. What must its stream be?',
      snippet: ['Resources:', '  Orders:', '    Type: AWS::DynamoDB::GlobalTable', '    Properties:', '      Replicas: [{Region: eu-west-1}, {Region: eu-central-1}]', '      StreamSpecification:', '        StreamViewType: ?'].join('\n'),
      answer: '`NEW_AND_OLD_IMAGES`',
      distractors: ['`NEW_IMAGE`', '`KEYS_ONLY`', '`OLD_IMAGE`'],
      find: 'MREC needs StreamSpecification NEW_AND_OLD_IMAGES more than one replica',
    },
  ],
  'dynamodb-ttl-attribute-type': () => [
    {
      case: 'string-key',
      prompt: 'TTL is turned on for `expiresAt`, which is also the sort key, declared as a String. What happens to the items?',
      snippet: table(['AttributeDefinitions:', '  - {AttributeName: pk, AttributeType: S}', '  - {AttributeName: expiresAt, AttributeType: S}', 'KeySchema:', '  - {AttributeName: pk, KeyType: HASH}', '  - {AttributeName: expiresAt, KeyType: RANGE}', 'BillingMode: PAY_PER_REQUEST', 'TimeToLiveSpecification: {AttributeName: expiresAt, Enabled: true}']),
      answer: 'They never expire: TTL reads only a Number of epoch seconds',
      distractors: ['They expire when the string parses as a date', 'They expire at once', 'The deployment fails'],
      find: 'attribute must be a Number epoch seconds',
    },
    {
      case: 'milliseconds',
      prompt: 'The application writes `expiresAt: 1767225600000` (a Number) into items. When do they expire?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'TimeToLiveSpecification: {AttributeName: expiresAt, Enabled: true}']),
      answer: 'Practically never: TTL reads epoch seconds, so this is tens of thousands of years away',
      distractors: ['On 2026-01-01, as intended', 'At once, since the value is too large', 'When the next backup runs'],
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
    },
    {
      case: 'existing',
      prompt: 'A team adds `ImportSourceSpecification` to a table that already holds data and updates the stack. What happens?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'ImportSourceSpecification:', '  InputFormat: CSV', '  S3BucketSource: {S3Bucket: !Ref Bucket}']),
      answer: 'No data is loaded into it: an import only fills a table when it is created',
      distractors: ['The CSV rows are appended to the table', 'The table is emptied and reloaded', 'The rows are merged by key'],
      find: 'import always creates a new table cannot load into an existing one',
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
      answer: 'Its stream and TTL settings, among others: they must be set up again',
      distractors: ['Nothing: a restore copies every setting', 'The items written in the last 35 days', 'Its key schema'],
      find: 'restore new table streams TTL set up again',
    },
    {
      case: 'deletion',
      prompt: 'Someone calls DeleteTable on this table. What happens?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'DeletionProtectionEnabled: true']),
      answer: 'The call is refused until deletion protection is turned off',
      distractors: ['The table is deleted, and PITR can bring it back', 'The table is deleted after a 35-day grace period', 'The table is emptied but kept'],
      find: 'DeletionProtectionEnabled stops the table itself from being deleted',
    },
  ],
  'dynamodb-pitr-recovery-period': () => [
    {
      case: 'range',
      prompt: 'This table keeps 40 days of point-in-time recovery. What happens on deployment?',
      snippet: table([...keys, 'BillingMode: PAY_PER_REQUEST', 'PointInTimeRecoverySpecification:', '  PointInTimeRecoveryEnabled: true', '  RecoveryPeriodInDays: 40']),
      answer: `It fails: the recovery period is ${n('dynamodb.pitr.minDays')}–${n('dynamodb.pitr.maxDays')} days`,
      distractors: ['PITR keeps 40 days', `PITR silently keeps ${n('dynamodb.pitr.maxDays')} days`, 'PITR keeps 40 days at extra cost'],
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
        distractors: ['It waits ten minutes and succeeds', 'Step Functions turns it into a Standard execution', 'It succeeds, but is billed as two executions'],
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
      case: 'no-method',
      prompt: 'What happens when this user pool is deployed?',
      snippet: ['Resources:', '  Users:', '    Type: AWS::Cognito::UserPool', '    Properties:', '      MfaConfiguration: ON'].join('\n'),
      answer: 'It fails: MFA needs SMS configuration or an enabled method such as SOFTWARE_TOKEN_MFA',
      distractors: ['It deploys with email codes as the default method', 'It deploys, and users pick a method at sign-up', 'It deploys with MFA off until a method is added'],
      find: 'MFA MfaConfiguration EnabledMfas',
    },
    {
      case: 'totp',
      prompt: 'Which addition lets this user pool deploy with authenticator-app MFA?',
      snippet: ['Resources:', '  Users:', '    Type: AWS::Cognito::UserPool', '    Properties:', '      MfaConfiguration: OPTIONAL', '      # ← which property?'].join('\n'),
      answer: '`EnabledMfas: [SOFTWARE_TOKEN_MFA]`',
      distractors: ['`AutoVerifiedAttributes: [email]`', '`GenerateSecret: true`', '`AccountRecoverySetting` with `verified_phone_number`'],
      find: 'MFA MfaConfiguration EnabledMfas',
    },
  ],
  'cognito-unauthenticated-identities': () => [
    {
      case: 'guests',
      prompt: 'What can a visitor who never signed in get from this identity pool?',
      snippet: ['Resources:', '  Identities:', '    Type: AWS::Cognito::IdentityPool', '    Properties:', '      AllowUnauthenticatedIdentities: true'].join('\n'),
      answer: 'Temporary AWS credentials with the unauthenticated role',
      distractors: ['Nothing until they sign in to a user pool', 'A user pool ID token', 'The authenticated role’s credentials'],
      find: 'guests AllowUnauthenticatedIdentities unauthenticated roles',
    },
    {
      case: 'least',
      prompt: 'This identity pool lets guests in. What should its unauthenticated role allow?',
      snippet: ['Resources:', '  Identities:', '    Type: AWS::Cognito::IdentityPool', '    Properties:', '      AllowUnauthenticatedIdentities: true', '  Roles:', '    Type: AWS::Cognito::IdentityPoolRoleAttachment', '    Properties:', '      IdentityPoolId: !Ref Identities', '      Roles: {unauthenticated: !GetAtt GuestRole.Arn}'].join('\n'),
      answer: 'Only the few actions guests need, since anyone can obtain its credentials',
      distractors: ['The same as the authenticated role', 'Nothing: guest credentials cannot call AWS', 'Full access, limited by the user pool'],
      find: 'Roles default authenticated unauthenticated roles',
    },
  ],
};
