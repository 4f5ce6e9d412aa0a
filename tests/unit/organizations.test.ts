import {describe, expect, it} from 'vitest';
import {
  loadDirectory,
  localizeCountry,
  localizeDirectory,
  missingCountryIssues,
  parseDirectory,
  sourceBasis,
  telHref,
  monthsSince,
} from '../../src/content/organizations';
import {verificationIssues} from '../../src/content/freshness';
import {formatIssue} from '../../src/content/issues';

const names = {en: 'Spain', es: 'España', fr: 'Espagne', ar: 'إسبانيا'};
const text = {en: 'Text', es: 'Texto', fr: 'Texte', ar: 'نص'};

function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: 'es-016',
    name: {official: '016'},
    kinds: ['hotline'],
    website: 'https://fixture-org.net',
    phone: [{number: '016'}],
    hours: text,
    languages: ['es'],
    description: text,
    sources: [{url: 'https://fixture-org.net/source', kind: 'own'}],
    checked: {how: 'read', date: '2026-11-01'},
    ...overrides,
  };
}

function fileWith(organizations: unknown[], extra: Record<string, unknown> = {}) {
  return {file: 'src/data/organizations/es.yaml', text: JSON.stringify({country: 'ES', name: names, organizations, ...extra})};
}

function messages(sources: {file: string; text: string}[]) {
  return parseDirectory(sources).issues.map(formatIssue);
}

describe('the organizations schema', () => {
  it('accepts a complete entry', () => {
    expect(parseDirectory([fileWith([entry()])]).issues).toEqual([]);
  });

  it.each([
    ['a site over http', {website: 'http://fixture-org.net'}, 'organizations[0].website (id es-016): must start with https:// (http links are refused)'],
    [
      'a malformed phone number',
      {phone: [{number: '016 (free)'}]},
      'organizations[0].phone[0].number (id es-016): must be digits, single spaces or hyphens, and an optional leading +',
    ],
    ['a number too short to dial', {phone: [{number: '01'}]}, 'organizations[0].phone[0].number (id es-016): must have between 3 and 15 digits'],
    ['no source', {sources: []}, 'organizations[0].sources (id es-016): needs at least one source where the facts were checked, as {url, kind}'],
    ['a source written as a bare address', {sources: ['https://fixture-org.net']}, 'organizations[0].sources[0] (id es-016): must be {url, kind}'],
    [
      'a source without a kind',
      {sources: [{url: 'https://fixture-org.net'}]},
      'organizations[0].sources[0].kind (id es-016): is required: the kind of page this is, one of own',
    ],
    [
      'an unknown kind of source',
      {sources: [{url: 'https://fixture-org.net', kind: 'blog'}]},
      'organizations[0].sources[0].kind (id es-016): is required: the kind of page this is',
    ],
    [
      'sources only of a kind the page does not name',
      {sources: [{url: 'https://en.wikipedia.org/wiki/016', kind: 'other'}]},
      'organizations[0].sources (id es-016): rests only on sources of kind other (encyclopedias, listicles, directories)',
    ],
    ['no record of what was done', {checked: undefined}, 'organizations[0].checked (id es-016): is required: what was done on the sources and when'],
    ['the old last_verified field', {last_verified: '2026-11-01'}, 'organizations[0].last_verified (id es-016): is replaced by checked'],
    ['a single name', {name: '016'}, 'organizations[0].name (id es-016): must be {official, en?, es?, fr?, ar?}'],
    ['an unknown kind of help', {kinds: ['therapy']}, 'organizations[0].kinds[0] (id es-016)'],
    ['a missing translation', {description: {en: 'x', es: 'x', fr: 'x'}}, 'organizations[0].description.ar (id es-016): needs the ar text'],
    ['a date that is not a date', {checked: {how: 'read', date: 'last week'}}, 'organizations[0].checked.date (id es-016): must be a date written YYYY-MM-DD'],
    ['an unknown field', {fax: '123'}, 'organizations[0] (id es-016)'],
  ])('rejects %s, naming the file, the entry and the field', (_case, overrides, expected) => {
    const [message] = messages([fileWith([entry(overrides)])]);
    expect(message).toContain(`error: src/data/organizations/es.yaml › ${expected}`);
  });

  it('rejects an emergency number without a source kind or date, naming the field', () => {
    const emergency = {number: '112', sources: [{url: 'https://fixture-org.net/112'}]};
    expect(messages([fileWith([entry()], {emergency})])).toEqual([
      "error: src/data/organizations/es.yaml › emergency.sources[0].kind: is required: the kind of page this is, one of own (the organization's or its operator's page), government, press or other.",
      'error: src/data/organizations/es.yaml › emergency.checked: is required: what was done on the sources and when, e.g. checked: {how: read, date: 2026-12-03}.',
    ]);
  });

  it('accepts a two-digit emergency number (17 in Algeria) but not a two-digit organization line', () => {
    const emergency = {number: '17', sources: [{url: 'https://fixture-org.net/17', kind: 'press'}], checked: {how: 'read', date: '2026-12-03'}};
    expect(messages([fileWith([entry()], {emergency})])).toEqual([]);
    expect(messages([fileWith([entry({phone: [{number: '17'}]})])])[0]).toContain(
      'organizations[0].phone[0].number (id es-016): must have between 3 and 15 digits',
    );
  });

  it('rejects an id used twice', () => {
    expect(messages([fileWith([entry(), entry()])])).toEqual([
      'error: src/data/organizations/es.yaml › organizations[1].id: "es-016" is already used in src/data/organizations/es.yaml. Fix: give every organization its own id',
    ]);
  });

  it('rejects a file named for another country', () => {
    const [message] = messages([{...fileWith([entry()]), file: 'src/data/organizations/mx.yaml'}]);
    expect(message).toBe('error: src/data/organizations/mx.yaml › country: says ES but the file is named mx.yaml. Fix: rename the file to es.yaml');
  });

  it('reports broken YAML with its line instead of losing the file silently', () => {
    const [message] = messages([{file: 'src/data/organizations/es.yaml', text: 'country: ES\nname: [unclosed\n'}]);
    expect(message).toMatch(/^error: src\/data\/organizations\/es\.yaml › line \d+: is not valid YAML/);
  });
});

