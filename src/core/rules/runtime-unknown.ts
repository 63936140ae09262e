import { isNewerThanKnown, knownRuntimeIds, runtimeLifecycle } from '../data/runtime-lifecycle';
import { knownOptions } from '../model';
import { didYouMean } from '../text/did-you-mean';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { quote } from '../text/quote';

/**
 * A value a template generator fills in (`JAVA_VERSION`, `{{runtime}}`, `<%= runtime %>`, `__RUNTIME__`):
 * every runtime id Lambda knows is lower case, so an upper-case word or a delimited name is a placeholder.
 */
export function looksLikePlaceholder(id: string): boolean {
  const text = id.trim();
  if (/^[A-Z][A-Z0-9_]{2,}$/.test(text)) return true;
  return [['{{', '}}'], ['${', '}'], ['<%', '%>'], ['<', '>'], ['__', '__'], ['%', '%'], ['@', '@'], ['[[', ']]']].some(([open, close]) => text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close));
}

/** A `Runtime` Lambda does not know (`provided.al2023023`), with the closest known id as a fix. */
export const runtimeUnknown: Rule = {
  meta: {
    id: 'runtime-unknown',
    title: 'Unknown Lambda runtime',
    description: 'The runtime id is not one Lambda knows (often a typo such as `provided.al2023023`); suggests the closest known id. Newer versions of a known family are not reported.',
    severity: 'error',
    topic: 'lambda-runtimes',
    limits: [],
    fixable: true,
  },
  check(context) {
    const ids = knownRuntimeIds();
    for (const fn of context.model.functions) {
      for (const runtime of knownOptions(fn.runtime)) {
        const id = runtime.value;
        if (id.trim() === '' || runtimeLifecycle(id) || isNewerThanKnown(id)) continue;
        if (looksLikePlaceholder(id)) {
          // Filled in before deployment: not a mistake, but nothing we can check either (information).
          context.report({ at: runtime, entity: fn, severity: 'information', message: `Runtime "${quote(id)}" is a placeholder, not a Lambda runtime id: the runtime rules check it once a tool fills it in.` });
          continue;
        }
        const suggestion = didYouMean(id, ids);
        context.report({
          at: runtime,
          entity: fn,
          message: `Unknown Lambda runtime "${quote(id)}"${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
          fix: suggestion ? replaceFix(runtime, suggestion, `Change to ${suggestion}`) : undefined,
        });
      }
    }
  },
};
