/**
 * What the MCP tools ask of the core, in one file: today's `createLanguageService` (analyze + hover), the
 * limits/runtime lookup and the bundled notes' search. When the core's service grows these answers itself,
 * this file is what to re-point; the tool handlers (tools.ts) only see {@link McpCore}.
 */
import { join } from 'node:path';
import { createLanguageService, NotesSearchIndex, parseNotes, previewLine, type Finding, type LanguageService, type NoteSource, type RuleSettings } from '../core';
import { lookupLimits, type LookupMatch } from '../core';
import { readNotesFolder } from '../node/bundled-notes';
import { externalReaders } from '../node/external-readers';
import { projectFileAccess } from '../node/file-access';
import { bundledNotesFolder } from '../node/package-root';
import { ConfigFiles } from '../node/config-file';

export interface CheckedDocument {
  readonly fileName: string;
  readonly findings: readonly Finding[];
  /** False when no reader accepted the text (not a template we read): no findings is then no verdict. */
  readonly recognised: boolean;
}

export interface NoteHit {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly preview: string;
  readonly source?: string;
  readonly score: number;
}

export interface McpCore {
  check(fileName: string, text: string): Promise<CheckedDocument>;
  /** The hover at a 1-based line and column, as markdown; undefined when there is nothing to say there. */
  explainAt(fileName: string, text: string, line: number, column: number): Promise<string | undefined>;
  /**
   * The hover of a resource property, asked without a file: a one-resource template is written (as JSON, so
   * no input can change its shape) and hovered at the property's key — the same reader and hover as a file.
   * `property` may be a path (`EphemeralStorage.Size`); `value` (optional) is set there and hovered.
   */
  explainProperty(resourceType: string, property: string, value?: string | number | boolean): Promise<string | undefined>;
  lookup(query: string, limit?: number): LookupMatch[];
  searchNotes(query: string, limit?: number): NoteHit[];
}

export function createMcpCore(cwd: string, today?: Date): McpCore {
  const notes: NoteSource[] = readNotesFolder(bundledNotesFolder());
  // `${file()}` in a serverless.yml reads only inside the working directory, like the tools' own reads.
  const files = projectFileAccess({ projectRoot: () => cwd, trusted: true });
  const service: LanguageService = createLanguageService({ notes, files, externalReaders: externalReaders(), today });
  // Rule settings from the nearest .serverless-notes.json, never above the working directory.
  const configs = new ConfigFiles(() => cwd);
  const rulesFor = (fileName: string): RuleSettings | undefined => configs.forFile(fileName)?.config.rules;
  let index: NotesSearchIndex | undefined;
  return {
    async check(fileName, text) {
      const analysis = await service.analyze({ fileName, text }, { rules: rulesFor(fileName) });
      return { fileName, findings: analysis.findings, recognised: analysis.format !== undefined };
    },
    async explainAt(fileName, text, line, column) {
      const analysis = await service.analyze({ fileName, text }, { rules: rulesFor(fileName) });
      const offset = analysis.lineIndex.offsetAt({ line: line - 1, character: column - 1 });
      return service.hover(analysis, offset)?.markdown;
    },
    async explainProperty(resourceType, property, value) {
      const { text, offset } = oneResourceTemplate(resourceType, property, value);
      const analysis = await service.analyze({ fileName: join(cwd, 'explain.template.json'), text }, { rules: {} });
      return service.hover(analysis, offset)?.markdown;
    },
    lookup: (query, limit) => lookupLimits(query, { today, limit }),
    searchNotes(query, limit = 5) {
      index ??= new NotesSearchIndex(notes.flatMap((n) => parseNotes(n)));
      return index.search(query, limit).map(({ topic, score }) => ({
        id: topic.id,
        title: topic.title,
        file: join('media', 'notes', topic.uri.split(/[\\/]/).pop() ?? ''),
        preview: previewLine(topic.body),
        ...(topic.links.find((l) => l.startsWith('https://')) && { source: topic.links.find((l) => l.startsWith('https://')) }),
        score: Math.round(score * 100) / 100,
      }));
    },
  };
}

/** SAM resource types exist only under the SAM transform. */
const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/**
 * A JSON template with one resource whose property path is set, and where to hover: on the value when one is
 * given (so a finding about it leads the hover), else inside the innermost key's name.
 */
export function oneResourceTemplate(resourceType: string, property: string, value?: string | number | boolean): { text: string; offset: number } {
  const path = property.split('.').filter(Boolean);
  const transform = resourceType.startsWith('AWS::Serverless::') ? `"Transform":${JSON.stringify(SAM_TRANSFORM)},` : '';
  let text = `{"AWSTemplateFormatVersion":"2010-09-09",${transform}"Resources":{"Resource":{"Type":${JSON.stringify(resourceType)},"Properties":{`;
  let offset = text.length + 1;
  path.forEach((key, i) => {
    if (i > 0) text += '{';
    offset = text.length + 1; // inside the key's quotes
    text += `${JSON.stringify(key)}:`;
  });
  if (value !== undefined) offset = text.length;
  text += value === undefined ? '{}' : JSON.stringify(value);
  text += '}'.repeat(Math.max(0, path.length - 1)) + '}}}}';
  return { text, offset };
}
