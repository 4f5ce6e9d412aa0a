/**
 * A Content-Security-Policy in a <meta http-equiv> on every page, allowing the page's own inline scripts by their
 * SHA-256 hash (never 'unsafe-inline'). The post-build stage (src/plugins/built-pages) adds it after every other
 * rewrite, so the hashes match what the browser runs.
 */
import {buildCsp, inlineScripts, scriptHash} from '../../security/policy';

export function addCspMeta(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const hashes = inlineScripts(html).map(scriptHash);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildCsp(hashes, false)}">`;
  // First thing in <head>, after the charset, so that it governs every script and style that follows.
  return html.replace(/<head>(\s*<meta charset=[^>]*>)?/i, (head) => `${head}${meta}`);
}
