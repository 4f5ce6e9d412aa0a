/**
 * `npm run bench`: measures what a reader on a slow phone feels, in each locale, for the home page, an article
 * (/stalkerware) and /get-help: first-load JS and CSS (gzip) and request count, Lighthouse mobile scores with LCP
 * and total blocking time, quick-exit and search latency; and the build's time and peak memory. The same figures
 * for Docusaurus's stock classic scaffold (same locales, same search plugin) stand beside ours, with the ratio.
 * Writes bench/results.json and bench/results.md (shown in the README). Nothing leaves the machine.
 *
 *   --no-build       measure the existing build/ instead of a fresh build (the stock site is still built)
 *   --no-stock       skip the stock scaffold
 *   --no-lighthouse  skip Lighthouse (the slowest part)
 *   --lighthouse-runs=N  Lighthouse runs per page, of which the median run is reported (default 3)
 *   --scale[=N,N,...]  only the site at scale, beside stock with the same synthetic guides, at each size (guides per
 *                    locale; default 100,300,1000), into the `scale` key of the existing bench/results.json (scripts/bench/scale.ts)
 *   --only-second-visit  measure only what a second visit downloads, into the existing bench/results.json
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {timedBuild} from './bench/build';
import {launchDebuggableChromium, runLighthouse} from './bench/lighthouse';
import {median, quickExitLatency, searchLatency} from './bench/latency';
import {measureSecondVisit} from './bench/second-visit';
import {markdownReport, pageKinds, type BenchResults, type PageKind, type SiteFigures} from './bench/report';
import {benchScale} from './bench/scale';
import {scaffoldStock, stockRoutes} from './bench/stock';
import {buildDir, builtOrigin, serveBuild} from './support/server';
import {guardedContext, launchBrowser} from './support/browser';
import {firstLoadContext, measureFirstLoad} from './support/first-load';
import {locales, localePrefix, type Locale} from '../src/config/locales';
import {securityHeaders} from '../src/security/policy';

const siteDir = path.resolve(__dirname, '..');
const runs = 7;
const ourRoutes: Record<PageKind, string> = {home: '/', article: '/stalkerware', 'get-help': '/get-help'};

const args = process.argv.slice(2);
const scaleArg = args.find((arg) => arg === '--scale' || arg.startsWith('--scale='));
const lighthouseRunsArg = args.find((arg) => arg.startsWith('--lighthouse-runs='));
const options = {
  build: !args.includes('--no-build'),
  stock: !args.includes('--no-stock'),
  lighthouse: !args.includes('--no-lighthouse'),
  lighthouseRuns: lighthouseRunsArg === undefined ? 3 : Number(lighthouseRunsArg.split('=')[1]),
  scaleSizes: scaleArg?.includes('=') ? scaleArg.split('=')[1]!.split(',').map(Number) : undefined,
  onlySecondVisit: args.includes('--only-second-visit'),
};

/** Ours as every shipped host config serves it: the same Cache-Control for every response (src/security/policy.ts). */
const ourCacheControl = securityHeaders.find(([name]) => name === 'Cache-Control')![1];
/**
 * Stock as a typical static host serves a Docusaurus site: hashed assets kept for a year, everything else
 * revalidated on each visit (Netlify's default for files without a rule).
 */
const stockCacheControl = (urlPath: string) =>
  /^(\/(es|fr|ar))?\/assets\//.test(urlPath) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
if (!Number.isInteger(options.lighthouseRuns) || options.lighthouseRuns < 1) {
  throw new Error(`--lighthouse-runs must be a whole number of runs, 1 or more (got ${lighthouseRunsArg})`);
}

