/** Builds hover markdown: what is under the cursor, how close it is to its limit, and the note that explains it. */
import type { KnowledgeBase } from '../kb/knowledge-base';
import { sourceUrlOf, type Topic } from '../kb/topic';
import type { ServerlessModel } from '../model';
import type { HoverTarget } from '../sources/source';
import { budgetLines } from './budgets';
import { mdCode, mdLink, mdText } from '../text/markdown';

export interface HoverContent {
  /** Markdown; untrusted parts (notes) are plain markdown, never HTML or command links. */
  readonly markdown: string;
  readonly topics: readonly Topic[];
}

/** Notes longer than this are cut in a hover (the full note is one click away). */
const MAX_NOTE_LINES = 18;

export interface HoverExtras {
  /** Sections from the user's notes, best first; shown before the bundled note. */
  readonly userSections?: readonly Topic[];
  /** Builds a link that opens a topic (the extension makes `command:` links to its own allow-listed command). */
  readonly linkTo?: (topic: Topic) => string | undefined;
  /** Extra lines (e.g. corrections of the user's notes). */
  readonly notices?: readonly string[];
  /** Today, for runtime lifecycle lines (defaults to the clock). */
  readonly today?: Date;
}

export function buildHover(target: HoverTarget, kb: KnowledgeBase, model: ServerlessModel, extras: HoverExtras = {}): HoverContent | undefined {
  const topics = kb.topicsFor(target.resourceType, target.property).filter((t) => t.origin === 'bundled');
  const header = target.property ? `**${mdText(target.property)}** · ${mdCode(target.resourceType)}` : mdCode(target.resourceType);
  const lines: string[] = [header, ''];
  const budgets = budgetLines(target.facet, target.entity, model, extras.today);
  if (budgets.length) lines.push(...budgets.map((b) => `- ${b}`), '');
  if (target.details?.length) lines.push(...target.details, '');
  for (const notice of extras.notices ?? []) lines.push(`> ${notice}`, '');
  for (const section of extras.userSections ?? []) {
    const link = extras.linkTo?.(section);
    lines.push(`**From your notes:** ${mdLink(section.title, link)}`, '', truncate(section.body, 10), '');
  }
  const main = topics[0];
  if (main) {
    lines.push(`**${mdText(main.title)}**`, '', truncate(main.body, MAX_NOTE_LINES));
    const source = sourceUrlOf(main);
    if (source && !main.body.includes(source)) lines.push('', mdLink('AWS documentation', source));
    const more = topics.slice(1, 4).map((t) => t.title);
    if (more.length) lines.push('', `See also: ${more.map(mdText).join(' · ')}`);
  }
  if (!main && !budgets.length && !extras.userSections?.length && !target.details?.length) return undefined;
  return { markdown: lines.join('\n').trim(), topics: main ? [main, ...(extras.userSections ?? [])] : [...(extras.userSections ?? [])] };
}

function truncate(markdown: string, maxLines: number): string {
  const lines = markdown.split('\n');
  if (lines.length <= maxLines) return markdown;
  return [...lines.slice(0, maxLines), '', '…'].join('\n');
}
