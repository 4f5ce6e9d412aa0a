import {describe, expect, it} from 'vitest';
import {loadDirectory, localizeCountry, localizeDirectory, parseDirectory, telHref, monthsSince} from '../../src/content/organizations';
import {verificationIssues} from '../../src/content/freshness';
import {formatIssue} from '../../src/content/issues';

const names = {en: 'Spain', es: 'España', fr: 'Espagne', ar: 'إسبانيا'};
const text = {en: 'Text', es: 'Texto', fr: 'Texte', ar: 'نص'};

function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: 'es-016',
    name: '016',
    kinds: ['hotline'],
    website: 'https://example.org',
    phone: [{number: '016'}],
    hours: text,
    languages: ['es'],
    description: text,
    sources: ['https://example.org/source'],
    last_verified: '2026-11-01',
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
    ['a site over http', {website: 'http://example.org'}, 'organizations[0].website (id es-016): must start with https:// (http links are refused)'],
    ['a malformed phone number', {phone: [{number: '016 (free)'}]}, 'organizations[0].phone[0].number (id es-016): must be digits, single spaces or hyphens, and an optional leading +'],
    ['a number too short to dial', {phone: [{number: '01'}]}, 'organizations[0].phone[0].number (id es-016): must have between 3 and 15 digits'],
    ['no source', {sources: []}, 'organizations[0].sources (id es-016): needs at least one source address where the facts were checked'],
    ['an unknown kind of help', {kinds: ['therapy']}, 'organizations[0].kinds[0] (id es-016)'],
    ['a missing translation', {description: {en: 'x', es: 'x', fr: 'x'}}, 'organizations[0].description.ar (id es-016): needs the ar text'],
    ['a date that is not a date', {last_verified: 'last week'}, 'organizations[0].last_verified (id es-016): must be a date written YYYY-MM-DD'],
    ['an unknown field', {fax: '123'}, 'organizations[0] (id es-016)'],
  ])('rejects %s, naming the file, the entry and the field', (_case, overrides, expected) => {
    const [message] = messages([fileWith([entry(overrides)])]);
    expect(message).toContain(`error: src/data/organizations/es.yaml › ${expected}`);
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
  const countries = (date: string) => parseDirectory([fileWith([entry({last_verified: date})])]).countries;

  it('counts whole calendar months', () => {
    expect(monthsSince('2026-05-24', today)).toBe(6);
    expect(monthsSince('2026-05-25', today)).toBe(5);
  });

  it('warns after six months and fails after twelve', () => {
    expect(verificationIssues(countries('2026-09-01'), today)).toEqual([]);
    expect(verificationIssues(countries('2026-04-01'), today).map((issue) => issue.severity)).toEqual(['warning']);
    const [stale] = verificationIssues(countries('2025-10-01'), today);
    expect(formatIssue(stale!)).toBe(
      'error: src/data/organizations/es.yaml › organizations[0].last_verified (id es-016): 2025-10-01 is 13 months ago, past the 12-month limit. Fix: verify this entry again against its source, then set today\'s date',
    );
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
    for (const number of numbers) expect(telHref(number)).toMatch(/^tel:\+?\d{3,15}$/);
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
