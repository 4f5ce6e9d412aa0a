import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {splitFrontMatter} from '../../src/content/articles';
import {loadDirectory} from '../../src/content/organizations';
import type {Locale} from '../../src/config/locales';
import {regionOrder} from '../../src/config/regions';
import {buildDir} from '../../scripts/support/server';
import {locales, localized, useSite, waitForHydration} from './support/site';

const resultLinks = '[class*="searchResultItem"] a[href]';
const international = loadDirectory(process.cwd()).countries.find((country) => country.country === 'international')!;

/** A distinctive word from an international organization's description, in the locale's own language. */
function wordIn(locale: Locale): string {
  const words = international.organizations[0]!.description[locale].split(/[\s.,:;!?()«»"']+/u);
  return words.sort((a, b) => b.length - a.length)[0]!;
}

/** The longest word of a guide's title in a locale: what a reader there might type to find it. */
function titleWordIn(locale: Locale, slug: string): string {
  const file = locale === 'en' ? `docs/${slug}.mdx` : `i18n/${locale}/docusaurus-plugin-content-docs/current/${slug}.mdx`;
  const title = String(splitFrontMatter(file, fs.readFileSync(path.resolve(process.cwd(), file), 'utf8')).parsed!.frontMatter.title);
  return title.split(/[\s.,:;!?()«»"'’]+/u).sort((a, b) => b.length - a.length)[0]!;
}

/** A locale's search index, as the plugin wrote it. */
function searchIndexText(locale: Locale): string {
  return fs.readFileSync(path.join(buildDir, locale === 'en' ? '' : locale, 'search-index.json'), 'utf8');
}

describe('the search index holds each thing once', () => {
  // A guide's Get help block is the directory's: indexed there only, it does not answer "helpline" with every guide.
  for (const locale of locales) {
    it(`${locale}: each organization's description is indexed once, on /get-help`, () => {
      const index = searchIndexText(locale);
      const shownFirst = new Set(regionOrder[locale].map((pick) => pick.country));
      const organizations = loadDirectory(process.cwd())
        .countries.filter((country) => shownFirst.has(country.country) || country.country === 'international')
        .flatMap((country) => country.organizations);
      const repeated = organizations
        .map((org) => JSON.stringify(org.description[locale].split(/(?<=[.!?؟])\s/u)[0]!).slice(1, -1))
        .map((sentence) => ({sentence, times: index.split(sentence).length - 1}))
        .filter(({times}) => times > 1);
      expect(repeated).toEqual([]);
    });
  }
});

describe('search, entirely on the site', () => {
  const site = useSite();

  it('finds each newer guide with a word of its title, in every locale', async () => {
    for (const locale of locales) {
      for (const slug of ['social-media', 'harassment', 'image-abuse', 'smart-home', 'children', 'cars', 'computers', 'money']) {
        const word = titleWordIn(locale, slug);
        const {page, context} = await site.open(localized(locale, `/search?q=${encodeURIComponent(word)}`));
        await expect
          .poll(() => page.locator(resultLinks).evaluateAll((links) => links.map((a) => a.getAttribute('href')?.split('#')[0])), {
            timeout: 20_000,
            message: `${locale}: ${word}`,
          })
          .toContain(localized(locale, `/${slug}`));
        await context.close();
      }
    }
  });

  for (const locale of locales) {
    it(`finds ${locale} text with a ${locale} query, on the search page and in the search box`, async () => {
      const word = wordIn(locale);
      const {page, outsideRequests} = await site.open(localized(locale, `/search?q=${encodeURIComponent(word)}`));
      const results = page.locator(resultLinks);
      await expect
        .poll(() => results.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), {timeout: 20_000})
        .toContain(localized(locale, '/get-help'));
      await page.goto(site.url(localized(locale, '/stalkerware')));
      await waitForHydration(page);
      await page.locator('.navbar__search-input').fill(word);
      await page.waitForSelector('.navbar [role="option"]', {timeout: 20_000});
      expect(outsideRequests).toEqual([]);
    });
  }

  it('downloads search only when the reader reaches for it, and keeps what they typed meanwhile', async () => {
    const word = wordIn('es');
    const {context} = await site.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(site.url(localized('es', '/stalkerware')), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    const beforeSearch = scripts.length;
    // A slow connection from here on: the reader types, key by key, while the search code is still on its way.
    await page.route('**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.fallback();
    });
    await page.locator('.navbar__search-input').focus();
    await page.keyboard.type(word);
    await page.waitForSelector('.navbar [role="option"]', {timeout: 20_000});
    expect(scripts.length, 'the search code arrives on focus, not with the page').toBeGreaterThan(beforeSearch);
    await expect.poll(() => page.locator('.navbar__search-input').inputValue()).toBe(word);
    expect(await page.evaluate(() => document.activeElement?.matches('.navbar__search-input'))).toBe(true);
    // Named in Spanish for screen readers, not with the plugin's English "Search".
    const input = page.locator('.navbar__search-input');
    expect(await input.getAttribute('aria-label')).toBe('Buscar');
    expect(await input.getAttribute('placeholder')).toBe('Buscar');
  });

  it('says the search is loading while its index is on the way, in the box and to screen readers, then answers', async () => {
    const {context} = await site.newContext();
    // A slow connection for the index only: it arrives seconds after the reader is in the box.
    await context.route(/search-index.*\.json/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.fallback();
    });
    const page = await context.newPage();
    await page.goto(site.url(localized('es', '/stalkerware')));
    await waitForHydration(page);
    const input = page.locator('.navbar__search-input');
    const status = page.locator('[data-search-status]');
    await input.focus();
    await expect.poll(() => input.getAttribute('placeholder')).toBe('Cargando la búsqueda…');
    expect(await status.textContent()).toBe('Cargando la búsqueda…');
    await expect.poll(() => input.getAttribute('placeholder'), {timeout: 20_000}).toBe('Buscar');
    expect(await status.textContent()).toBe('');
    await page.keyboard.type(wordIn('es'));
    await page.waitForSelector('.navbar [role="option"]', {timeout: 20_000});
  });

  it('starts the index downloading as the reader reaches for the box, beside the search code, not after it', async () => {
    const {context} = await site.newContext();
    let indexRequested = false;
    context.on('request', (request) => {
      if (/search-index.*\.json/.test(request.url())) indexRequested = true;
    });
    // The search bar's own code (the chunk with its "_highlight" address parameter) is held back until the index has
    // been asked for: without the early start, the index would wait for it and the hold would end at its limit.
    let searchCodeHeld = false;
    let indexRequestedWhileHeld = false;
    await context.route(/\/assets\/js\/[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('"_highlight"')) {
        searchCodeHeld = true;
        for (let waited = 0; waited < 5_000 && !indexRequested; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
        indexRequestedWhileHeld = indexRequested;
      }
      await route.fulfill({response, body});
    });
    const page = await context.newPage();
    await page.goto(site.url(localized('ar', '/stalkerware')));
    await waitForHydration(page);
    await page.locator('.navbar__search-input').focus();
    await expect.poll(() => searchCodeHeld, {timeout: 10_000}).toBe(true);
    await expect.poll(() => indexRequestedWhileHeld, {timeout: 10_000}).toBe(true);
    await page.keyboard.type(wordIn('ar'));
    await page.waitForSelector('.navbar [role="option"]', {timeout: 20_000});
  });

  it('loads the search worker in one request, then asks for the index: no chain of script requests on the way', async () => {
    const {context} = await site.newContext();
    // In Chromium a worker's importScripts requests are not of type "script" (the page's chunks are).
    const requested: {pathname: string; byPage: boolean}[] = [];
    context.on('request', (request) => requested.push({pathname: new URL(request.url()).pathname, byPage: request.resourceType() === 'script'}));
    const page = await context.newPage();
    const workerUrl = new Promise<string>((resolve) => page.on('worker', (worker) => resolve(new URL(worker.url()).pathname)));
    await page.goto(site.url(localized('fr', '/stalkerware')));
    await waitForHydration(page);
    await page.locator('.navbar__search-input').focus();
    await page.keyboard.type(wordIn('fr'));
    await page.waitForSelector('.navbar [role="option"]', {timeout: 20_000});
    const worker = await workerUrl;
    const fromWorker = requested.slice(requested.findIndex(({pathname}) => pathname === worker));
    const index = fromWorker.findIndex(({pathname}) => /search-index.*\.json/.test(pathname));
    expect(index, `requests from the worker's script on: ${fromWorker.map(({pathname}) => pathname).join(', ')}`).toBeGreaterThan(0);
    const scriptsOfWorker = fromWorker.slice(1, index).filter(({pathname, byPage}) => pathname.endsWith('.js') && !byPage);
    expect(scriptsOfWorker.map(({pathname}) => pathname)).toEqual([]);
  });

  it('shows no search box that could never search when JavaScript is off', async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/stalkerware'), {javaScriptEnabled: false});
      expect(await page.locator('input.navbar__search-input').count()).toBe(1);
      expect(await page.locator('input.navbar__search-input').isVisible()).toBe(false);
    }
  });

  it("keeps each locale's index to its own pages", async () => {
    const {page} = await site.open(localized('es', `/search?q=${encodeURIComponent(wordIn('es'))}`));
    const results = page.locator(resultLinks);
    await expect.poll(() => results.count(), {timeout: 20_000}).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => href.startsWith('/') && !href.startsWith('/es/') && href.includes('get-help'))).toEqual([]);
  });
});
