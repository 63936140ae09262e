/** Which topics a template is about: "Quiz Me on This File" asks about the services it uses. */
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { NotesSearchIndex } from '../kb/search-index';
import { allEntities, type ServerlessModel } from '../model';

/** Resource types of everything the model declares. */
export function resourceTypesOf(model: ServerlessModel): string[] {
  const entities = allEntities(model);
  return [...new Set(entities.map((e) => e.resourceType))];
}

/**
 * Topic ids for resource types: bundled topics whose marker names the type, and the user's sections the
 * search index finds for it.
 */
export function topicIdsFor(resourceTypes: readonly string[], kb: KnowledgeBase, index?: NotesSearchIndex): Set<string> {
  const ids = new Set<string>();
  for (const type of resourceTypes) {
    for (const topic of kb.topicsFor(type)) ids.add(topic.id);
    for (const topic of kb.topics) if (topic.resources.includes(type)) ids.add(topic.id);
    for (const topic of index?.sectionsFor({ resourceType: type }, 5, { origin: 'user' }) ?? []) ids.add(topic.id);
  }
  return ids;
}
