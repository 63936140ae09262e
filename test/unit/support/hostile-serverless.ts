/**
 * Hostile serverless.yml inputs (issue 10), generated rather than committed: tests assert they finish
 * with findings and an information finding, bench/hostile-serverless.bench.ts times them.
 */

const HEADER = 'service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  timeout: 1200\n';
const FUNCTION = 'functions:\n  f:\n    handler: h.h\n';

/** `y0: "${self:custom.y1}${self:custom.y1}"`, y1 → y2 `fanOut` times, … `levels` deep (2 KB, 2^30 paths). */
export function fanOutServerless(levels = 30, fanOut = 2): string {
  const lines = ['custom:'];
  for (let i = 0; i < levels; i++) lines.push(`  y${i}: "${`\${self:custom.y${i + 1}}`.repeat(fanOut)}"`);
  lines.push(`  y${levels}: ab`);
  return `${HEADER}${lines.join('\n')}\n${FUNCTION}    description: \${self:custom.y0}\n    environment:\n      BIG: \${self:custom.y0}\n`;
}

/** One scalar with `count` unclosed `${` (quadratic brace matching: 100k took 34 s). */
export function unclosedBracesServerless(count = 100_000): string {
  return `${HEADER}custom:\n  many: "${'${'.repeat(count)}"\n${FUNCTION}    environment:\n      MANY: \${self:custom.many}\n`;
}

/** `count` `${self:` openings nested in one another, none closed, in a value a function uses. */
export function nestedOpeningsServerless(count = 100_000): string {
  return `${HEADER}custom:\n  many: "${'${self:'.repeat(count)}x"\n${FUNCTION}    environment:\n      MANY: \${self:custom.many}\n`;
}

/** A 100k-character runtime (the did-you-mean compared it with every runtime id: 5 s). */
export function longRuntimeServerless(length = 100_000): string {
  return `service: s\nprovider:\n  name: aws\n  runtime: nodejs${'x'.repeat(length)}\n  timeout: 1200\n${FUNCTION}`;
}

/** The same as a CloudFormation template. */
export function longRuntimeTemplate(length = 100_000): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python${'3'.repeat(length)}\n      Timeout: 1200\n`;
}
