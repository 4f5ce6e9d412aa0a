/**
 * Local plugin: a Content-Security-Policy in a <meta http-equiv> on every page, allowing the page's own inline
 * scripts by their SHA-256 hash (never 'unsafe-inline'), plus the no-referrer policy. The hashes are taken from
 * the final, minified HTML after the build, so they always match what the browser runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {locales} from '../../config/locales';
import {buildCsp, inlineScripts, scriptHash} from '../../security/policy';

/** The HTML files of one locale's build, leaving out the other locales' folders nested in the default one. */
function htmlFiles(outDir: string, isDefaultLocale: boolean): string[] {
  const nested = new Set<string>(isDefaultLocale ? locales : []);
  return (fs.readdirSync(outDir, {recursive: true, encoding: 'utf8'}) as string[]).filter(
    (file) => file.endsWith('.html') && !nested.has(file.split(path.sep)[0]!),
  );
}

export function addCspMeta(html: string): string {
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
    async postBuild({outDir}) {
      const isDefault = context.i18n.currentLocale === context.i18n.defaultLocale;
      for (const file of htmlFiles(outDir, isDefault)) {
        const target = path.join(outDir, file);
        const html = fs.readFileSync(target, 'utf8');
        if (html.includes('http-equiv="Content-Security-Policy"')) continue;
        fs.writeFileSync(target, addCspMeta(html));
      }
    },
  };
}
