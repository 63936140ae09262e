/**
 * The content of the read-only note views (note-view-uri.ts): a note's section — its heading and body, as
 * the notes parser cut it, so without its marker and without its `### Quiz` (answer keys stay in the quiz)
 * — or one rule's section of docs/rules.md. Looked up by id in what the notes index holds; an unknown id
 * gets a "not found" page, never a file.
 */
import * as vscode from 'vscode';
import { findTopic, parseNotes, type Topic } from '../../core';
import { topicMarkdown } from './note-markdown';
import { NOTE_VIEW_SCHEME, parseNoteViewUri } from './note-view-uri';

export class NoteViewContent {
  private rules: Promise<Topic[]> | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly topics: () => Iterable<Topic>,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** The notes changed: open views are read again. */
  refresh(): void {
    for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === NOTE_VIEW_SCHEME) this.changed.fire(document.uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const target = parseNoteViewUri(uri);
    if (target && 'topic' in target) {
      const topic = findTopic(this.topics(), { id: target.topic, n: target.n });
      if (topic) return topicMarkdown(topic);
    } else if (target && 'rule' in target) {
      const rule = (await this.ruleSections()).find((t) => t.title === target.rule);
      if (rule) return `# ${rule.title}\n\n${rule.body}\n`;
    }
    return '# Not found\n\nThis note is not in the notes index any more (it was renamed or removed). Run "Serverless Notes: Search Notes" to find it.\n';
  }

  private ruleSections(): Promise<Topic[]> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules.md');
    this.rules ??= Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
      (bytes) => parseNotes({ uri: uri.toString(), text: new TextDecoder().decode(bytes), origin: 'bundled' }),
      () => [],
    );
    return this.rules;
  }
}
