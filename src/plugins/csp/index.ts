/**
 * Local plugin: a Content-Security-Policy in a <meta http-equiv> on every page, allowing the page's own inline
 * scripts by their SHA-256 hash (never 'unsafe-inline'), plus the no-referrer policy. The hashes are taken from
 * the final, minified HTML after the build, so they always match what the browser runs.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildCsp, inlineScripts, scriptHash} from '../../security/policy';
import {rewriteBuiltPages} from '../built-pages';

function addCspMeta(html: string): string {
  const hashes = inlineScripts(html).map(scriptHash);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildCsp(hashes, false)}">`;
  // First thing in <head>, after the charset, so that it governs every script and style that follows.
  return html.replace(/<head>(\s*<meta charset=[^>]*>)?/i, (head) => `${head}${meta}`);
}

export default function cspPlugin(context: LoadContext): Plugin {
  return {
    name: 'csp',
    injectHtmlTags() {
      return {headTags: [{tagName: 'meta', attributes: {name: 'referrer', content: 'no-referrer'}}]};
    },
    // Not async, and listed after page-scripts, so that it hashes the scripts that plugin writes (rewriteBuiltPages).
    postBuild({outDir}) {
      rewriteBuiltPages(context, outDir, (html) => (html.includes('http-equiv="Content-Security-Policy"') ? html : addCspMeta(html)));
    },
  };
}
