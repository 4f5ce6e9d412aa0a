import {languages, type RegionPick} from './languages';
import {locales, type Locale} from './locales';
import {company, companyFile} from './company';

export type {RegionPick};

/**
 * Which countries an article's "Get help" block shows first, per locale: a company's `countriesFirst`
 * (company/company.ts) for the locales it sets, ours (src/config/languages.ts) otherwise.
 */
export const regionOrder: Record<Locale, readonly RegionPick[]> = Object.fromEntries(
  locales.map((locale) => [locale, company.countriesFirst?.[locale] ?? languages[locale].countriesFirst]),
) as Record<Locale, readonly RegionPick[]>;

/** The file a locale's first countries are declared in, for messages. */
export function countriesFirstFile(locale: Locale): string {
  return company.countriesFirst?.[locale] ? companyFile : 'src/config/languages.ts';
}
