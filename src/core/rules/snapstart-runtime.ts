import { runtimeLifecycle } from '../data/runtime-lifecycle';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { snapStartOn } from './snapstart-enabled';
import { quote } from '../text/quote';

/** SnapStart on a runtime without SnapStart support, or on a container image. Support is runtime data. */
export const snapStartRuntime: Rule = {
  meta: {
    id: 'snapstart-runtime',
    title: 'SnapStart on an unsupported runtime',
    description: 'SnapStart works only on Java 11+, Python 3.12+ and .NET 8+ runtimes, and not on container images; AWS rejects it elsewhere.',
    severity: 'error',
    topic: 'lambda-snapstart',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const fn of context.model.functions) {
      for (const on of snapStartOn(fn)) {
        const fix = replaceFix(on, 'None', 'Turn SnapStart off (ApplyOn: None)');
        if (knownOptions(fn.packageType).some((p) => p.value === 'Image')) {
          context.report({ at: on, entity: fn, message: 'SnapStart does not support container images (PackageType Image).', fix });
          continue;
        }
        const unsupported = knownOptions(fn.runtime).filter((r) => runtimeLifecycle(r.value) && !runtimeLifecycle(r.value)!.snapStart);
        for (const runtime of unsupported) {
          context.report({
            at: on,
            entity: fn,
            message: `SnapStart does not support the ${quote(runtime.value)} runtime; it works on Java 11+, Python 3.12+ and .NET 8+.`,
            fix,
          });
        }
      }
    }
  },
};
