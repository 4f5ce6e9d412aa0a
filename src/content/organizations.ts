/**
 * The organizations directory: reading the YAML files, validating them against the schema, and shaping them for
 * one locale. Pure functions plus one loader, so the build, the checker and the tests share them.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {countryFile, type Checked, type CountryFile, type HelpKind, type Organization, type OrganizationName, type Source, yamlSchema} from './schema';
import {locales, type Locale} from '../config/locales';
import {countriesFirstFile, regionOrder, type RegionPick} from '../config/regions';
import {zodIssues, type ContentIssue} from './issues';
import {languageName} from './format';

export const organizationsDir = 'src/data/organizations';

type LoadedDirectory = {countries: CountryFile[]; issues: ContentIssue[]};

/** Reads and validates every `*.yaml` file; invalid files are reported, never half-used. */
export function loadDirectory(siteDir: string): LoadedDirectory {
  const dir = path.join(siteDir, organizationsDir);
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const sources = files.map((name) => ({
    file: path.posix.join(organizationsDir, name),
    text: fs.readFileSync(path.join(dir, name), 'utf8'),
  }));
  const parsed = parseDirectory(sources);
  return {countries: parsed.countries, issues: [...parsed.issues, ...missingCountryIssues(files)]};
}

/**
 * A country a locale lists first (`countriesFirst` in src/config/languages.ts, or a company's) with no file would be dropped from every Get help block
 * without a word, so readers of that language would simply not see it: that is an error, not a quiet skip.
 * Checked against the files present, so a file that exists but does not validate is reported once, for itself.
 */
export function missingCountryIssues(files: readonly string[], order: Record<Locale, readonly RegionPick[]> = regionOrder): ContentIssue[] {
  const present = new Set(files);
  return locales.flatMap((locale) =>
    order[locale].flatMap((pick, index) => {
      const expected = `${pick.country.toLowerCase()}.yaml`;
      if (present.has(expected)) return [];
      return [
        {
          severity: 'error' as const,
          file: countriesFirstFile(locale),
          where: `countriesFirst.${locale}[${index}] (${pick.country})`,
          message: `lists ${pick.country}, but ${organizationsDir}/${expected} does not exist, so ${locale} readers would not see it`,
          fix: `add ${organizationsDir}/${expected} with sourced entries, or remove ${pick.country} from countriesFirst.${locale}`,
        },
      ];
    }),
  );
}

export function parseDirectory(sources: {file: string; text: string}[]): LoadedDirectory {
  const countries: CountryFile[] = [];
  const issues: ContentIssue[] = [];
  const seenIds = new Map<string, string>();
  const seenCountries = new Map<string, string>();

  for (const {file, text} of sources) {
    let data: unknown;
    try {
      data = yaml.load(text, {schema: yamlSchema});
    } catch (error) {
      const mark = (error as yaml.YAMLException).mark;
      issues.push({
        severity: 'error',
        file,
        where: mark ? `line ${mark.line + 1}` : '',
        message: `is not valid YAML (${(error as yaml.YAMLException).reason ?? String(error)})`,
        fix: 'check the indentation and quoting on that line',
      });
      continue;
    }
    const parsed = countryFile.safeParse(data);
    if (!parsed.success) {
      issues.push(...zodIssues(file, parsed.error, (issuePath) => describeEntry(data, issuePath)));
      continue;
    }
    const country = parsed.data;
    const expectedName = `${country.country.toLowerCase()}.yaml`;
    if (path.posix.basename(file) !== expectedName) {
      issues.push({
        severity: 'error',
        file,
        where: 'country',
        message: `says ${country.country} but the file is named ${path.posix.basename(file)}`,
        fix: `rename the file to ${expectedName}`,
      });
    }
    const otherFile = seenCountries.get(country.country);
    if (otherFile) {
      issues.push({severity: 'error', file, where: 'country', message: `${country.country} is already described in ${otherFile}`});
    }
    seenCountries.set(country.country, file);
    country.organizations.forEach((org, index) => {
      const first = seenIds.get(org.id);
      if (first) {
        issues.push({
          severity: 'error',
          file,
          where: `organizations[${index}].id`,
          message: `"${org.id}" is already used in ${first}`,
          fix: 'give every organization its own id',
        });
      }
      seenIds.set(org.id, file);
    });
    countries.push(country);
  }
  return {countries, issues};
}

/** Names the entry an error is in, so a writer finds it by its id rather than by counting. */
function describeEntry(data: unknown, issuePath: readonly PropertyKey[]): string {
  if (issuePath[0] !== 'organizations' || typeof issuePath[1] !== 'number') return '';
  const entries = (data as {organizations?: unknown[]} | null)?.organizations;
  const entry = Array.isArray(entries) ? entries[issuePath[1]] : undefined;
  const id = (entry as {id?: unknown} | undefined)?.id;
  return typeof id === 'string' ? `id ${id}` : '';
}

export function organizationIds(countries: CountryFile[]): Set<string> {
  return new Set(countries.flatMap((country) => country.organizations.map((org) => org.id)));
}

/** The hosts of each organization's website and of its own pages, without www: a guide citing them cites the owner. */
export function organizationHosts(countries: CountryFile[]): Set<string> {
  const urls = countries.flatMap((country) =>
    country.organizations.flatMap((org) => [org.website, ...org.sources.filter((source) => source.kind === 'own').map((source) => source.url)]),
  );
  return new Set(urls.map((url) => new URL(url).hostname.toLowerCase().replace(/^www\./, '')));
}

