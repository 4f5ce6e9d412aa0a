/**
 * The whole site's content, checked as one: every article, agent page and update note in English and in every
 * translation, the organizations directory, internal links, and each translation's status.
 */
import fs from 'node:fs';
import path from 'node:path';
import {locales, defaultLocale} from '../config/locales';
import {checkContentFile, contentHash, internalLinkIssues, latestReading, splitFrontMatter} from './articles';
import {collectionOf, collections, routePrefix, translationDir, type Collection, type ContentKind} from './collections';
import {headingIds} from './headings';
import {loadDirectory, organizationHosts, organizationIds} from './organizations';
import type {GuideRegistries} from './registries';
import type {Reading} from './schema';
import {byDate} from './reading-kinds';
import {actionAgeIssues, actionIds, loadRiskActions, whoGetsToldRoute} from './who-gets-told';
import {verificationIssues} from './freshness';
import type {ContentIssue} from './issues';

export type TranslationState = 'up-to-date' | 'outdated' | 'untranslated' | 'missing';

export type TranslationStatus = {
  kind: ContentKind;
  source: string;
  title: string;
  route: string;
  locale: string;
  state: TranslationState;
};

/** The readings a guide has on record in one locale, and whether its text changed after the last. */
export type ReadingStatus = {
  source: string;
  title: string;
  route: string;
  locale: string;
  /** Oldest first. Empty when the file records none, or is still the untranslated English. */
  readings: Reading[];
  untranslated: boolean;
  changedSince: boolean;
};

export type ProjectReport = {issues: ContentIssue[]; translations: TranslationStatus[]; readings: ReadingStatus[]; files: number};

function listContent(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.mdx?$/.test(name) && !path.basename(name).startsWith('_'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** The route a docs file is served at: its `slug`, or its path without extension. */
function routeOf(collection: Collection, relative: string, frontMatter: Record<string, unknown>): string {
  if (collection.kind === 'update') return `${routePrefix(collection)}/${relative.replace(/\.mdx?$/, '')}`;
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : `/${relative.replace(/(?:\/?index)?\.mdx?$/, '')}`;
  const route = `${routePrefix(collection)}${slug === '/' ? '' : slug}`;
  return route === '' ? '/' : route;
}

/** The routes of a collection's English pages, e.g. `['/stalkerware', ...]` for the survivor guides. */
export function collectionRoutes(siteDir: string, kind: ContentKind): string[] {
  const collection = collectionOf(kind);
  return listContent(path.join(siteDir, collection.dir)).map((relative) => {
    const text = fs.readFileSync(path.join(siteDir, collection.dir, relative), 'utf8');
    return routeOf(collection, relative, splitFrontMatter(relative, text).parsed?.frontMatter ?? {});
  });
}

function staticRoutes(siteDir: string, riskIds: ReadonlySet<string>): Map<string, Set<string>> {
  const privacy = path.join(siteDir, 'src/pages/privacy.mdx');
  return new Map<string, Set<string>>([
    ['/', new Set()],
    ['/get-help', new Set()],
    ['/privacy', fs.existsSync(privacy) ? headingIds(fs.readFileSync(privacy, 'utf8')) : new Set()],
    ['/updates', new Set()],
    ['/search', new Set()],
    // Each row's anchor is its action id, so a link can point at the exact row.
    [whoGetsToldRoute, new Set(riskIds)],
  ]);
}

/** Where a guide's readings stand in one file. */
function readingStatus(
  base: Omit<ReadingStatus, 'readings' | 'untranslated' | 'changedSince'>,
  frontMatter: Record<string, unknown>,
  text: string,
): ReadingStatus {
  const untranslated = frontMatter.untranslated === true;
  const recorded = !untranslated && Array.isArray(frontMatter.readings) ? (frontMatter.readings as Reading[]) : [];
  const readings = [...recorded].sort(byDate);
  const changedSince = recorded.length > 0 && latestReading(recorded).hash !== contentHash(text);
  return {...base, readings, untranslated, changedSince};
}

/** A guide missing from a list every guide (or every topic guide) must be in. */
function registryIssues(file: string, docId: string, route: string, registries: GuideRegistries): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!registries.sidebar.has(docId)) {
    issues.push({
      severity: 'error',
      file,
      where: 'src/config/guides.ts',
      message: `'${docId}' is in no list of the survivor sidebar`,
      fix: `add '${docId}' to topicGuides (or firstGuides, homeGuides, toolGuides) in src/config/guides.ts`,
    });
  }
  if (!registries.shortLinks.has(route)) {
    issues.push({
      severity: 'error',
      file,
      where: 'src/config/shortLinks.ts',
      message: `${route} has no short link`,
      fix: `add a new code for '${route}' to src/config/shortLinks.ts (never reuse an old one)`,
    });
  }
  if (registries.topics.has(docId) && !registries.signs.has(route)) {
    issues.push({
      severity: 'error',
      file,
      where: 'src/config/homeSigns.ts',
      message: `${route} is a topic guide with no sign on the home page`,
      fix: `add a sign leading to '${route}' to src/config/homeSigns.ts and its words to src/components/WhatAreYouNoticing, then translate them (npm run write-translations)`,
    });
  }
  return issues;
}