describe('verification dates', () => {
  const today = new Date('2026-11-24T12:00:00Z');
  const countries = (date: string) => parseDirectory([fileWith([entry({checked: {how: 'read', date}})])]).countries;

  it('counts whole calendar months', () => {
    expect(monthsSince('2026-05-24', today)).toBe(6);
    expect(monthsSince('2026-05-25', today)).toBe(5);
  });

  it('warns after six months and fails after twelve', () => {
    expect(verificationIssues(countries('2026-09-01'), today)).toEqual([]);
    expect(verificationIssues(countries('2026-04-01'), today).map((issue) => issue.severity)).toEqual(['warning']);
    const [stale] = verificationIssues(countries('2025-10-01'), today);
    expect(formatIssue(stale!)).toBe(
      "error: src/data/organizations/es.yaml › organizations[0].checked.date (id es-016): 2025-10-01 is 13 months ago, past the 12-month limit. Fix: check this entry again against its source, then set today's date",
    );
  });

  it('ages emergency numbers too', () => {
    const emergency = {number: '112', sources: [{url: 'https://fixture-org.net/112', kind: 'government'}], checked: {how: 'read', date: '2025-10-01'}};
    const [issue] = verificationIssues(parseDirectory([fileWith([entry()], {emergency})]).countries, today);
    expect(issue).toMatchObject({severity: 'error', where: 'emergency.checked.date'});
  });
});

