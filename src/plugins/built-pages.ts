/**
 * The built HTML pages of one locale, for the plugins that rewrite them after the build (page-scripts, csp).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {locales} from '../config/locales';

export type BuiltPage = {
  /** The file, relative to the site folder, for messages: `build/es/stalkerware.html`. */
  file: string;
  /** The address it is served at: `/es/stalkerware` (`index.html` is the base URL itself). */
  pathname: string;
};

/** The HTML files of one locale's build, leaving out the other locales' folders nested in the default one. */
function htmlFiles(context: LoadContext, outDir: string): string[] {
  const isDefaultLocale = context.i18n.currentLocale === context.i18n.defaultLocale;
  const nested = new Set<string>(isDefaultLocale ? locales : []);
  return fs.readdirSync(outDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html') && !nested.has(file.split(path.sep)[0]!));
}

/**
 * Rewrites every page of the build in place.
 *
 * Synchronous on purpose. Docusaurus starts every plugin's postBuild at once, in the order the config lists the
 * plugins, and a plugin that does all its work before returning finishes before the next one starts. That is what
 * lets the CSP plugin, listed after page-scripts, hash the scripts page-scripts has written.
 */
export function rewriteBuiltPages(context: LoadContext, outDir: string, rewrite: (html: string, page: BuiltPage) => string): void {
  for (const file of htmlFiles(context, outDir)) {
    const target = path.join(outDir, file);
    const route = file
      .split(path.sep)
      .join('/')
      .replace(/\.html$/, '')
      .replace(/(^|\/)index$/, '$1');
    const page = {file: path.relative(context.siteDir, target), pathname: `${context.baseUrl}${route}`};
    fs.writeFileSync(target, rewrite(fs.readFileSync(target, 'utf8'), page));
  }
}