/**
 * Checks the whole site. `registries` (from ./registries) adds the checks that each guide is in the sidebar, the
 * short links and, for a topic, the home page's signs; a test's small site may leave them out.
 */
export function checkProject(siteDir: string, today: Date, registries?: GuideRegistries, {structure = true}: {structure?: boolean} = {}): ProjectReport {
  const directory = loadDirectory(siteDir);
  const ids = organizationIds(directory.countries);
  const hosts = organizationHosts(directory.countries);
  const riskActions = loadRiskActions(siteDir);
  const riskIds = actionIds(riskActions.platforms);
  const issues: ContentIssue[] = [
    ...directory.issues,
    ...verificationIssues(directory.countries, today),
    ...riskActions.issues,
    ...actionAgeIssues(riskActions.platforms, today),
  ];
  const translations: TranslationStatus[] = [];
  const readings: ReadingStatus[] = [];
  const routes = staticRoutes(siteDir, riskIds);
  const texts: {file: string; text: string}[] = [];
  let files = 0;

  for (const collection of collections) {
    for (const relative of listContent(path.join(siteDir, collection.dir))) {
      const file = `${collection.dir}/${relative}`;
      const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
      files += 1;
      const source = checkContentFile({
        kind: collection.kind,
        file,
        text,
        locale: defaultLocale,
        organizationIds: ids,
        riskActionIds: riskIds,
        organizationHosts: hosts,
        today,
        structure,
      });
      issues.push(...source.issues);
      texts.push({file, text});
      const frontMatter = source.frontMatter ?? {};
      const route = routeOf(collection, relative, frontMatter);
      routes.set(route, collection.kind === 'update' ? new Set() : headingIds(text));
      const hash = contentHash(text);
      const isGuide = collection.kind === 'article';
      const title = typeof frontMatter.title === 'string' ? frontMatter.title : relative;
      if (isGuide) {
        readings.push(readingStatus({source: file, title, route, locale: defaultLocale}, frontMatter, text));
        if (registries) issues.push(...registryIssues(file, relative.replace(/\.mdx?$/, ''), route, registries));
      }

      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        const translatedFile = `i18n/${locale}/${translationDir(collection)}/${relative}`;
        const translatedPath = path.join(siteDir, translatedFile);
        const status = (state: TranslationState): TranslationStatus => ({
          kind: collection.kind,
          source: file,
          title,
          route,
          locale,
          state,
        });
        if (!fs.existsSync(translatedPath)) {
          translations.push(status('missing'));
          issues.push({
            severity: 'error',
            file: translatedFile,
            where: '',
            message: `is missing: ${file} has no ${locale} translation`,
            fix: `copy ${file} there with untranslated: true in its front matter, then translate it`,
          });
          continue;
        }
        const translatedText = fs.readFileSync(translatedPath, 'utf8');
        files += 1;
        const translated = checkContentFile({
          kind: collection.kind,
          file: translatedFile,
          text: translatedText,
          locale,
          organizationIds: ids,
          riskActionIds: riskIds,
          organizationHosts: hosts,
          today,
          structure,
        });
        issues.push(...translated.issues);
        texts.push({file: translatedFile, text: translatedText});
        const fm = translated.frontMatter ?? {};
        if (isGuide) readings.push(readingStatus({source: file, title, route, locale}, fm, translatedText));
        if (collection.kind !== 'update' && fm.slug !== frontMatter.slug) {
          issues.push({
            severity: 'error',
            file: translatedFile,
            where: 'front matter › slug',
            message: `is ${JSON.stringify(fm.slug)} but the English source has ${JSON.stringify(frontMatter.slug)}`,
            fix: 'keep the English slug in every locale, so links only change by their locale prefix',
          });
        }
        if (fm.untranslated === true) {
          translations.push(status('untranslated'));
          issues.push({
            severity: 'warning',
            file: translatedFile,
            where: 'front matter › untranslated',
            message: 'is still the English text',
            fix: 'translate it, then set source_hash and remove untranslated',
          });
        } else if (fm.source_hash !== hash) {
          translations.push(status('outdated'));
          issues.push({
            severity: 'warning',
            file: translatedFile,
            where: 'front matter › source_hash',
            message: fm.source_hash
              ? `is ${typeof fm.source_hash === 'string' ? fm.source_hash : JSON.stringify(fm.source_hash)}, but ${file} has changed since (now ${hash})`
              : `is not set, so nobody can tell which version of ${file} it follows`,
            fix: `bring the translation in line with ${file}, then set source_hash: "${hash}"`,
          });
        } else {
          translations.push(status('up-to-date'));
        }
      }
    }
  }

  for (const {file, text} of texts) issues.push(...internalLinkIssues(file, text, routes));
  return {issues, translations, readings, files};
}