/** A port nothing listens on now, so a build can be told the origin it will be served from. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A clean build of every locale into a temporary folder, its canonical URLs pointing where it will be served. */
async function buildInto(dir: string, port: number): Promise<{outDir: string; seconds: number; peakMiB: number}> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  // No persistent cache: a warm cache for one site and a cold one for the other would make the times incomparable.
  const figures = await timedBuild(dir, ['--out-dir', outDir], {SITE_URL: `http://127.0.0.1:${port}`, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'});
  return {outDir, ...figures};
}

type Target = {
  root: string;
  port: number;
  routes: Record<PageKind, string>;
  quickExit: boolean;
  searchQuery: (locale: Locale) => string;
  cacheControl: (urlPath: string) => string | undefined;
};

function localizedUrl(origin: string, locale: Locale, route: string): string {
  const prefix = localePrefix(locale);
  return `${origin}${prefix}${route === '/' && prefix ? '' : route}`;
}

async function measureSite(browser: Browser, target: Target): Promise<Pick<SiteFigures, 'pages' | 'latency'>> {
  const server = await serveBuild(target.root, {port: target.port, gzip: true, cacheControl: target.cacheControl});
  const pages: SiteFigures['pages'] = [];
  const latency: SiteFigures['latency'] = [];
  try {
    for (const locale of locales) {
      for (const page of pageKinds) {
        const url = localizedUrl(server.origin, locale, target.routes[page]);
        const {context, outsideRequests} = await guardedContext(browser, server.origin, firstLoadContext);
        const load = await measureFirstLoad(await context.newPage(), url);
        await context.close();
        const secondVisit = await measureSecondVisit(browser, url);
        pages.push({locale, page, path: new URL(url).pathname, ...load, secondVisit, outsideRequests});
      }
      const exits: {hiddenMs: number; navigationMs: number}[] = [];
      const searches: number[] = [];
      const article = localizedUrl(server.origin, locale, target.routes.article);
      for (let run = 0; run < runs; run += 1) {
        const {context} = await guardedContext(browser, server.origin, {viewport: {width: 1280, height: 900}});
        if (target.quickExit) exits.push(await quickExitLatency(await context.newPage(), article));
        searches.push(await searchLatency(await context.newPage(), article, target.searchQuery(locale)));
        await context.close();
      }
      const round = (value: number) => Number(value.toFixed(1));
      latency.push({
        locale,
        quickExitHiddenMs: target.quickExit ? round(median(exits.map((e) => e.hiddenMs))) : null,
        quickExitNavigationMs: target.quickExit ? round(median(exits.map((e) => e.navigationMs))) : null,
        searchMs: median(searches),
      });
    }
    if (options.lighthouse) {
      // One Lighthouse run at a time, after the other measurements, so nothing else competes for the two cores.
      const chromium = await launchDebuggableChromium();
      try {
        for (const figures of pages) {
          console.log(`Lighthouse: ${figures.path}`);
          figures.lighthouse = await runLighthouse(chromium, `${server.origin}${figures.path}`, options.lighthouseRuns);
        }
      } finally {
        await chromium.close();
      }
    }
  } finally {
    await server.close();
  }
  return {pages, latency};
}

/** `--scale`: the curves at each size, into the last results (the other figures are left as they were). */
async function onlyScale(): Promise<void> {
  if (options.scaleSizes?.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--scale takes whole numbers of guides per locale, 1 or more, separated by commas (got ${scaleArg})`);
  }
  const resultsFile = path.join(siteDir, 'bench/results.json');
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as BenchResults;
  results.scale = await benchScale(siteDir, options.scaleSizes);
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const markdown = markdownReport(results, runs);
  fs.writeFileSync(path.join(siteDir, 'bench/results.md'), markdown);
  console.log(markdown);
}

function previousScale(): BenchResults['scale'] {
  const resultsFile = path.join(siteDir, 'bench/results.json');
  return fs.existsSync(resultsFile) ? ((JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as BenchResults).scale ?? null) : null;
}

/** The second-visit figures of every page of one site, served as its host would. */
async function secondVisits(browser: Browser, root: string, routes: Record<PageKind, string>, cacheControl: (urlPath: string) => string | undefined) {
  const server = await serveBuild(root, {gzip: true, cacheControl});
  try {
    const figures: {locale: Locale; page: PageKind; secondVisit: Awaited<ReturnType<typeof measureSecondVisit>>}[] = [];
    for (const locale of locales) {
      for (const page of pageKinds)
        figures.push({locale, page, secondVisit: await measureSecondVisit(browser, localizedUrl(server.origin, locale, routes[page]))});
    }
    return figures;
  } finally {
    await server.close();
  }
}

/** `--only-second-visit`: measures ours (build/) and stock again for second visits only, into the last results. */
async function onlySecondVisit(): Promise<void> {
  const resultsFile = path.join(siteDir, 'bench/results.json');
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as BenchResults;
  const stock = await scaffoldStock(siteDir);
  const port = await freePort();
  const stockBuild = await buildInto(stock.siteDir, port);
  const browser = await launchBrowser();
  try {
    const merge = (site: SiteFigures | null, figures: Awaited<ReturnType<typeof secondVisits>>) => {
      for (const {locale, page, secondVisit} of figures) {
        const row = site?.pages.find((candidate) => candidate.locale === locale && candidate.page === page);
        if (row) row.secondVisit = secondVisit;
      }
    };
    merge(results.ours, await secondVisits(browser, buildDir, ourRoutes, () => ourCacheControl));
    merge(results.stock, await secondVisits(browser, stockBuild.outDir, stockRoutes, stockCacheControl));
  } finally {
    await browser.close();
    fs.rmSync(stockBuild.outDir, {recursive: true, force: true});
    stock.remove();
  }
  results.secondVisitDate = new Date().toISOString().slice(0, 10);
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const markdown = markdownReport(results, runs);
  fs.writeFileSync(path.join(siteDir, 'bench/results.md'), markdown);
  console.log(markdown);
}

async function main(): Promise<void> {
  if (options.onlySecondVisit) return onlySecondVisit();
  if (scaleArg !== undefined) return onlyScale();
  const temporary: (() => void)[] = [];
  try {
    const ourPort = await freePort();
    const ours = options.build ? await buildInto(siteDir, ourPort) : undefined;
    if (ours) temporary.push(() => fs.rmSync(ours.outDir, {recursive: true, force: true}));

    let stockBuild: {outDir: string; seconds: number; peakMiB: number; port: number} | undefined;
    if (options.stock) {
      const stock = await scaffoldStock(siteDir);
      temporary.push(stock.remove);
      const port = await freePort();
      stockBuild = {...(await buildInto(stock.siteDir, port)), port};
      temporary.push(() => fs.rmSync(stockBuild!.outDir, {recursive: true, force: true}));
    }

    const browser = await launchBrowser();
    let results: BenchResults;
    try {
      const ourRoot = ours?.outDir ?? buildDir;
      results = {
        date: new Date().toISOString().slice(0, 10),
        // The load average says how much else was running: on a shared two-core machine timings move with it.
        machine: `${process.platform} ${process.arch}, ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start of measuring`,
        options: {
          build: options.build,
          stock: options.stock,
          lighthouse: options.lighthouse,
          lighthouseRuns: options.lighthouseRuns,
        },
        ours: {
          siteUrl: ours ? `http://127.0.0.1:${ourPort}` : (builtOrigin(ourRoot) ?? 'unknown'),
          build: ours ? {seconds: ours.seconds, peakMiB: ours.peakMiB} : null,
          ...(await measureSite(browser, {
            root: ourRoot,
            // An existing build was made for another origin: any free port serves it.
            port: ours ? ourPort : 0,
            routes: ourRoutes,
            quickExit: true,
            searchQuery: (locale) => (locale === 'ar' ? 'هاتف' : 'phone'),
            cacheControl: () => ourCacheControl,
          })),
        },
        stock: stockBuild
          ? {
              siteUrl: `http://127.0.0.1:${stockBuild.port}`,
              build: {seconds: stockBuild.seconds, peakMiB: stockBuild.peakMiB},
              ...(await measureSite(browser, {
                root: stockBuild.outDir,
                port: stockBuild.port,
                routes: stockRoutes,
                quickExit: false,
                // Stock content is English in every locale (untranslated pages fall back to it).
                searchQuery: () => 'docusaurus',
                cacheControl: stockCacheControl,
              })),
            }
          : null,
        // The curves are measured on their own (`--scale`) and kept from the last such run.
        scale: previousScale(),
      };
    } finally {
      await browser.close();
    }

    fs.mkdirSync(path.join(siteDir, 'bench'), {recursive: true});
    fs.writeFileSync(path.join(siteDir, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const markdown = markdownReport(results, runs);
    fs.writeFileSync(path.join(siteDir, 'bench/results.md'), markdown);
    console.log(markdown);
  } finally {
    for (const remove of temporary.reverse()) remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
