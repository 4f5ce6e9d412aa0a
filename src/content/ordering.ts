/** Which organizations a "Get help" block shows, and in what order, for the reader's locale. */
import {regionOrder, type RegionPick} from '../config/regions';
import type {Locale} from '../config/locales';
import type {HelpKind} from './schema';
import type {LocalCountry, LocalOrganization} from './organizations';

export type HelpBlock = {international: LocalOrganization[]; countries: LocalCountry[]};

function fits(org: LocalOrganization, kinds: readonly HelpKind[], language?: string): boolean {
  const kindFits = kinds.length === 0 || org.kinds.some((kind) => kinds.includes(kind));
  const languageFits = !language || org.languages.some((code) => code === language || code.startsWith(`${language}-`));
  return kindFits && languageFits;
}

export function helpBlockFor(countries: LocalCountry[], locale: Locale, kinds: readonly HelpKind[]): HelpBlock {
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const international = (byCode.get('international')?.organizations ?? []).filter((org) => fits(org, kinds));
  const picks: readonly RegionPick[] = regionOrder[locale];
  const shown = picks.flatMap((pick) => {
    const country = byCode.get(pick.country);
    if (!country) return [];
    const organizations = country.organizations.filter((org) => fits(org, kinds, pick.language));
    return organizations.length > 0 || country.emergency ? [{...country, organizations}] : [];
  });
  return {international, countries: shown};
}
