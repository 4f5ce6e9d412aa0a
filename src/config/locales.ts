/**
 * The site's locales in one place: the config, the quick exit, the organizations ordering and the tests read
 * this list, so adding a language starts here.
 */
export const locales = ['en', 'es', 'fr', 'ar'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const localeConfigs = {
  en: {label: 'English', htmlLang: 'en', direction: 'ltr'},
  es: {label: 'Español', htmlLang: 'es', direction: 'ltr'},
  fr: {label: 'Français', htmlLang: 'fr', direction: 'ltr'},
  ar: {label: 'العربية', htmlLang: 'ar', direction: 'rtl'},
} as const satisfies Record<Locale, {label: string; htmlLang: string; direction: 'ltr' | 'rtl'}>;

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
