/**
 * Short links (src/config/shortLinks.ts): /s/<code>, under every locale's prefix, sends the reader on to the guide.
 * The post-build stage (src/plugins/built-pages) writes each as a small static page rather than a React route: a page
 * that is left at once needs no bundle, and every route would be one more entry in every reader's route table and one
 * more page to render per locale (a thousand, for a thousand guides). Each still has what every page has: the quick
 * exit first in the body, working before and without JavaScript; its CSP (added by the stage); no referrer; no
 * request to another host. It moves on at once: the inline script replaces the history entry, so Back never bounces
 * here, and keeps a #section; the meta refresh does the same with JavaScript off; the link is for a browser that
 * blocks both. `noindex`: the guide is the page to find.
 */
import fs from 'node:fs';
import path from 'node:path';
import {languages} from '../../config/languages';
import type {Locale} from '../../config/locales';
import {shortLinks} from '../../config/shortLinks';
import {site} from '../../config/site';
import {company} from '../../config/company';
import {quickExitCss} from '../quick-exit/styles';
import {escapeHtml, quickExitLinkHtml, quickExitScript} from '../quick-exit';

/**
 * The same on every short link page, its target in an attribute the CSP hash does not cover: one hash for all of them
 * in the host headers, not one per link and locale (thousands, for a thousand guides).
 */
const redirect = 'location.replace(document.currentScript.dataset.target+location.hash)';

/** The page at /s/<code> for a guide at `target` (`/location-tracking`), in a locale served under `baseUrl` (`/fr/`). */
function shortLinkPage(locale: Locale, baseUrl: string, target: string): string {
  const {htmlLang, direction, shortLinkContinue} = languages[locale];
  const href = `${baseUrl}${target.slice(1)}`;
  return (
    `<!doctype html><html lang="${htmlLang}" dir="${direction}"><head><meta charset="UTF-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1.0">` +
    `<title>${escapeHtml(site.title)}</title>` +
    `<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">` +
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(href)}">` +
    `<link rel="icon" href="${escapeHtml(`${baseUrl}${company.favicon ?? 'img/favicon.svg'}`)}">` +
    `<style>${quickExitCss}</style><script>${quickExitScript(locale)}</script>` +
    `<script data-target="${escapeHtml(href)}">${redirect}</script></head>` +
    `<body>${quickExitLinkHtml(locale)}<main><p><a href="${escapeHtml(href)}">${escapeHtml(shortLinkContinue)}</a></p></main></body></html>`
  );
}

/** Writes every short link page of one locale's build, each through `finish` (the stage adds the CSP there). */
export function writeShortLinkPages(outDir: string, locale: Locale, baseUrl: string, finish: (html: string) => string): void {
  fs.mkdirSync(path.join(outDir, 's'), {recursive: true});
  for (const [code, target] of Object.entries(shortLinks)) {
    fs.writeFileSync(path.join(outDir, 's', `${code}.html`), finish(shortLinkPage(locale, baseUrl, target)));
  }
}
