/**
 * Hover extras from the user's notes: the best sections for the hover target (made safe to render),
 * and polite corrections where those sections contradict a checked fact.
 */
import type { HoverExtras } from '../hover/build-hover';
import type { ServerlessModel } from '../model';
import type { HoverTarget } from '../sources/source';
import { findContradictions } from './contradictions';
import { featureWords } from './search-features';
import type { NotesSearchIndex } from './search-index';
import { safeMarkdown } from './search-preview';
import type { Topic } from './topic';

/** At most this many of the user's sections in one hover, each cut to a few lines: a hover stays within a screen. */
export const MAX_USER_SECTIONS = 2;
const MAX_SECTION_LINES = 8;
const MAX_SECTION_CHARS = 700;

/** The user's sections (bodies rewritten as safe markdown) and notices for a hover target. */
export function userNotesExtras(index: NotesSearchIndex, target: HoverTarget, model: ServerlessModel, linkTo?: (topic: Topic) => string | undefined): HoverExtras {
  const sections = index.sectionsFor(target, MAX_USER_SECTIONS, { origin: 'user', featureWords: target.property ? undefined : featureWords(target.entity, model) });
  return {
    userSections: sections.map((t) => ({ ...t, body: safeMarkdown(t.body, { maxLines: MAX_SECTION_LINES, maxChars: MAX_SECTION_CHARS }) })),
    linkTo: linkTo && ((shown) => linkTo(sections.find((s) => s.id === shown.id && s.uri === shown.uri) ?? shown)),
    notices: sections.flatMap((t) => findContradictions(t).map((c) => c.message)),
  };
}
