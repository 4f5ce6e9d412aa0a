/**
 * `npm run bench`: builds the site and measures what a reader on a slow phone feels, in each locale:
 * first-load JS and CSS (gzip) and request count for the home page, a guide and /get-help; quick-exit latency
 * (tap → page hidden, tap → navigation started; median of several runs); search latency; build time and peak
 * memory. Writes bench/results.json and bench/results.md (shown in the README). Nothing leaves the machine.
 * `--no-build` measures the existing build/.
 */
import {spawn} from 'node:child_process';
import {timedBuild} from './bench/build';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {Page} from 'playwright-core';
import {serveBuild} from '../tests/browser/support/server';
import {guardedContext, launchBrowser} from '../tests/browser/support/browser';
import {locales, localePrefix} from '../src/config/locales';

const siteDir = path.resolve(__dirname, '..');
const runs = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The host configs `npm run build` writes after the Docusaurus build. */
async function hostConfigs(): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    spawn('npx', ['tsx', 'scripts/host-configs.ts'], {cwd: siteDir, stdio: 'ignore'}).on('exit', (c) => (c === 0 ? resolve() : reject(new Error('host-configs failed')))),
  );
}

type PageLoad = {jsGzip: number; cssGzip: number; requests: number};

async function measureLoad(page: Page, url: string): Promise<PageLoad> {
  const bodies: Promise<{type: string; bytes: number}>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((body) => ({type, bytes: zlib.gzipSync(body, {level: 9}).length}))
        .catch(() => ({type, bytes: 0})),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, {waitUntil: 'networkidle'});
  page.off('response', onResponse);
  const all = await Promise.all(bodies);
  const sum = (type: string) => all.filter((item) => item.type === type).reduce((total, item) => total + item.bytes, 0);
  return {jsGzip: sum('script'), cssGzip: sum('stylesheet'), requests: all.length};
}

/** Milliseconds from the tap to the page being hidden, and to the navigation starting. */
async function quickExitLatency(page: Page, url: string): Promise<{hiddenMs: number; navigationMs: number}> {
  await page.goto(url, {waitUntil: 'networkidle'});
  const timings = await page.evaluate(
    () =>
      new Promise<{hiddenMs: number; navigationMs: number}>((resolve) => {
        const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!;
        let hiddenMs = NaN;
        // Note the moment the page's visibility is set, as it happens (a MutationObserver would report it late).
        const style = document.documentElement.style;
        const setProperty = style.setProperty.bind(style);
        style.setProperty = (name: string, value: string | null, priority?: string) => {
          setProperty(name, value, priority);
          if (name === 'visibility' && value === 'hidden' && Number.isNaN(hiddenMs)) hiddenMs = performance.now() - start;
        };
        const start = performance.now();
        window.addEventListener('beforeunload', () => resolve({hiddenMs, navigationMs: performance.now() - start}));
        link.click();
      }),
  );
  return timings;
}

async function searchLatency(page: Page, url: string, query: string): Promise<number> {
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.locator('.navbar__search-input').click();
  const start = Date.now();
  await page.keyboard.type(query);
  // Results or "no results": either way the index was loaded and queried.
  await page.waitForSelector('.navbar [role="option"], .navbar [class*="noResults"]', {timeout: 20_000});
  return Date.now() - start;
}

async function main(): Promise<void> {
  const build = process.argv.includes('--no-build') ? undefined : await timedBuild(siteDir);
  if (build) await hostConfigs();
  const server = await serveBuild();
  const browser = await launchBrowser();
  const rows: Record<string, unknown>[] = [];
  try {
    for (const locale of locales) {
      const prefix = localePrefix(locale);
      for (const [name, route] of [
        ['home', '/'],
        ['guide', '/stalkerware'],
        ['get-help', '/get-help'],
      ] as const) {
        const {context} = await guardedContext(browser, server.origin, {viewport: {width: 375, height: 740}, isMobile: true});
        const page = await context.newPage();
        const url = `${server.origin}${prefix}${route === '/' && prefix ? '' : route}`;
        const load = await measureLoad(page, url);
        rows.push({locale, page: name, ...load});
        await context.close();
      }
      const exits: {hiddenMs: number; navigationMs: number}[] = [];
      const searches: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const {context} = await guardedContext(browser, server.origin, {viewport: {width: 1280, height: 900}});
        exits.push(await quickExitLatency(await context.newPage(), `${server.origin}${prefix}/stalkerware`));
        searches.push(await searchLatency(await context.newPage(), `${server.origin}${prefix}/stalkerware`, locale === 'ar' ? 'هاتف' : 'phone'));
        await context.close();
      }
      rows.push({
        locale,
        page: 'guide',
        quickExitHiddenMs: Number(median(exits.map((e) => e.hiddenMs)).toFixed(1)),
        quickExitNavigationMs: Number(median(exits.map((e) => e.navigationMs)).toFixed(1)),
        searchMs: median(searches),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const results = {date: new Date().toISOString().slice(0, 10), machine: `${process.platform} ${process.arch}, Node ${process.version}`, build, rows};
  fs.mkdirSync(path.join(siteDir, 'bench'), {recursive: true});
  fs.writeFileSync(path.join(siteDir, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const kib = (bytes: unknown) => (typeof bytes === 'number' ? (bytes / 1024).toFixed(1) : '');
  const loads = rows.filter((row) => 'jsGzip' in row);
  const latencies = rows.filter((row) => 'quickExitHiddenMs' in row);
  const markdown = [
    `Measured ${results.date} on ${results.machine}${build ? `; build of all locales ${build.seconds.toFixed(1)} s, peak memory ${build.peakMiB} MiB` : ''}.`,
    '',
    '| Locale | Page | JS (KiB gzip) | CSS (KiB gzip) | Requests |',
    '| --- | --- | ---: | ---: | ---: |',
    ...loads.map((row) => `| ${row.locale} | ${row.page} | ${kib(row.jsGzip)} | ${kib(row.cssGzip)} | ${row.requests} |`),
    '',
    `| Locale | Quick exit: tap → hidden (ms) | tap → navigation (ms) | Search: typing → results (ms) |`,
    '| --- | ---: | ---: | ---: |',
    ...latencies.map((row) => `| ${row.locale} | ${row.quickExitHiddenMs} | ${row.quickExitNavigationMs} | ${row.searchMs} |`),
    '',
    `Quick exit and search are medians of ${runs} runs in headless Chromium on this machine.`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(siteDir, 'bench/results.md'), markdown);
  console.log(markdown);
}

void main();
