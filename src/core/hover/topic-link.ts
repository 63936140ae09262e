/**
 * `serverlessNotes.openTopic` links, built and checked in one place (the extension, a language server and the
 * tests share it). The argument names an indexed note by its topic id, never a URI: the command looks the id up
 * in the notes index and opens only that note's file.
 */
import { HOVER_COMMANDS } from '../text/markdown';

export const OPEN_TOPIC_COMMAND: (typeof HOVER_COMMANDS)[number] = 'serverlessNotes.openTopic';

/** Which indexed topic to open: its id, and which of the topics sharing that id (index order), from 0. */
export interface OpenTopicArgs {
  readonly id: string;
  readonly n: number;
}

const MAX_ID_LENGTH = 300;
const MAX_N = 10_000;

/** `command:serverlessNotes.openTopic?…`, percent-encoded so no character can end the markdown link. */
export function openTopicCommandLink(args: OpenTopicArgs): string {
  const json = encodeURIComponent(JSON.stringify([{ id: args.id, n: args.n }])).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${OPEN_TOPIC_COMMAND}?${json}`;
}

/** The command's argument if it is exactly `{ id: string, n: integer }` within bounds; anything else is refused. */
export function parseOpenTopicArgs(raw: unknown): OpenTopicArgs | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.some((k) => k !== 'id' && k !== 'n')) return undefined;
  const { id, n = 0 } = raw as { id?: unknown; n?: unknown };
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return undefined;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_N) return undefined;
  return { id, n };
}

/** The `n` for a topic among topics sharing its id (index order); pair with {@link findTopic}. */
export function topicOrdinal<T extends { readonly id: string; readonly uri: string; readonly line: number }>(topics: Iterable<T>, topic: T): number {
  let n = 0;
  for (const t of topics) {
    if (t.id !== topic.id) continue;
    if (t.uri === topic.uri && t.line === topic.line) return n;
    n++;
  }
  return 0;
}

/** The indexed topic the arguments name, or undefined. */
export function findTopic<T extends { readonly id: string }>(topics: Iterable<T>, args: OpenTopicArgs): T | undefined {
  let n = 0;
  for (const t of topics) if (t.id === args.id && n++ === args.n) return t;
  return undefined;
}
