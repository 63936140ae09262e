/** Generated inputs for benchmarks. */

/** A SAM template with `count` functions, each with a few properties, events and environment variables. */
export function samTemplate(count: number): string {
  const lines = ["AWSTemplateFormatVersion: '2010-09-09'", 'Transform: AWS::Serverless-2016-10-31', 'Globals:', '  Function:', '    Runtime: python3.13', '    MemorySize: 512', 'Resources:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  Function${i}:`,
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      `      Handler: app.handler_${i}`,
      '      CodeUri: src/',
      `      Timeout: ${(i % 900) + 1}`,
      '      Environment:',
      '        Variables:',
      `          TABLE_NAME: orders-${i}`,
      '          STAGE: !Ref Stage',
      '      Events:',
      '        Queue:',
      '          Type: SQS',
      '          Properties:',
      `            Queue: !GetAtt Queue${i}.Arn`,
      `  Queue${i}:`,
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      VisibilityTimeout: 5400',
    );
  }
  return lines.join('\n') + '\n';
}
