import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, assertMatchesExpectations, expectedFindings } from './support/expectations';
import { fixture, service } from './support/service';

const sn = service();
const analyse = (fileName: string, text: string) => sn.analyze({ fileName, text });

describe('Lambda limit rules on CloudFormation/SAM', () => {
  it('finds exactly the marked limit violations, including parameter defaults, mappings and both If branches', async () => {
    const text = fixture('cloudformation', 'lambda-limits.yaml');
    const analysis = await analyse('lambda-limits.yaml', text);
    assertMatchesExpectations(text, analysis);
  });

  it('states the value, the limit and the unit, and underlines the value', async () => {
    const text = fixture('cloudformation', 'lambda-limits.yaml');
    const analysis = await analyse('lambda-limits.yaml', text);
    const timeout = analysis.findings.find((f) => f.ruleId === 'lambda-timeout' && f.range.start.line === 36)!;
    assert.equal(timeout.message, "Timeout 901 s (15.02 min) exceeds Lambda's maximum of 900 s (15 min).");
    assert.equal(text.slice(timeout.span.start, timeout.span.end), '901');
    assert.equal(timeout.severity, 'error');
    assert.equal(timeout.topic, 'lambda-limits');
    assert.deepEqual(timeout.fix?.edits.map((e) => e.newText), ['900']);
  });

  it('reports a parameter default where it is written and names the function', async () => {
    const text = fixture('cloudformation', 'lambda-limits.yaml');
    const analysis = await analyse('lambda-limits.yaml', text);
    const memory = analysis.findings.find((f) => f.ruleId === 'lambda-memory' && f.range.start.line === 5)!;
    assert.match(memory.message, /MemorySize 20,000 MB exceeds Lambda's maximum of 10,240 MB\. Set in parameter BigMemory \(Default\); affects function FromParameters\./);
    assert.deepEqual(memory.affects, ['FromParameters']);
  });

  it('allows longer timeouts and more memory on Lambda Managed Instances', async () => {
    const text = fixture('cloudformation', 'lambda-limits.yaml');
    const analysis = await analyse('lambda-limits.yaml', text);
    assert.ok(!analysis.findings.some((f) => f.affects?.includes('ManagedInstances')));
  });

  it('applies SAM Globals: one finding on the Globals line naming every function it breaks', async () => {
    const text = fixture('cloudformation', 'globals.yaml');
    const analysis = await analyse('globals.yaml', text);
    assertMatchesExpectations(text, analysis);
    const timeout = analysis.findings.find((f) => f.ruleId === 'lambda-timeout')!;
    assert.match(timeout.message, /Set in Globals\.Function\.Timeout; affects 2 functions: Inherits, AlsoInherits\./);
    const layers = analysis.findings.find((f) => f.ruleId === 'lambda-layers')!;
    assert.match(layers.message, /^6 layers/);
  });

  it('merges Globals environment maps with the function winning', async () => {
    const text = fixture('cloudformation', 'globals.yaml');
    const analysis = await analyse('globals.yaml', text);
    const fn = analysis.source!.model.functions.find((f) => f.id === 'Overrides')!;
    const vars = Object.fromEntries(fn.environment!.variables.map((v) => [v.name, v.value.known === true ? v.value.value : '?']));
    assert.deepEqual(vars, { SHARED: 'one', STAGE: 'dev', OWN: 'value' });
    const raw = analysis.source!.model.functions.find((f) => f.id === 'RawLambdaIgnoresGlobals')!;
    assert.equal(raw.timeout, undefined);
  });

  it('reads JSON templates with the same rules and positions', async () => {
    const text = fixture('cloudformation', 'template.json');
    const analysis = await analyse('template.json', text);
    const found = analysis.findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}:${text.slice(f.span.start, f.span.end)}`);
    assert.deepEqual(found.sort(), ['12:lambda-timeout:1200', '3:lambda-memory:64'].sort());
  });

  it('quick fixes produce a template without findings', async () => {
    for (const name of ['lambda-limits.yaml', 'template.json']) {
      const text = fixture('cloudformation', name);
      const fixed = applyFixes(text, await analyse(name, text));
      const after = await analyse(name, fixed);
      const fixable = (await analyse(name, text)).findings.filter((f) => f.fix).map((f) => f.ruleId);
      assert.ok(fixable.length > 0);
      for (const f of after.findings) assert.ok(!f.fix, `${name}: ${f.ruleId} still fixable after fixing: ${f.message}`);
    }
  });

  it('rules can be turned off or change severity through settings', async () => {
    const text = fixture('cloudformation', 'lambda-limits.yaml');
    const off = await sn.analyze({ fileName: 'x.yaml', text }, { rules: { 'lambda-timeout': 'off', 'lambda-memory': 'warning' } });
    assert.ok(!off.findings.some((f) => f.ruleId === 'lambda-timeout'));
    assert.ok(off.findings.filter((f) => f.ruleId === 'lambda-memory').every((f) => f.severity === 'warning'));
  });
});

describe('environment variables measured as Lambda measures them', () => {
  const template = (value: string, extra = '') => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          A: "${value}"${extra}
`;
  it('exactly 4,096 bytes of compact JSON is fine; one more byte is an error', async () => {
    // {"A":"…"} has 8 bytes of overhead.
    const at = await analyse('t.yaml', template('x'.repeat(4088)));
    assert.deepEqual(at.findings, []);
    const over = await analyse('t.yaml', template('x'.repeat(4089)));
    assert.equal(over.findings.length, 1);
    assert.match(over.findings[0].message, /take 4,097 bytes .* over Lambda's 4 KB limit of 4,096 bytes by 1\./);
    // The Variables key is marked (line 6), not the map below it.
    assert.equal(over.findings[0].range.start.line, 6);
  });
  it('counts UTF-8 bytes, not characters', async () => {
    const analysis = await analyse('t.yaml', template('é'.repeat(2045)));
    assert.match(analysis.findings[0]?.message ?? '', /4,098 bytes/);
  });
  it('unknown values count only their known minimum and never alarm on their own', async () => {
    const unknown = await analyse('t.yaml', template('x', '\n          B: !Ref SomeParameter\n          C: !GetAtt Table.Arn'));
    assert.deepEqual(unknown.findings, []);
    const lowerBound = await analyse('t.yaml', template('x'.repeat(4000), `\n          B: !Sub "${'y'.repeat(100)}-\${AWS::Region}"`));
    assert.match(lowerBound.findings[0]?.message ?? '', /at least 4,\d{3} bytes/);
  });
});

describe('bad input', () => {
  it('non-templates get silence', async () => {
    for (const name of ['not-templates.yaml', 'workflow.yml']) {
      const analysis = await analyse(name, fixture('cloudformation', name));
      assert.deepEqual(analysis.findings, [], name);
      assert.equal(analysis.source, undefined);
    }
  });
  it('malformed YAML gets one clear error and the rest is still analysed', async () => {
    const text = fixture('cloudformation', 'malformed.yaml');
    const analysis = await analyse('malformed.yaml', text);
    const syntax = analysis.findings.filter((f) => f.ruleId === 'syntax-error');
    assert.ok(syntax.length >= 1);
    assert.match(syntax[0].message, /^YAML syntax error: /);
    assert.ok(analysis.findings.some((f) => f.ruleId === 'lambda-timeout' && f.range.start.line === 5));
  });
  it('a broken file named like a template reports its syntax error; another broken YAML file is silent', async () => {
    const broken = 'Resources: [\n  - a: b\n';
    assert.ok((await analyse('template.yaml', broken)).findings.some((f) => f.ruleId === 'syntax-error'));
    assert.deepEqual((await analyse('values.yaml', broken)).findings, []);
  });
  it('alias bombs are bounded', async () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('Resources:', '  Fn:', '    Type: AWS::Lambda::Function', '    Properties:', '      Timeout: 1000', '      Tags: *a11');
    const started = Date.now();
    const analysis = await analyse('bomb.yaml', lines.join('\n'));
    assert.ok(Date.now() - started < 2000);
    assert.ok(analysis.findings.some((f) => f.ruleId === 'lambda-timeout'));
  });
  it('deep nesting is bounded', async () => {
    const depth = 5000;
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  X: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const analysis = await analyse('deep.yaml', text);
    assert.ok(analysis.findings.every((f) => f.severity !== 'error' || f.ruleId === 'syntax-error'));
  });
  it('duplicate keys are reported, not crashed on; the later value wins', async () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 10\n      Timeout: 1000\n`;
    const analysis = await analyse('dup.yaml', text);
    assert.deepEqual(analysis.findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`).sort(), ['7:duplicate-key', '7:lambda-timeout']);
  });
  it('files over the size cap are skipped with an information message', async () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n# ${'x'.repeat(2000)}\n`;
    const analysis = await sn.analyze({ fileName: 'big.yaml', text }, { maxFileBytes: 1000 });
    assert.equal(analysis.findings.length, 1);
    assert.equal(analysis.findings[0].severity, 'information');
    assert.match(analysis.findings[0].message, /not analysed/);
  });
  it('binary files are never parsed', async () => {
    const analysis = await analyse('template.yaml', 'AWSTemplateFormatVersion\u0000\u0001\u0002');
    assert.equal(analysis.findings.length, 1);
    assert.match(analysis.findings[0].message, /binary/);
    assert.deepEqual((await analyse('data.json', '\u0000\u0000')).findings, []);
  });
  it('YAML that CloudFormation accepts but strict YAML 1.2 rejects is still analysed', async () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 1000\n      Layers: [\n        a,\n        b\n]\n`;
    const analysis = await analyse('lenient.yaml', text);
    assert.deepEqual(analysis.findings.map((f) => f.ruleId), ['lambda-timeout']);
  });
  it('expectation markers are read (guards the fixture format itself)', () => {
    assert.deepEqual(expectedFindings('a\nb # expect: x, y\n'), ['2:x', '2:y']);
  });
});
