/**
 * Local plugin: keeps out of the reader's download what a help center does not use. Survivors often read on old
 * phones over slow or metered connections, so every kilobyte is theirs to pay for.
 * - Code highlighting. Articles hold no code, yet the theme loads Prism and its grammars on every page. Code
 *   blocks are plain (src/theme/CodeBlock), no grammar is added (src/theme/prism-include-languages), and the
 *   `Prism` the theme's start-up module still imports comes from `no-prism.ts`, not `prism-react-renderer`.
 * - Viewport prefetching. Docusaurus downloads the code of every internal link that scrolls into view. Links still
 *   load their page's code on hover, focus or touch, when the reader shows they want it (`no-viewport-prefetch.ts`).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    getClientModules() {
      return [path.join(__dirname, 'no-viewport-prefetch.ts')];
    },
    configureWebpack() {
      return {resolve: {alias: {'prism-react-renderer$': path.join(__dirname, 'no-prism.ts')}}};
    },
  };
}
