/**
 * Local plugin: the quick exit. Puts a real link at the very start of every page's static HTML (404 and search
 * included) and a small inline script in the head, so that the exit works with JavaScript off, still loading,
 * blocked or broken. The React bundle plays no part in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {isLocale, type Locale} from '../../config/locales';
import {blankAfterMs, shortcut} from '../../config/quickExit';
import {quickExitFor} from '../../config/company';
import {quickExitMessages} from './messages';
import {quickExitCss} from './styles';

const inlineSource = fs.readFileSync(path.join(__dirname, 'inline.js'), 'utf8');

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The exact inline script for a locale: the CSP hashes this text, so it must be deterministic. */
/** `href` is the locale's destination (src/config/company.ts); tests give another to see what happens when it cannot load. */
export function quickExitScript(locale: Locale, href: string = quickExitFor(locale).destination): string {
  const messages = quickExitMessages[locale];
  const config = {
    href,
    fallbackMs: blankAfterMs,
    title: quickExitFor(locale).neutralTitle,
    presses: shortcut.presses,
    withinMs: shortcut.withinMs,
    counting: messages.counting,
    leaving: messages.leaving,
  };
  // Strip the leading comment block: the logic stays readable in inline.js, the pages stay small.
  const body = inlineSource.replace(/^\/\*[\s\S]*?\*\/\s*/, '').trim();
  return `${body}(${JSON.stringify(config)});`;
}

export function quickExitLinkHtml(locale: Locale): string {
  const messages = quickExitMessages[locale];
  // The accessible name is the visible text plus what the button is for and its shortcut (WCAG 2.5.3).
  return (
    `<a data-quick-exit class="quick-exit" href="${escapeHtml(quickExitFor(locale).destination)}" rel="noopener noreferrer">` +
    `<span class="quick-exit__label">${escapeHtml(messages.label)}</span>` +
    `<span class="quick-exit__hidden">: ${escapeHtml(messages.purpose)}. </span>` +
    `<span class="quick-exit__hint">${escapeHtml(messages.hint)}</span></a>` +
    `<div id="quick-exit-status" class="quick-exit__status" role="status" aria-live="polite"></div>`
  );
}

export default function quickExitPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  if (!isLocale(locale)) throw new Error(`quick-exit plugin: unknown locale "${locale}"; declare it in src/config/languages.ts`);
  return {
    name: 'quick-exit',
    injectHtmlTags() {
      return {
        headTags: [
          {tagName: 'style', innerHTML: quickExitCss},
          {tagName: 'script', innerHTML: quickExitScript(locale)},
        ],
        preBodyTags: [quickExitLinkHtml(locale)],
      };
    },
  };
}
