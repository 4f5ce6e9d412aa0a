import {languages} from './languages';

/** The locales we ship, in the order of src/config/languages.ts (where a language is declared). */
export type Locale = keyof typeof languages;
export const locales = Object.keys(languages) as [Locale, ...Locale[]];
export const defaultLocale: Locale = 'en';

/** What Docusaurus needs of each locale. */
export const localeConfigs = Object.fromEntries(
  locales.map((locale) => [locale, {label: languages[locale].label, htmlLang: languages[locale].htmlLang, direction: languages[locale].direction}]),
) as {[L in Locale]: Pick<(typeof languages)[L], 'label' | 'htmlLang' | 'direction'>};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The URL prefix of a locale: none for the default one, `/es` for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/**
 * The locale being built: Docusaurus sets this variable before it loads the config and compiles each locale
 * (core: commands/build/buildLocale), so config values and remark plugins can depend on it.
 */
export function buildingLocale(): Locale {
  const locale = process.env.DOCUSAURUS_CURRENT_LOCALE;
  return locale && isLocale(locale) ? locale : defaultLocale;
}
