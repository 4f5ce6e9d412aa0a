import type {Locale} from './locales';

/**
 * Where the quick exit goes, per locale: a neutral, common page in the reader's language that loads fast and
 * says nothing about this site. A company that runs the site can choose its own (`quickExit` in company/company.ts).
 */
export const quickExitDestination = {
  en: 'https://www.bbc.co.uk/weather',
  es: 'https://es.wikipedia.org/wiki/Wikipedia:Portada',
  fr: 'https://fr.wikipedia.org/wiki/Wikip%C3%A9dia:Accueil_principal',
  ar: 'https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D8%B5%D9%81%D8%AD%D8%A9_%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3%D9%8A%D8%A9',
} as const satisfies Record<Locale, `https://${string}`>;

/** The tab title shown for the instant between hiding the page and the neutral page arriving. */
export const neutralTitle = {en: 'Weather', es: 'Portada', fr: 'Accueil', ar: 'الصفحة الرئيسية'} as const satisfies Record<Locale, string>;

/**
 * In-site navigation replaces the current history entry instead of adding one, so that after a quick exit the
 * Back button does not land on any page of this site. The cost: Back leaves the site instead of returning to the
 * previous guide (the sidebar, breadcrumbs and links remain). See /privacy and CONTRIBUTING.md.
 */
export const replaceHistoryOnNavigation = true;

/** Shift pressed this many times, each within this many milliseconds of the previous one, leaves the site. */
export const shortcut = {presses: 3, withinMs: 5000} as const;

/**
 * If the destination has not replaced the page this long after an exit, a blank page does: a reader is never left
 * on this site's address because the neutral page could not load. Long enough for a slow phone connection to start
 * the destination (a page that has left runs no timers), short enough that nobody looking finds the site.
 */
export const blankAfterMs = 4000;
