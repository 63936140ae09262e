import { parseNotes } from './parse-notes';
import type { NoteSource, Topic } from './topic';

/** Topics from any list of markdown sources (bundled notes first, then the user's). */
export class KnowledgeBase {
  readonly topics: readonly Topic[];
  private readonly byId = new Map<string, Topic>();

  constructor(sources: readonly NoteSource[]) {
    const topics: Topic[] = [];
    for (const source of sources) topics.push(...parseNotes(source));
    this.topics = topics;
    for (const topic of topics) if (!this.byId.has(topic.id)) this.byId.set(topic.id, topic);
  }

  topic(id: string): Topic | undefined {
    return this.byId.get(id);
  }

  /**
   * Topics that declare they explain a resource type (and property), most specific first:
   * those naming the property, then those about the resource as a whole.
   */
  topicsFor(resourceType: string, property?: string): Topic[] {
    const forType = this.topics.filter((t) => t.resources.includes(resourceType));
    if (!property) return forType.filter((t) => t.properties.length === 0).concat(forType.filter((t) => t.properties.length > 0));
    const exact = forType.filter((t) => t.properties.includes(property));
    return exact.length ? exact : forType.filter((t) => t.properties.length === 0);
  }
}
