/**
 * One built site and one Chromium per test file: `const site = useSite()` inside a describe block starts both
 * before its tests and stops them after.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll} from 'vitest';
import type {Browser, BrowserContextOptions, Page} from 'playwright-core';
import {buildDir, serveBuild, type SiteServer} from '../../../scripts/support/server';
import {guardedContext, launchBrowser, type GuardedContext} from '../../../scripts/support/browser';
import {locales, localePrefix, type Locale} from '../../../src/config/locales';

export type Site = {
  readonly origin: string;
  readonly browser: Browser;
  /** A fresh context (own cookies, storage and history) that never reaches outside hosts. */
  newContext(options?: BrowserContextOptions): Promise<GuardedContext>;
  /**
   * Opens a page in a fresh guarded context and, unless JavaScript is off, waits until React has taken over. Pages
   * ask for their scripts after the first paint (src/plugins/page-scripts), so the load event can come first.
   */
  open(pathname: string, options?: BrowserContextOptions): Promise<{page: Page} & GuardedContext>;
  url(pathname: string): string;
};

/** `root`: another build to serve (the sample company's, say); the site's own build by default. */
export function useSite(root: string = buildDir): Site {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  const contexts: GuardedContext[] = [];

  beforeAll(async () => {
    server = await serveBuild(root);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.context.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  const site: Site = {
    get origin() {
      return server!.origin;
    },
    get browser() {
      return browser!;
    },
    async newContext(options) {
      const guarded = await guardedContext(browser!, server!.origin, options);
      contexts.push(guarded);
      return guarded;
    },
    async open(pathname, options) {
      const guarded = await site.newContext(options);
      const page = await guarded.context.newPage();
      await page.goto(site.url(pathname));
      if (options?.javaScriptEnabled !== false) await waitForHydration(page);
      return {page, ...guarded};
    },
    url(pathname) {
      return `${server!.origin}${pathname}`;
    },
  };
  return site;
}

/**
 * Waits until React has taken over the page: pages ask for their scripts after the first paint
 * (src/plugins/page-scripts), so the load event can come first. `site.open` does it; a test that navigates itself
 * calls this.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** A route under a locale's prefix: `localized('es', '/stalkerware')` → `/es/stalkerware`. */
export function localized(locale: Locale, pathname: string): string {
  const prefixed = `${localePrefix(locale)}${pathname === '/' ? '' : pathname}`;
  return prefixed === '' ? '/' : prefixed;
}

/** Every page of the built site for a locale, from its sitemap, as paths on the test server. */
export function sitemapPaths(locale: Locale, root: string = buildDir): string[] {
  const file = path.join(root, localePrefix(locale).slice(1), 'sitemap.xml');
  const xml = fs.readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

export {locales};