describe('tap-to-call links', () => {
  it.each([
    ['016', 'tel:016'],
    ['1-800-799-7233', 'tel:18007997233'],
    ['+961 81 78 81 78', 'tel:+96181788178'],
  ])('%s dials as %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });
});

describe('the directory in the repository', () => {
  const {countries, issues} = loadDirectory(process.cwd());

  it('has no errors', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('only has tel: links a phone can dial', () => {
    const numbers = countries.flatMap((country) => [
      ...(country.emergency ? [country.emergency.number] : []),
      ...country.organizations.flatMap((org) => [...(org.phone ?? []).map((line) => line.number), ...(org.tty ? [org.tty] : [])]),
    ]);
    for (const number of numbers) expect(telHref(number)).toMatch(/^tel:\+?\d{2,15}$/);
  });

  it("dials the police number the sources give for Algeria, not the travel listicle's", () => {
    expect(countries.find((country) => country.country === 'DZ')?.emergency?.number).toBe('17');
  });
});

describe('countries listed for a locale', () => {
  it('must each have a file, or the content check names the list entry and the file to add', () => {
    const order = {en: [{country: 'US'}], es: [], fr: [{country: 'CH', language: 'fr'}], ar: []};
    expect(missingCountryIssues(['us.yaml'], order).map(formatIssue)).toEqual([
      'error: src/config/languages.ts › countriesFirst.fr[0] (CH): lists CH, but src/data/organizations/ch.yaml does not exist, so fr readers would not see it. Fix: add src/data/organizations/ch.yaml with sourced entries, or remove CH from countriesFirst.fr',
    ]);
  });

  it('all have a file in the repository', () => {
    expect(missingCountryIssues(loadDirectory(process.cwd()).countries.map((country) => `${country.country.toLowerCase()}.yaml`))).toEqual([]);
  });
});

describe('what a date says', () => {
  const kinds = (...list: ('own' | 'government' | 'press' | 'other')[]) => list.map((kind) => ({url: 'https://fixture-org.net', kind}));

  it('is decided by the weakest kind of source the facts rest on; other sources carry no fact', () => {
    expect(sourceBasis(kinds('own'))).toBe('own');
    expect(sourceBasis(kinds('own', 'other'))).toBe('own');
    expect(sourceBasis(kinds('own', 'government'))).toBe('official');
    expect(sourceBasis(kinds('government', 'press'))).toBe('official-and-press');
    expect(sourceBasis(kinds('press', 'other'))).toBe('press');
  });

  it('reaches the page with what was done and when, for entries and emergency numbers', () => {
    const emergency = {number: '112', sources: [{url: 'https://fixture-org.net/112', kind: 'press'}], checked: {how: 'read', date: '2026-12-03'}};
    const country = localizeCountry(parseDirectory([fileWith([entry()], {emergency})]).countries[0]!, 'en');
    expect(country.emergency?.checked).toEqual({how: 'read', date: '2026-12-03', basis: 'press'});
    expect(country.organizations[0]!.checked).toEqual({how: 'read', date: '2026-11-01', basis: 'own'});
  });
});

describe('names', () => {
  const named = (name: Record<string, string>, locale: 'en' | 'ar') =>
    localizeCountry(parseDirectory([fileWith([entry({name})])]).countries[0]!, locale).organizations[0]!;

  it('shows the name readers of the locale use, with the official one when it differs', () => {
    const name = {official: 'المجلس القومي للمرأة', en: 'National Council for Women'};
    expect(named(name, 'en')).toMatchObject({name: 'National Council for Women', officialName: 'المجلس القومي للمرأة'});
    const arabic = named(name, 'ar');
    expect(arabic.name).toBe('المجلس القومي للمرأة');
    expect(arabic.officialName).toBeUndefined();
  });

  it('gives every entry from an Arabic-speaking country a name in Arabic', () => {
    const arabic = ['AE', 'DZ', 'EG', 'IQ', 'JO', 'LB', 'MA', 'PS', 'SA', 'TN'];
    const entries = loadDirectory(process.cwd()).countries.filter((country) => arabic.includes(country.country));
    for (const org of entries.flatMap((country) => country.organizations)) {
      expect(org.name.ar ?? org.name.official, org.id).toMatch(/[\u0600-\u06FF]/);
    }
  });
});

describe('contact lines confirmed only in some languages', () => {
  it('tell readers of another language, and no one else', () => {
    const text = [{number: '88788', keyword: 'START', languages: ['en']}];
    const local = (locale: 'en' | 'es') =>
      localizeCountry(parseDirectory([fileWith([entry({text, languages: ['en', 'es']})])]).countries[0]!, locale).organizations[0]!.text[0]!;
    expect(local('en').confirmedOnlyIn).toBeUndefined();
    expect(local('es').confirmedOnlyIn).toEqual(['inglés']);
  });

  it("mark the US Hotline's text line for Spanish readers", () => {
    const us = loadDirectory(process.cwd()).countries.find((country) => country.country === 'US')!;
    const hotline = localizeCountry(us, 'es').organizations.find((org) => org.id === 'us-national-dv-hotline')!;
    expect(hotline.text[0]?.confirmedOnlyIn).toEqual(['inglés']);
  });
});

describe('organizations as pages receive them', () => {
  it('names languages at build time, so the page does not depend on the browser knowing them (Kabyle)', () => {
    const {countries} = parseDirectory([fileWith([entry({languages: ['fr', 'kab']})])]);
    const [org] = localizeCountry(countries[0]!, 'fr').organizations;
    expect(org!.languageNames).toEqual(['français', 'kabyle']);
  });
});

describe('the directory as /get-help receives it', () => {
  it('lists countries in the alphabetical order of the locale, accented letters with their base letter', () => {
    const names = localizeDirectory(loadDirectory(process.cwd()).countries, 'fr').map((country) => country.name);
    expect(names.indexOf('Égypte')).toBeGreaterThan(names.indexOf('Colombie'));
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
  });
});
