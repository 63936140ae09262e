import { uriPath, type Finding, type Range, type Rule, type Severity } from '../core';

function physicalLocation(file: string, range: Range) {
  return {
    // Percent-encoded per segment (RFC 3986): a file name can't add a query, a fragment or a control.
    artifactLocation: { uri: uriPath(file) },
    region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
  };
}

export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning tools (1-based lines and columns, as SARIF wants). */
/** A rule-like descriptor for findings that come from no rule file (`notes-outdated`). */
export interface RuleDescriptor {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly severity: Severity;
}

export function toSarif(results: readonly FileFindings[], rules: readonly Rule[], version: string, extra: readonly RuleDescriptor[] = []): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'serverless-notes',
            version,
            informationUri: 'https://example.invalid/serverless-notes',
            rules: [...rules.map((r) => r.meta), ...extra].map((meta) => ({
              id: meta.id,
              name: meta.title,
              shortDescription: { text: meta.title },
              fullDescription: { text: meta.description },
              defaultConfiguration: { level: LEVELS[meta.severity] },
            })),
          },
        },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.ruleId,
            level: LEVELS[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: physicalLocation(file, f.range) }],
            ...(f.related?.length
              ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r.file ?? file, r.range), message: { text: r.message } })) }
              : {}),
          })),
        ),
      },
    ],
  };
}
