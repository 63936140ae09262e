/** Plugins that rewrite what a serverless.yml says before the Framework deploys it. */
import { unknown, type LambdaFunction } from '../../model';
import { get, isSeq, plainString, type MapNode } from '../tree';

/** Plugin name -> the pseudo-runtime it accepts and replaces with a real one at package time. */
const RUNTIME_PLUGINS: Record<string, string> = {
  'serverless-rust': 'rust',
};

/** Names listed under `plugins:` (a list, or `{ modules: [...] }`). */
export function pluginNames(root: MapNode): string[] {
  const plugins = get(root, 'plugins');
  const list = isSeq(plugins) ? plugins : get(plugins, 'modules');
  return isSeq(list) ? list.items.map((i) => plainString(i)).filter((n): n is string => n !== undefined) : [];
}

/** A runtime a plugin rewrites (`runtime: rust` with serverless-rust) is not what Lambda receives: unknown. */
export function applyRuntimePlugins(fn: LambdaFunction, plugins: readonly string[]): LambdaFunction {
  const runtime = fn.runtime;
  if (runtime?.known !== true) return fn;
  const plugin = plugins.find((p) => RUNTIME_PLUGINS[p] === runtime.value);
  return plugin ? { ...fn, runtime: unknown(`${plugin} replaces runtime ${runtime.value} when it packages`, runtime.span) } : fn;
}
