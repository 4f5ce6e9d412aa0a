/**
 * The whole site's content, checked as one: every article, agent page and update note in English and in every
 * translation, the organizations directory, internal links, and each translation's status.
 */
import fs from 'node:fs';
import path from 'node:path';
import {locales, defaultLocale} from '../config/locales';
import {checkContentFile, contentHash, headingIds, internalLinkIssues, splitFrontMatter, type ContentKind} from './articles';
import {loadDirectory, organizationIds} from './organizations';
import {actionAgeIssues, actionIds, loadRiskActions, whoGetsToldRoute} from './who-gets-told';
import {verificationIssues} from './freshness';
import type {ContentIssue} from './issues';

type Collection = {kind: ContentKind; dir: string; i18nDir: string; routeBase: string};

export const collections: Collection[] = [
  {kind: 'article', dir: 'docs', i18nDir: 'docusaurus-plugin-content-docs/current', routeBase: ''},
  {kind: 'agent', dir: 'agents', i18nDir: 'docusaurus-plugin-content-docs-agents/current', routeBase: '/agents'},
  {kind: 'update', dir: 'updates', i18nDir: 'docusaurus-plugin-content-blog', routeBase: '/updates'},
];

export type TranslationState = 'up-to-date' | 'outdated' | 'untranslated' | 'missing';

export type TranslationStatus = {
  kind: ContentKind;
  source: string;
  title: string;
  route: string;
  locale: string;
  state: TranslationState;
};

export type ProjectReport = {issues: ContentIssue[]; translations: TranslationStatus[]; files: number};

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
  if (collection.kind === 'update') return `${collection.routeBase}/${relative.replace(/\.mdx?$/, '')}`;
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : `/${relative.replace(/(?:\/?index)?\.mdx?$/, '')}`;
  const route = `${collection.routeBase}${slug === '/' ? '' : slug}`;
  return route === '' ? '/' : route;
}

/** The routes of a collection's English pages, e.g. `['/stalkerware', ...]` for the survivor guides. */
export function collectionRoutes(siteDir: string, kind: ContentKind): string[] {
  const collection = collections.find((c) => c.kind === kind)!;
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

export function checkProject(siteDir: string, today: Date): ProjectReport {
  const directory = loadDirectory(siteDir);
  const ids = organizationIds(directory.countries);
  const riskActions = loadRiskActions(siteDir);
  const riskIds = actionIds(riskActions.platforms);
  const issues: ContentIssue[] = [
    ...directory.issues,
    ...verificationIssues(directory.countries, today),
    ...riskActions.issues,
    ...actionAgeIssues(riskActions.platforms, today),
  ];
  const translations: TranslationStatus[] = [];
  const routes = staticRoutes(siteDir, riskIds);
  const texts: {file: string; text: string}[] = [];
  let files = 0;

  for (const collection of collections) {
    for (const relative of listContent(path.join(siteDir, collection.dir))) {
      const file = `${collection.dir}/${relative}`;
      const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
      files += 1;
      const source = checkContentFile({kind: collection.kind, file, text, locale: defaultLocale, organizationIds: ids, riskActionIds: riskIds, today});
      issues.push(...source.issues);
      texts.push({file, text});
      const frontMatter = source.frontMatter ?? {};
      const route = routeOf(collection, relative, frontMatter);
      routes.set(route, collection.kind === 'update' ? new Set() : headingIds(text));
      const hash = contentHash(text);

      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        const translatedFile = `i18n/${locale}/${collection.i18nDir}/${relative}`;
        const translatedPath = path.join(siteDir, translatedFile);
        const status = (state: TranslationState): TranslationStatus => ({
          kind: collection.kind,
          source: file,
          title: String(frontMatter.title ?? relative),
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
        const translated = checkContentFile({kind: collection.kind, file: translatedFile, text: translatedText, locale, organizationIds: ids, riskActionIds: riskIds, today});
        issues.push(...translated.issues);
        texts.push({file: translatedFile, text: translatedText});
        const fm = translated.frontMatter ?? {};
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
          issues.push({severity: 'warning', file: translatedFile, where: 'front matter › untranslated', message: 'is still the English text', fix: 'translate it, then set source_hash and remove untranslated'});
        } else if (fm.source_hash !== hash) {
          translations.push(status('outdated'));
          issues.push({
            severity: 'warning',
            file: translatedFile,
            where: 'front matter › source_hash',
            message: fm.source_hash
              ? `is ${String(fm.source_hash)}, but ${file} has changed since (now ${hash})`
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
  return {issues, translations, files};
}

