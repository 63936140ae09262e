/**
 * Explanations (markdown from the notes, which may be the user's: untrusted) as HTML for the study view:
 * markdown-it with raw HTML off, and only https links (any other target stays text). The webview's CSP
 * forbids scripts and remote content besides, so this is the second of two walls.
 */
import MarkdownIt from 'markdown-it';
import { boundedMarkdown } from '../../core';
import { isSafeHttpsUrl } from '../../core';

const md = boundedMarkdown(new MarkdownIt({ html: false, linkify: false, typographer: false }));
md.validateLink = (url: string) => isSafeHttpsUrl(url);

export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}

/** One line of markdown (a prompt, an option) as inline HTML: no paragraph, no block. */
export function renderInlineMarkdown(markdown: string): string {
  return md.renderInline(markdown);
}
