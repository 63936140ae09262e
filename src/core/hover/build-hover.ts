/**
 * Builds hover markdown, the same layout for every format, at most {@link MAX_HOVER_LINES} rendered lines:
 *   1. what matters here, in one order for every face: the finding at this position; else the chain through
 *      this value and its binding link (chain-line.ts); else the limit that binds the value and how close it is
 *      (budgets.ts, else data/what-binds.ts); else what the value does;
 *   2. the 2–5 paragraphs of the note about this property (not the whole note);
 *   3. the user's best section, with its correction;
 *   4. one link: "More: <note title>".
 * Every user-controlled string goes through core/text/markdown.ts.
 */
import type { Finding } from '../findings';
import type { KnowledgeBase } from '../kb/knowledge-base';
import { sourceUrlOf, type Topic } from '../kb/topic';
import type { ServerlessModel } from '../model';
import type { HoverTarget } from '../sources/source';
import { mdCode, mdLink, mdText } from '../text/markdown';
import { budgetLines } from './budgets';
import { chainHoverLine } from './chain-line';
import { noteSpans, sentencesAbout } from './note-spans';
import { whatBinds } from './what-binds';
import { TYPE_NOTES } from '../data/what-binds';

export interface HoverContent {
  /** Markdown; untrusted parts (notes, values) are escaped, never HTML or foreign command links. */
  readonly markdown: string;
  readonly topics: readonly Topic[];
}

/** A hover shows at most this many lines (blank lines between blocks not counted). */
export const MAX_HOVER_LINES = 12;
const MAX_NOTE_LINES = 5;
const MIN_NOTE_LINES = 2;
const MAX_HEADLINE_LINES = 3;
const MAX_DETAIL_LINES = 2;

export interface HoverExtras {
  /** Sections from the user's notes, best first; the best one is shown (untrusted: rendered safely here). */
  readonly userSections?: readonly Topic[];
  /** Builds a link that opens a topic (the extension makes `command:` links to its own allow-listed command). */
  readonly linkTo?: (topic: Topic) => string | undefined;
  /** Corrections of the user's best section (markdown built with the escaping helper). */
  readonly notices?: readonly string[];
  /** Today, for runtime lifecycle lines (defaults to the clock). */
  readonly today?: Date;
  /** Findings reported at the hovered position (the language service passes them). */
  readonly findings?: readonly Finding[];
  /** False when the client shows the diagnostic beside the hover: the findings then pick the note but are not repeated. */
  readonly includeDiagnostics?: boolean;
  /** The hovered scalar value as written (`REGIONAL`, `origin-request`): picks the note's bullet for that value. */
  readonly value?: string;
}

const SEVERITY: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', information: 'Note', hint: 'Hint' };

export function buildHover(target: HoverTarget | undefined, kb: KnowledgeBase, model: ServerlessModel, extras: HoverExtras = {}): HoverContent | undefined {
  const findings = extras.findings ?? [];
  const value = target?.part === 'value' ? extras.value : undefined;
  const budgets = target ? budgetLines(target.facet, target.entity, model, extras.today) : [];
  const quoted = extras.includeDiagnostics === false ? [] : findings;
  // Where no finer budget knows the value: the limits that bind it, else what it does (data/what-binds.ts).
  const binding = whatBinds(target, value);
  const main = mainTopic(target, kb, findings, binding?.topic);
  const findingLines = quoted.slice(0, 2).map((f) => `**${SEVERITY[f.severity]}** ${mdCode(f.ruleId)}: ${mdText(f.message)}`);
  // Line-1 order: the finding, the chain through this resource and its binding link, the binding limit, what the value does.
  const chain = chainHoverLine(target?.entity, model);
  const chainLines = chain ? [chain] : [];
  const bindingLines = budgets.length ? budgets : binding ? [binding.line] : [];
  let headline = [...findingLines, ...chainLines, ...bindingLines].slice(0, MAX_HEADLINE_LINES);
  let details = (target?.details ?? []).slice(0, MAX_DETAIL_LINES);

  const user = extras.userSections?.[0];
  const userLines: string[] = [];
  if (user) {
    const [span] = noteSpans(user, target?.property, 1, 1);
    const about = span ? sentencesAbout(span.replace(/^- /, ''), target?.property) : '';
    userLines.push(`**Your notes:** ${mdLink(user.title, extras.linkTo?.(user))}${about ? ` — ${about}` : ''}`);
    for (const notice of (extras.notices ?? []).slice(0, 1)) userLines.push(`> ${notice}`);
  }
  const more = main ? moreLine(main, extras.linkTo) : undefined;

  // Note lines fill what the rest leaves, at least two: trim the reader's details, then extra headlines.
  const fixed = () => headline.length + details.length + userLines.length + (more ? 1 : 0);
  while (main && fixed() + MIN_NOTE_LINES > MAX_HOVER_LINES && (details.length || headline.length > 1)) {
    if (details.length) details = details.slice(0, -1);
    else headline = headline.slice(0, -1);
  }
  const notes = main ? noteSpans(main, target?.property ?? propertyNamed(findings[0]), Math.max(0, Math.min(MAX_NOTE_LINES, MAX_HOVER_LINES - fixed())), MIN_NOTE_LINES, value) : [];
  if (!headline.length && !details.length && !notes.length && !userLines.length) return undefined;

  const blocks = [headline, details, notes, userLines, more ? [more] : []].filter((b) => b.length);
  const markdown = blocks.map((b) => joinBlock(b)).join('\n\n');
  return { markdown, topics: [...(main ? [main] : []), ...(user ? [user] : [])] };
}

/**
 * The note for the target: the one its value or linked resource names (an SQS event explains SQS), the
 * type's own note on a resource type, else the bundled note for the property (by marker), else the topic the
 * finding cites.
 */
function mainTopic(target: HoverTarget | undefined, kb: KnowledgeBase, findings: readonly Finding[], bindingTopic?: string): Topic | undefined {
  const named = bindingTopic ? kb.topic(bindingTopic) : target?.part === 'resource' && TYPE_NOTES[target.resourceType] ? kb.topic(TYPE_NOTES[target.resourceType]) : undefined;
  if (named) return named;
  const bundled = target ? kb.topicsFor(target.resourceType, target.property).find((t) => t.origin === 'bundled') : undefined;
  if (bundled) return bundled;
  for (const f of findings) {
    const topic = f.topic ? kb.topic(f.topic) : undefined;
    if (topic) return topic;
  }
  return undefined;
}

/** The property a finding's message starts with ("MemorySize 12,288 MB exceeds …"), to pick the note's paragraphs. */
function propertyNamed(finding: Finding | undefined): string | undefined {
  const first = finding?.message.split(' ')[0] ?? '';
  return /^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/.test(first) && first !== 'The' ? first : undefined;
}

/** "More: <title>" linking the note (editor) or its AWS documentation (terminal), plus the source. */
function moreLine(main: Topic, linkTo: HoverExtras['linkTo']): string {
  const source = sourceUrlOf(main);
  const note = linkTo?.(main);
  if (note) return `More: ${mdLink(main.title, note)}${source ? ` · ${mdLink('AWS documentation', source)}` : ''}`;
  return `More: ${mdLink(main.title, source)}`;
}

/** Lines of one block: bullets stay one list; other lines become paragraphs of their own (one line each). */
function joinBlock(lines: readonly string[]): string {
  let out = '';
  lines.forEach((line, i) => {
    if (i > 0) out += line.startsWith('- ') && lines[i - 1].startsWith('- ') ? '\n' : '\n\n';
    out += line;
  });
  return out;
}
