/** Renders hover markdown the way an editor would (CommonMark + autolinks) and lists the link targets. */
import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ html: false, linkify: true });

export function renderedLinks(markdown: string): string[] {
  const links: string[] = [];
  const walk = (tokens: ReturnType<typeof renderer.parse>) => {
    for (const t of tokens) {
      if (t.type === 'link_open') links.push(String(t.attrGet('href')));
      if (t.children) walk(t.children);
    }
  };
  walk(renderer.parse(markdown, {}));
  return links;
}

/** Links that are neither https nor the extension's own openTopic command. */
export function foreignLinks(markdown: string): string[] {
  return renderedLinks(markdown).filter((href) => !href.startsWith('https://') && !href.startsWith('command:serverlessNotes.openTopic?'));
}

/** Links to a host in the test's hostile inputs. */
export function evilLinks(markdown: string): string[] {
  return renderedLinks(markdown).filter((href) => href.includes('evil.example'));
}

export function renderedText(markdown: string): string {
  return renderer.renderInline(markdown);
}

export { renderer };
