/**
 * `npm run bench -- --scale[=100,300,1000]`: the site as it grows, beside the stock scaffold with the same guides.
 * At each size, the same synthetic guides (./synthetic.ts: N per locale, in every locale) go into a copy of our site,
 * built with its real config and every local plugin, and into the stock scaffold (./stock.ts) as plain Markdown; both
 * are built afresh (no persistent cache) and measured alike: build time and peak memory, each locale's search index,
 * and search latency, first (index not loaded) and later (a second query in the same box). Ours also reports the
 * time each local plugin took (src/plugins/plugin-times.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type {Browser} from 'playwright-core';
import {timedBuild} from './build';
import {laterSearchLatency, median, searchLatency} from './latency';
import {scaffoldStock} from './stock';
import {addToStock, articleRoute, createSite, extrasSourceGuides, searchWords} from './synthetic';
import {readGuideExtras, type GuideExtras} from './guide-extras';
import {serveBuild} from '../support/server';
import {guardedContext, launchBrowser} from '../support/browser';
import {localePrefix, locales, type Locale} from '../../src/config/locales';
import {checkProject} from '../../src/content/project';
import {loadRegistries} from '../../src/content/registries';
import {ContentError} from '../../src/content/issues';

const defaultSizes = [100, 300, 1000];
const searchRuns = 5;

type ScaleSite = {
  /** The whole build, every locale: wall-clock seconds, and the peak memory of any one of its processes. */
  buildSeconds: number;
  peakMiB: number;
  /** The first synthetic guide's page in English as built: what the build renders and the search plugin reads, per guide. */
  guidePage: {kib: number; words: number};
  /** Each locale's search index: the file the box downloads, as stored and gzip-compressed. */
  index: Record<Locale, {kib: number; gzipKib: number}>;
  /** Medians of `searchRuns` fresh visits: typing to results with the index not loaded yet, then a second query. */
  firstSearchMs: Record<Locale, number>;
  laterSearchMs: Record<Locale, number>;
  /** Ours only: milliseconds in each local plugin over the whole build. */
  pluginMs?: Record<string, number>;
};

type ScalePoint = {articles: number; ours: ScaleSite; stock: ScaleSite};
export type ScaleFigures = {date: string; machine: string; locales: number; searchRuns: number; points: ScalePoint[]};

const kib = (bytes: number) => Number((bytes / 1024).toFixed(1));

function indexSizes(root: string): ScaleSite['index'] {
  const sizes = {} as ScaleSite['index'];
  for (const locale of locales) {
    const dir = path.join(root, localePrefix(locale));
    const files = fs.readdirSync(dir).filter((name) => /^search-index.*\.json$/.test(name));
    if (files.length === 0) throw new Error(`No search index in ${dir}: the search plugin wrote none.`);
    const bytes = files.map((name) => fs.readFileSync(path.join(dir, name)));
    sizes[locale] = {
      kib: kib(bytes.reduce((sum, file) => sum + file.length, 0)),
      gzipKib: kib(bytes.reduce((sum, file) => sum + zlib.gzipSync(file).length, 0)),
    };
  }
  return sizes;
}

/** A built page's size, and the words a reader sees in its <main> (scripts, styles and tags left out). */
function guidePageSize(file: string): ScaleSite['guidePage'] {
  const html = fs.readFileSync(file, 'utf8');
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  const words = main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
  return {kib: kib(Buffer.byteLength(html)), words};
}

/** Both searches in a fresh context, so the first is a first visit's. */
async function searchTwice(browser: Browser, origin: string, url: string, locale: Locale): Promise<{first: number; later: number}> {
  const {context} = await guardedContext(browser, origin, {viewport: {width: 1280, height: 900}});
  try {
    const page = await context.newPage();
    const [query, laterQuery] = searchWords[locale];
    const first = await searchLatency(page, url, query);
    return {first, later: await laterSearchLatency(page, laterQuery)};
  } finally {
    await context.close();
  }
}

