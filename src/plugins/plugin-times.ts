/**
 * What each local plugin adds to a build, for `npm run bench -- --scale`. When PLUGIN_TIMES_FILE names a file, the
 * time spent in each local plugin's lifecycle methods and in each remark and rehype plugin is added up, per plugin,
 * and written there as JSON (milliseconds) when the build's process exits. Without it, plugins pass through untouched.
 *
 * A method that returns a promise is timed until the promise settles; Docusaurus runs one method of every plugin side
 * by side, so such a time can include other plugins' work done meanwhile. Every other time is exact.
 */
import fs from 'node:fs';
import type {PluginModule} from '@docusaurus/types';

const timesFile = process.env.PLUGIN_TIMES_FILE;
const totals = new Map<string, number>();

if (timesFile) process.on('exit', () => fs.writeFileSync(timesFile, `${JSON.stringify(Object.fromEntries(totals), null, 2)}\n`));

function timed<Args extends unknown[], Result>(name: string, run: (...args: Args) => Result): (...args: Args) => Result {
  return (...args: Args) => {
    const start = performance.now();
    const add = () => totals.set(name, (totals.get(name) ?? 0) + performance.now() - start);
    const result = run(...args);
    if (result instanceof Promise) return result.finally(add) as Result;
    add();
    return result;
  };
}

const lifecycleMethods = ['loadContent', 'contentLoaded', 'allContentLoaded', 'postBuild', 'configureWebpack', 'injectHtmlTags'] as const;

/** A local plugin whose lifecycle methods are timed, under the name it gives itself. */
export function timedPlugin(plugin: PluginModule): PluginModule {
  if (!timesFile) return plugin;
  return async (context, options) => {
    const instance = await plugin(context, options);
    if (!instance) return instance;
    for (const method of lifecycleMethods) {
      // Each method keeps its own signature; the wrapper only times the call.
      const original = instance[method] as ((...args: unknown[]) => unknown) | undefined;
      if (original) (instance as Record<string, unknown>)[method] = timed(instance.name, original.bind(instance));
    }
    return instance;
  };
}

/** A remark or rehype plugin whose transformer is timed, under `name`. */
export function timedTransformer<Options extends unknown[], Tree, File>(name: string, attacher: (...options: Options) => (tree: Tree, file: File) => unknown) {
  if (!timesFile) return attacher;
  return (...options: Options) => timed(name, attacher(...options));
}
