/**
 * A company's own help center: the sample company in tests/fixtures/company, built into build-company/ by
 * `npm run build:company` (npm test does it after the main build). Every setting in its file must reach the pages,
 * and the site must keep every privacy and quick-exit guarantee with it. Our own build must show none of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {BrowserContextOptions, Page} from 'playwright-core';
import sample from '../fixtures/company/company';
import {inLocale} from '../../src/config/company-schema';
import {inlineScripts, scriptHash} from '../../src/security/policy';
import {locales, type Locale} from '../../src/config/locales';
import {phoneLayoutProblems} from './support/phone-layout';
import {emptyTrace, traceOf, watchCspErrors} from './support/privacy';
import {buildDir} from '../../scripts/support/server';
import {localized, sitemapPaths, useSite} from './support/site';

const companyBuild = path.resolve(__dirname, '../../build-company');
const offered = sample.locales;
const notOffered = locales.filter((locale) => !(offered as readonly Locale[]).includes(locale));

/** Every file of a build that a person or a crawler can read as text. */
function textFiles(root: string): string[] {
  return fs
    .readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(html|xml|json|txt|js|css)$/.test(file))
    .map((file) => path.join(root, file));
}

/** Our own names, in every locale we ship, which no page of a company's site may still show. */
const ourNames = ['Tech Safety Help', 'Ayuda de seguridad digital', 'Aide sécurité numérique', 'مساعدة الأمان الرقمي'];

function phone(width: number, extra: BrowserContextOptions = {}): BrowserContextOptions {
  return {viewport: {width, height: 720}, isMobile: true, hasTouch: true, deviceScaleFactor: 2, ...extra};
}

