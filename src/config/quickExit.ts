import {languages} from './languages';
import {locales, type Locale} from './locales';

/**
 * Where the quick exit goes, per locale (declared in src/config/languages.ts). A company that runs the site can
 * choose its own (`quickExit` in company/company.ts); the built pages use src/config/company.ts's quickExitFor.
 */
export const quickExitDestination = Object.fromEntries(locales.map((locale) => [locale, languages[locale].quickExit.destination])) as {
  [L in Locale]: (typeof languages)[L]['quickExit']['destination'];
};

/** The tab title shown for the instant between hiding the page and the neutral page arriving. */
export const neutralTitle = Object.fromEntries(locales.map((locale) => [locale, languages[locale].quickExit.neutralTitle])) as Record<Locale, string>;

/** Shift pressed this many times, each within this many milliseconds of the previous one, leaves the site. */
export const shortcut = {presses: 3, withinMs: 5000} as const;

/**
 * If the destination has not replaced the page this long after an exit, a blank page does: a reader is never left
 * on this site's address because the neutral page could not load. Long enough for a slow phone connection to start
 * the destination (a page that has left runs no timers), short enough that nobody looking finds the site.
 */
export const blankAfterMs = 4000;
