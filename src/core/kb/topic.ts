/** A section of a notes file: the unit the knowledge base explains, searches and quizzes on. */
export interface NoteSource {
  /** Where the markdown came from: a URI or path, shown to the user and used to open the note. */
  readonly uri: string;
  readonly text: string;
  readonly origin: 'bundled' | 'user';
}

/** A question written by hand in a note (`### Quiz` subsection). */
export interface HandQuestion {
  /** The author's stable id (`Q[id]:`): progress and Anki cards follow it through rewording. */
  readonly id?: string;
  /** `Tradeoff[id]:` marks an exam-style scenario (four complete solutions, one requirement). */
  readonly tradeoff?: boolean;
  readonly question: string;
  readonly options: readonly string[];
  /** The first checked option. */
  readonly answerIndex: number;
  /** Every checked option: more than one makes a multiple-response item. */
  readonly answerIndexes: readonly number[];
  readonly why?: string;
}

export interface Topic {
  /** Stable id: the marker's `id`, else `<file-slug>/<heading-slug>`. */
  readonly id: string;
  readonly title: string;
  /** The section's markdown without its heading, marker and quiz. */
  readonly body: string;
  /** CloudFormation resource types it explains (from the marker). */
  readonly resources: readonly string[];
  /** CloudFormation property names it explains (from the marker). */
  readonly properties: readonly string[];
  readonly uri: string;
  readonly origin: 'bundled' | 'user';
  /** 0-based line of the heading in its file. */
  readonly line: number;
  /** 0-based line in its file where `body` starts (line 0 of the body's markdown), for links into the section. */
  readonly bodyLine?: number;
  /** Links in the section (the first AWS documentation link is the topic's source). */
  readonly links: readonly string[];
  readonly quiz: readonly HandQuestion[];
  /** Heading level (1–6). */
  readonly level: number;
}

export function sourceUrlOf(topic: Topic): string | undefined {
  return topic.links.find((l) => l.startsWith('https://docs.aws.amazon.com/')) ?? topic.links.find((l) => l.startsWith('https://'));
}