/** `#rrggbb` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const primary = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ifm-color-primary').trim());

describe('a company running the site as its own help center', () => {
  it('was built from the sample company file (npm run build:company)', () => {
    expect(fs.existsSync(path.join(companyBuild, 'index.html')), 'build-company/ is missing: run npm run build:company').toBe(true);
  });

  it('says its own name everywhere and ours nowhere, and builds only the locales it offers', () => {
    const found = textFiles(companyBuild).flatMap((file) =>
      ourNames.filter((name) => fs.readFileSync(file, 'utf8').includes(name)).map((name) => `${path.relative(companyBuild, file)}: "${name}"`),
    );
    expect(found).toEqual([]);
    for (const locale of notOffered) expect(fs.existsSync(path.join(companyBuild, locale)), `${locale}/ was built`).toBe(false);
    for (const locale of offered.filter((candidate) => candidate !== 'en')) expect(fs.existsSync(path.join(companyBuild, locale, 'index.html'))).toBe(true);
  });

  it('has its host header files too, from `docusaurus build --out-dir` alone, allowing each of its inline scripts', () => {
    const headers = fs.readFileSync(path.join(companyBuild, '_headers'), 'utf8');
    expect(fs.existsSync(path.join(companyBuild, 'nginx-security-headers.conf'))).toBe(true);
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    const missing = textFiles(companyBuild)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => inlineScripts(fs.readFileSync(file, 'utf8')).map(scriptHash))
      .filter((hash) => !csp.includes(hash));
    expect([...new Set(missing)]).toEqual([]);
  });

  describe('in the browser', () => {
    const site = useSite(companyBuild);

    for (const locale of offered) {
      it(`${locale}: a 320 px phone shows its short name, logo and colours, and the whole quick exit`, async () => {
        const {page} = await site.open(localized(locale, '/stalkerware'), phone(320));
        await expect.poll(() => page.locator('.navbar__brand .navbar__title').first().textContent()).toBe(inLocale(sample.shortName, locale));
        const logo = page.locator('.navbar__brand .navbar__logo img').first();
        expect(await logo.getAttribute('alt')).toBe(inLocale(sample.logo.alt, locale));
        expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
        expect(await page.title()).toMatch(new RegExp(` \\| ${sample.name}$`));
        expect(await primary(page)).toBe(sample.colors.light);
        // A link in the guide's own text (a callout has its own colours).
        const linkColor = await page.evaluate(() => {
          const link = [...document.querySelectorAll('.theme-doc-markdown p a[href]')].find((a) => !a.closest('.theme-admonition, [data-get-help], details'));
          return link ? getComputedStyle(link).color : 'no link';
        });
        expect(linkColor).toBe(rgb(sample.colors.light));
        expect(await page.evaluate(phoneLayoutProblems, 320)).toEqual([]);
        // Each locale's build has its own copy of the static files.
        expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe(localized(locale, `/${sample.favicon}`));
        expect((await page.request.get(site.url(localized(locale, `/${sample.favicon}`)))).ok()).toBe(true);
      });

      it(`${locale}: dark mode uses its dark colour`, async () => {
        const {page} = await site.open(localized(locale, '/'), {colorScheme: 'dark'});
        expect(await primary(page)).toBe(sample.colors.dark);
      });

      it(`${locale}: the quick exit goes to its destination, tapped on a 320 px phone and with JavaScript off`, async () => {
        const destination = sample.quickExit[locale].destination;
        for (const options of [phone(320), phone(320, {javaScriptEnabled: false})]) {
          const {page, stubbed} = await site.open(localized(locale, '/stalkerware'), options);
          await page.locator('a[data-quick-exit]').tap();
          await page.waitForURL(destination);
          expect(await stubbed.find((request) => request.url() === destination)!.headerValue('referer')).toBeNull();
        }
      });

      it(`${locale}: its product note closes the section it is keyed to, labelled with its name, and nowhere else`, async () => {
        const note = sample.productNotes[0]!;
        const {page} = await site.open(localized(locale, `/${note.guide}`));
        const box = page.locator('[data-product-note]');
        await expect.poll(() => box.count()).toBe(1);
        expect(await box.textContent()).toContain(note.text[locale]);
        expect(await box.getAttribute('aria-label')).toContain(sample.name);
        // The note sits after the section's heading and before the next one.
        const sectionOfNote = await box.evaluate((element) => {
          let node: Element | null = element;
          while (node && !/^H2$/.test(node.tagName)) node = node.previousElementSibling;
          return node?.id;
        });
        expect(sectionOfNote).toBe(note.section);
        const other = await site.open(localized(locale, '/passwords'));
        expect(await other.page.locator('[data-product-note]').count()).toBe(0);
      });

      it(`${locale}: the agent hub's escalation page lists its contacts`, async () => {
        const {page} = await site.open(localized(locale, '/agents/escalating'));
        const list = page.locator('[data-escalation-contacts]');
        expect(await list.textContent()).toContain(inLocale(sample.escalation[0]!.team, locale));
        expect(await list.textContent()).toContain(sample.name);
      });
    }

    it('ar: Get help blocks show its countries first', async () => {
      const {page} = await site.open(localized('ar', '/stalkerware'));
      const countries = await page
        .locator('[data-get-help] [data-country]')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-country')));
      expect(countries.slice(0, 2)).toEqual(sample.countriesFirst.ar.map((pick) => pick.country));
    });

    it('every page makes no outside request, leaves no trace and keeps its CSP', async () => {
      const {context, outsideRequests} = await site.newContext();
      const page = await context.newPage();
      const cspErrors = watchCspErrors(page);
      for (const locale of offered) {
        for (const pathname of sitemapPaths(locale, companyBuild)) {
          await page.goto(site.url(pathname), {waitUntil: 'networkidle'});
          expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), pathname).toMatch(/default-src 'self'/);
          expect(await page.locator('a[data-quick-exit]').getAttribute('href'), pathname).toBe(sample.quickExit[locale].destination);
          expect(await traceOf(page, context), pathname).toEqual(emptyTrace);
        }
      }
      expect(outsideRequests).toEqual([]);
      expect(cspErrors).toEqual([]);
    }, 300_000);
  });
});

describe('our own site', () => {
  it('shows no product notes and no company contacts', () => {
    const marked = textFiles(buildDir)
      .filter((file) => file.endsWith('.html'))
      .filter((file) => /data-product-note|data-escalation-contacts/.test(fs.readFileSync(file, 'utf8')));
    expect(marked).toEqual([]);
  });
});