/** The months between a `YYYY-MM-DD` date and today, counted by calendar. */
export function monthsSince(date: string, today: Date): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  let months = (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
  if (today.getUTCDate() < day) months -= 1;
  return months;
}

/** A displayed number as a phone dials it: digits, with the leading + kept. */
function dialable(number: string): string {
  return `${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;
}

export function telHref(number: string): string {
  return `tel:${dialable(number)}`;
}

function smsHref(number: string): string {
  return `sms:${dialable(number)}`;
}

// ---- Shaped for one locale: what the pages and the Get help block receive. ----

/**
 * What the facts rest on, as the page words it. The weakest kind decides: `own` (only the organization's or
 * operator's own pages), `official` (a government page among them), `official-and-press` (news reports among
 * official pages), `press` (news reports only). `other` sources never carry a fact, so they do not count.
 */
type SourceBasis = 'own' | 'official' | 'official-and-press' | 'press';

export function sourceBasis(sources: readonly Source[]): SourceBasis {
  const kinds = new Set(sources.map((item) => item.kind));
  const official = kinds.has('own') || kinds.has('government');
  if (kinds.has('press')) return official ? 'official-and-press' : 'press';
  return kinds.has('government') ? 'official' : 'own';
}

/** What the page says about a date: what was done, on which day, against what kind of page. */
export type LocalChecked = {how: Checked['how']; date: string; basis: SourceBasis};

function localChecked(checked: Checked, sources: readonly Source[]): LocalChecked {
  return {how: checked.how, date: checked.date, basis: sourceBasis(sources)};
}

export type LocalContact = {
  number: string;
  href: string;
  label?: string;
  keyword?: string;
  /**
   * Set only when a source confirms this line in some languages and not the reader's: their names, so the card can
   * say so beside the number instead of implying the reader's language.
   */
  confirmedOnlyIn?: string[];
};

export type LocalOrganization = {
  id: string;
  /** The name readers of this locale say and search. */
  name: string;
  /** The official name, only when it differs from `name`, so a reader can match it on signs and search results. */
  officialName?: string;
  kinds: HelpKind[];
  website: string;
  phone: LocalContact[];
  text: LocalContact[];
  tty?: LocalContact;
  chat?: string;
  email?: string;
  hours: string;
  languages: string[];
  /** The languages' names in the reader's locale, resolved at build time: browsers' ICU data lack some (Kabyle). */
  languageNames: string[];
  description: string;
  checked: LocalChecked;
};

export type LocalEmergency = {number: string; href: string; note?: string; checked: LocalChecked};

export type LocalCountry = {
  code: string;
  name: string;
  emergency?: LocalEmergency;
  organizations: LocalOrganization[];
};

export function localName(name: OrganizationName, locale: Locale): {name: string; officialName?: string} {
  const local = name[locale] ?? name.official;
  return local === name.official ? {name: local} : {name: local, officialName: name.official};
}

type ContactLine = NonNullable<Organization['phone']>[number] & {keyword?: string};

function servesLocale(languages: readonly string[], locale: Locale): boolean {
  return languages.some((code) => code === locale || code.startsWith(`${locale}-`));
}

function localContact(line: ContactLine, href: string, locale: Locale): LocalContact {
  const contact: LocalContact = {number: line.number, href, label: line.label?.[locale], keyword: line.keyword};
  if (line.languages && !servesLocale(line.languages, locale)) {
    contact.confirmedOnlyIn = line.languages.map((code) => languageName(code, locale));
  }
  return contact;
}

function localizeOrganization(org: Organization, locale: Locale): LocalOrganization {
  return {
    id: org.id,
    ...localName(org.name, locale),
    kinds: org.kinds,
    website: org.website,
    phone: (org.phone ?? []).map((line) => localContact(line, telHref(line.number), locale)),
    text: (org.text ?? []).map((line) => localContact(line, smsHref(line.number), locale)),
    tty: org.tty ? {number: org.tty, href: telHref(org.tty)} : undefined,
    chat: org.chat,
    email: org.email,
    hours: org.hours[locale],
    languages: org.languages,
    languageNames: org.languages.map((code) => languageName(code, locale)),
    description: org.description[locale],
    checked: localChecked(org.checked, org.sources),
  };
}

export function localizeCountry(country: CountryFile, locale: Locale): LocalCountry {
  const {emergency} = country;
  return {
    code: country.country,
    name: country.name[locale],
    emergency: emergency
      ? {
          number: emergency.number,
          href: telHref(emergency.number),
          note: emergency.note?.[locale],
          checked: localChecked(emergency.checked, emergency.sources),
        }
      : undefined,
    organizations: country.organizations.map((org) => localizeOrganization(org, locale)),
  };
}

/**
 * A locale's directory, countries in that language's alphabetical order. Sorted here, at build time, so the page
 * makes no `Intl.Collator` as it starts (CONTRIBUTING, "No locale data as a page starts").
 */
export function localizeDirectory(countries: CountryFile[], locale: Locale): LocalCountry[] {
  const collator = new Intl.Collator(locale);
  return countries.map((country) => localizeCountry(country, locale)).sort((a, b) => collator.compare(a.name, b.name));
}
