import type {Locale} from './locales';
import {company} from './company';

/**
 * Which countries an article's "Get help" block shows first, per locale. `language` keeps only the services that
 * answer in that language (the US Hotline's Spanish service for Spanish readers, say). Every other country is one
 * tap away on /get-help; international services are always shown.
 */
export type RegionPick = {country: string; language?: string};

// Every country listed here must have a file in src/data/organizations/ (the content check fails otherwise), so a
// locale never silently loses a country. India was listed for English without one and is left out until a sourced
// file exists. Morocco, Algeria and Tunisia are listed for French without a language filter: many readers there
// read French, and their services answer in Arabic, which the card says.

const ourRegionOrder = {
  en: [{country: 'US'}, {country: 'GB'}, {country: 'CA'}, {country: 'AU'}, {country: 'IE'}],
  es: [{country: 'ES'}, {country: 'MX'}, {country: 'US', language: 'es'}, {country: 'AR'}, {country: 'CO'}, {country: 'CL'}, {country: 'PE'}],
  fr: [{country: 'FR'}, {country: 'CA', language: 'fr'}, {country: 'BE', language: 'fr'}, {country: 'CH', language: 'fr'}, {country: 'MA'}, {country: 'DZ'}, {country: 'TN'}],
  ar: [{country: 'EG'}, {country: 'MA'}, {country: 'LB'}, {country: 'SA'}, {country: 'TN'}, {country: 'JO'}, {country: 'DZ'}, {country: 'PS'}, {country: 'IQ'}, {country: 'AE'}],
} as const satisfies Record<Locale, readonly RegionPick[]>;

/** The order the site uses: a company's `countriesFirst` (company/company.ts) for the locales it sets, ours otherwise. */
export const regionOrder: Record<Locale, readonly RegionPick[]> = {...ourRegionOrder, ...company.countriesFirst};
