/**
 * Local plugin: a page at /s/<code> (under every locale prefix) for each short link in src/config/shortLinks.ts.
 * Each is a real page of this site (quick exit, CSP, no outside request) that sends the reader on to the guide:
 * at once with a meta refresh, and by replacing the history entry when JavaScript runs.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {shortLinks} from '../../config/shortLinks';

export default function shortLinksPlugin(context: LoadContext): Plugin {
  return {
    name: 'short-links',
    async contentLoaded({actions}) {
      for (const [code, target] of Object.entries(shortLinks)) {
        const props = await actions.createData(`short-link-${code}.json`, JSON.stringify({target}));
        actions.addRoute({
          path: `${context.baseUrl}s/${code}`,
          component: '@site/src/components/ShortLinkRedirect/index.tsx',
          exact: true,
          modules: {link: props},
        });
      }
    },
  };
}
