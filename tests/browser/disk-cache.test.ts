/**
 * A reader opens a guide, /get-help and a search, in every locale, in Chromium and in Firefox, served with the
 * shipped nginx config; then the test reads everything the browser left in its profile folder (disk cache, code
 * cache, the lot) and fails if any file holds a sentence from any page. A canary served with ordinary caching shows
 * that the browser does write to its disk cache here, and that the test can read what it wrote.
 */
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {chromium} from 'playwright-core';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from '../../scripts/support/browser';
import {firefoxPath} from './support/engines';
import {readableTexts, sentencesOf, storedSentences} from './support/disk-cache';
import {startNginx, type NginxServer} from './support/nginx';
import {buildDir} from '../../scripts/support/server';
import {locales, localized, waitForHydration} from './support/site';
import {loadDirectory} from '../../src/content/organizations';
import type {Locale} from '../../src/config/locales';

const canary = 'The canary sentence that a browser may keep on disk';

/** A cacheable resource from another local server: what an ordinary site's assets look like to the browser. */
async function startCanary(): Promise<{url: string; close: () => Promise<void>}> {
  const body = zlib.gzipSync(`document.title = ${JSON.stringify(canary)};`);
  const server = http.createServer((request, response) => {
    if (request.url === '/canary.js') {
      response.writeHead(200, {'content-type': 'text/javascript', 'content-encoding': 'gzip', 'cache-control': 'public, max-age=3600'});
      response.end(body);
      return;
    }
    response.writeHead(200, {'content-type': 'text/html'});
    response.end('<!doctype html><title>Canary</title><script src="/canary.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const international = loadDirectory(process.cwd()).countries.find((country) => country.country === 'international')!;
/** A word from the directory, in the locale's language: a search for it finds /get-help. */
const searchWord = (locale: Locale) => international.organizations[0]!.description[locale].split(/[\s.,:;!?()«»"']+/u).sort((a, b) => b.length - a.length)[0]!;

const builtPages = fs.readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'));
const sentences = sentencesOf(builtPages);

/**
 * What one reader does, in one engine: a guide, /get-help, and the search page until it shows results (it loads
 * the same index as the search box). Chromium also searches from the box; in Firefox, driven over WebDriver BiDi,
 * the box's first focus does not reliably reach the page, so the search page stands for both there.
 */
type Reader = {open(url: string): Promise<void>; waitFor(selector: string): Promise<void>; searchFromBox?(word: string): Promise<void>};

async function read(reader: Reader, origin: string, canaryUrl: string): Promise<void> {
  for (const locale of locales) {
    await reader.open(`${origin}${localized(locale, '/stalkerware')}`);
    await reader.searchFromBox?.(searchWord(locale));
    await reader.open(`${origin}${localized(locale, '/get-help')}`);
    await reader.open(`${origin}${localized(locale, `/search?q=${encodeURIComponent(searchWord(locale))}`)}`);
    await reader.waitFor('[class*="searchResultItem"] a[href]');
  }
  await reader.open(canaryUrl);
}

describe("nothing a reader read is left in the browser's disk cache", () => {
  let nginx: NginxServer;
  let canaryServer: Awaited<ReturnType<typeof startCanary>>;
  const profiles: string[] = [];
  const newProfile = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'help-center-profile-'));
    profiles.push(dir);
    return dir;
  };
  beforeAll(async () => {
    nginx = await startNginx();
    canaryServer = await startCanary();
  });
  afterAll(async () => {
    await nginx?.stop();
    await canaryServer?.close();
    for (const dir of profiles) fs.rmSync(dir, {recursive: true, force: true});
  });

  it("the check reads what the server sends: sentences are found in a guide's chunk, as is and gzip-compressed", () => {
    expect(sentences.length).toBeGreaterThan(200);
    for (const locale of locales) {
      const assets = path.join(buildDir, locale === 'en' ? '' : locale, 'assets/js');
      const chunks = fs.readdirSync(assets).map((file) => fs.readFileSync(path.join(assets, file)));
      const held = (texts: string[]) => sentences.filter((sentence) => texts.some((text) => text.includes(sentence)));
      const chunk = chunks.find((bytes) => held(readableTexts(bytes)).length > 3);
      expect(chunk, `${locale}: no chunk holds a guide's sentences, so the check would see nothing`).toBeDefined();
      const cached = Buffer.concat([Buffer.from('entry header'), zlib.gzipSync(chunk!), Buffer.from('entry metadata')]);
      expect(held(readableTexts(cached)).length, locale).toBeGreaterThan(3);
    }
  });

  it('Chromium keeps no page, chunk or search index on disk', async () => {
    const profile = newProfile();
    const context = await chromium.launchPersistentContext(profile, {executablePath: chromiumPath, headless: true, args: chromiumArgs});
    const page = context.pages()[0] ?? (await context.newPage());
    await read(
      {
        open: async (url) => void (await page.goto(url, {waitUntil: 'networkidle'})),
        waitFor: async (selector) => void (await page.waitForSelector(selector, {timeout: 20_000})),
        searchFromBox: async (word) => {
          await waitForHydration(page);
          await page.locator('.navbar__search-input').fill(word);
          await page.waitForSelector('.navbar [role="option"]', {timeout: 20_000});
        },
      },
      nginx.origin,
      canaryServer.url,
    );
    await context.close();
    const stored = storedSentences(profile, [...sentences, canary]);
    expect(stored.filter((entry) => entry.sentences.includes(canary)).length, 'the canary was not found: the check cannot see the disk cache').toBeGreaterThan(
      0,
    );
    expect(stored.filter((entry) => !entry.sentences.includes(canary) || entry.sentences.length > 1)).toEqual([]);
  });

  it('Firefox keeps no page, chunk or search index on disk', async () => {
    const profile = newProfile();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      userDataDir: profile,
      // Desktop width, where the search box sits in the navbar as in the Chromium run.
      args: ['--width=1280', '--height=800'],
      defaultViewport: null,
      extraPrefsFirefox: {
        // The disk cache inside the profile folder, where the test reads it.
        'browser.cache.disk.parent_directory': profile,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'services.settings.server': 'data:,',
        'messaging-system.rsexperimentloader.enabled': false,
        'app.normandy.enabled': false,
        'browser.region.network.url': '',
      },
    });
    const [page] = await browser.pages();
    await read(
      {
        open: async (url) => void (await page!.goto(url, {waitUntil: 'networkidle0'})),
        waitFor: async (selector) => void (await page!.waitForSelector(selector, {timeout: 20_000})),
      },
      nginx.origin,
      canaryServer.url,
    );
    await browser.close();
    const stored = storedSentences(profile, [...sentences, canary]);
    expect(stored.filter((entry) => entry.sentences.includes(canary)).length, 'the canary was not found: the check cannot see the disk cache').toBeGreaterThan(
      0,
    );
    expect(stored.filter((entry) => !entry.sentences.includes(canary) || entry.sentences.length > 1)).toEqual([]);
  });
});
