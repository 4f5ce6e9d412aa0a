// A small directory, shaped as the organizations plugin hands it to pages, for component tests.
import type {LocalCountry, LocalOrganization} from '../../../src/content/organizations';
import {languageName} from '../../../src/content/format';

export function org(id: string, overrides: Partial<LocalOrganization> = {}): LocalOrganization {
  const languages = overrides.languages ?? ['es', 'en'];
  return {
    id,
    name: id.toUpperCase(),
    kinds: ['hotline'],
    website: `https://${id}.example.org`,
    phone: [{number: '016', href: 'tel:016'}],
    text: [],
    hours: '24 hours',
    languages,
    languageNames: languages.map((code) => languageName(code, 'en')),
    description: `About ${id}`,
    checked: {how: 'read', date: '2026-11-01', basis: 'own'},
    ...overrides,
  };
}

const checked = {how: 'read', date: '2026-11-01', basis: 'official'} as const;

export const directory: LocalCountry[] = [
  {code: 'international', name: 'International', organizations: [org('intl-directory', {kinds: ['directory']}), org('intl-tech', {kinds: ['tech-safety']})]},
  {code: 'ES', name: 'España', emergency: {number: '112', href: 'tel:112', checked}, organizations: [org('es-016', {kinds: ['hotline', 'legal']})]},
  {code: 'MX', name: 'México', emergency: {number: '911', href: 'tel:911', checked}, organizations: [org('mx-line', {languages: ['es']})]},
  {
    code: 'US',
    name: 'Estados Unidos',
    emergency: {number: '911', href: 'tel:911', checked},
    organizations: [
      org('us-hotline', {languages: ['en', 'es']}),
      org('us-english-only', {languages: ['en']}),
      org('us-legal', {kinds: ['legal'], languages: ['en', 'es']}),
    ],
  },
  {code: 'FR', name: 'France', emergency: {number: '112', href: 'tel:112', checked}, organizations: [org('fr-3919', {languages: ['fr']})]},
  {code: 'EG', name: 'مصر', emergency: {number: '122', href: 'tel:122', checked}, organizations: [org('eg-ncw', {languages: ['ar']})]},
];