async function measureSearch(browser: Browser, root: string, route: string): Promise<Pick<ScaleSite, 'firstSearchMs' | 'laterSearchMs'>> {
  const server = await serveBuild(root, {gzip: true});
  const firstSearchMs = {} as Record<Locale, number>;
  const laterSearchMs = {} as Record<Locale, number>;
  try {
    for (const locale of locales) {
      const url = `${server.origin}${localePrefix(locale)}${route}`;
      const runs = [];
      for (let run = 0; run < searchRuns; run += 1) runs.push(await searchTwice(browser, server.origin, url, locale));
      firstSearchMs[locale] = median(runs.map((run) => run.first));
      laterSearchMs[locale] = median(runs.map((run) => run.later));
    }
  } finally {
    await server.close();
  }
  return {firstSearchMs, laterSearchMs};
}

/** Ours measured, and the words its built guides show beyond their Markdown, for the stock copy. */
async function measureOurs(browser: Browser, articles: number): Promise<{ours: ScaleSite; extras: GuideExtras}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-ours-'));
  try {
    createSite(dir, articles);
    // The build runs these same checks but hides its output; checking first names the file and the fix. Structure
    // is left to the build (it checks the tree it compiles): a thousand guides in four locales would be parsed twice.
    const report = checkProject(dir, new Date(), await loadRegistries(dir), {structure: false});
    if (report.issues.some((issue) => issue.severity === 'error')) throw new ContentError(report.issues);
    const timesFile = path.join(dir, 'plugin-times.json');
    // No persistent cache, for either site: a cold build is what a fresh checkout of a large site costs.
    const build = await timedBuild(dir, [], {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', PLUGIN_TIMES_FILE: timesFile});
    const pluginMs = Object.fromEntries(
      Object.entries(JSON.parse(fs.readFileSync(timesFile, 'utf8')) as Record<string, number>).map(([name, ms]) => [name, Math.round(ms)]),
    );
    const root = path.join(dir, 'build');
    const search = await measureSearch(browser, root, articleRoute(articles, 'ours'));
    const guidePage = guidePageSize(path.join(root, `${articleRoute(articles, 'ours')}.html`));
    const ours = {buildSeconds: build.seconds, peakMiB: build.peakMiB, guidePage, index: indexSizes(root), ...search, pluginMs};
    return {ours, extras: readGuideExtras(root, extrasSourceGuides(articles))};
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

async function measureStock(browser: Browser, ourSiteDir: string, articles: number, extras: GuideExtras): Promise<ScaleSite> {
  const stock = await scaffoldStock(ourSiteDir);
  try {
    addToStock(stock.siteDir, articles, extras);
    const build = await timedBuild(stock.siteDir, [], {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'});
    const root = path.join(stock.siteDir, 'build');
    const search = await measureSearch(browser, root, articleRoute(articles, 'stock'));
    const guidePage = guidePageSize(path.join(root, articleRoute(articles, 'stock'), 'index.html'));
    return {buildSeconds: build.seconds, peakMiB: build.peakMiB, guidePage, index: indexSizes(root), ...search};
  } finally {
    stock.remove();
  }
}

/** Every size in turn, ours then stock; one size's sites are removed before the next is written. */
export async function benchScale(ourSiteDir: string, sizes: number[] = defaultSizes): Promise<ScaleFigures> {
  const figures: ScaleFigures = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${process.platform} ${process.arch}, ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start`,
    locales: locales.length,
    searchRuns,
    points: [],
  };
  const browser = await launchBrowser();
  try {
    for (const articles of sizes) {
      console.log(`Scale: ${articles} guides per locale, ours`);
      const {ours, extras} = await measureOurs(browser, articles);
      console.log(`Scale: ${articles} guides per locale, stock`);
      const stock = await measureStock(browser, ourSiteDir, articles, extras);
      figures.points.push({articles, ours, stock});
    }
  } finally {
    await browser.close();
  }
  return figures;
}
