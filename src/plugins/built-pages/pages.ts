/**
 * The built HTML pages of one locale, for the post-build stage that rewrites them (./index.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {locales} from '../../config/locales';
import {htmlFilesUnder} from '../../security/host-configs';

export type BuiltPage = {
  /** The file, relative to the site folder, for messages: `build/es/stalkerware.html`. */
  file: string;
  /** The address it is served at: `/es/stalkerware` (`index.html` is the base URL itself). */
  pathname: string;
};

/** The HTML files of one locale's build, leaving out the other locales' folders nested in the default one. */
function htmlFiles(context: LoadContext, outDir: string): string[] {
  const isDefaultLocale = context.i18n.currentLocale === context.i18n.defaultLocale;
  return htmlFilesUnder(outDir, new Set<string>(isDefaultLocale ? locales : []));
}

/** Rewrites every page of one locale's build in place. */
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

/**
 * The folder the whole site is built into: the default locale's, which holds the others' folders. Docusaurus builds
 * the default locale first, so when a later locale finishes, every page built so far is under it.
 */
export function siteOutDir(context: LoadContext, outDir: string): string {
  return context.i18n.currentLocale === context.i18n.defaultLocale ? outDir : path.dirname(outDir);
}
