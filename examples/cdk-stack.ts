import { Duration, Size, Stack, type StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

const REPORT_TIMEOUT = Duration.minutes(20);

export class ReportsStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    new lambda.Function(this, 'Report', {
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'report.handler',
      code: lambda.Code.fromAsset('src'),
      timeout: REPORT_TIMEOUT,
      memorySize: 2048,
      ephemeralStorageSize: Size.gibibytes(12),
    });
  }
}
