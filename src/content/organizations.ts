/**
 * The organizations directory: reading the YAML files, validating them against the schema, and shaping them for
 * one locale. Pure functions plus one loader, so the build, the checker and the tests share them.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {countryFile, type CountryFile, type HelpKind, type Organization, yamlSchema} from './schema';
import type {Locale} from '../config/locales';
import {zodIssues, type ContentIssue} from './issues';
import {languageName} from './format';

export const organizationsDir = 'src/data/organizations';

export type LoadedDirectory = {countries: CountryFile[]; issues: ContentIssue[]};

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
  return parseDirectory(sources);
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

export function smsHref(number: string): string {
  return `sms:${dialable(number)}`;
}

// ---- Shaped for one locale: what the pages and the Get help block receive. ----

export type LocalContact = {number: string; href: string; label?: string; keyword?: string};

export type LocalOrganization = {
  id: string;
  name: string;
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
  lastVerified: string;
};

export type LocalCountry = {
  code: string;
  name: string;
  emergency?: {number: string; href: string; note?: string};
  organizations: LocalOrganization[];
};

export function localizeOrganization(org: Organization, locale: Locale): LocalOrganization {
  return {
    id: org.id,
    name: org.name,
    kinds: org.kinds,
    website: org.website,
    phone: (org.phone ?? []).map((line) => ({number: line.number, href: telHref(line.number), label: line.label?.[locale]})),
    text: (org.text ?? []).map((line) => ({
      number: line.number,
      href: smsHref(line.number),
      label: line.label?.[locale],
      keyword: line.keyword,
    })),
    tty: org.tty ? {number: org.tty, href: telHref(org.tty)} : undefined,
    chat: org.chat,
    email: org.email,
    hours: org.hours[locale],
    languages: org.languages,
    languageNames: org.languages.map((code) => languageName(code, locale)),
    description: org.description[locale],
    lastVerified: org.last_verified,
  };
}

export function localizeCountry(country: CountryFile, locale: Locale): LocalCountry {
  return {
    code: country.country,
    name: country.name[locale],
    emergency: country.emergency
      ? {number: country.emergency.number, href: telHref(country.emergency.number), note: country.emergency.note?.[locale]}
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
