/**
 * Local plugin: the search worker arrives in one file. Search runs in a web worker (the search plugin's), and a
 * worker loads the chunks its entry needs with `importScripts`, one request after the other. The bundler's
 * default split (node_modules into shared chunks, for async chunks) also applies to the worker, whose code all
 * comes from node_modules, so it took three requests in a row (a stub entry, lunr with its languages, then the
 * worker's own code) before the index could be asked for; on a phone each is a round trip. Chunks that start their
 * own runtime (workers) are left whole; every other async chunk is split as before.
 */
import type {Plugin} from '@docusaurus/types';

export default function searchWorkerPlugin(): Plugin {
  return {
    name: 'search-worker',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            // The bundler's default is 'async' (chunks that cannot be initial); this is that, less workers' entries.
            chunks: (chunk) => !chunk.canBeInitial() && !chunk.hasRuntime(),
          },
        },
      };
    },
  };
}
