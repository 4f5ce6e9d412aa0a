/** What a page has left behind or sent out: the checks of the privacy crawl, in one place. */
import type {BrowserContext, Page} from 'playwright-core';

export type Trace = {cookies: string[]; storage: string[]; serviceWorkers: number; cacheStorage: string[]; indexedDb: string[]};

export async function traceOf(page: Page, context: BrowserContext): Promise<Trace> {
  const cookies = (await context.cookies()).map((cookie) => cookie.name);
  const inPage = await page.evaluate(async () => ({
    storage: [...Object.keys(localStorage).map((key) => `localStorage:${key}`), ...Object.keys(sessionStorage).map((key) => `sessionStorage:${key}`)],
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    cacheStorage: await caches.keys(),
    indexedDb: ((await indexedDB.databases?.()) ?? []).map((db) => db.name ?? ''),
  }));
  return {cookies, ...inPage};
}

export const emptyTrace: Trace = {cookies: [], storage: [], serviceWorkers: 0, cacheStorage: [], indexedDb: []};

/** Links to other hosts that would send a referrer or keep a handle on this page. */
export async function leakyOutsideLinks(page: Page, origin: string): Promise<string[]> {
  return page.$$eval(
    'a[href^="http"]',
    (links, siteOrigin) =>
      links
        .filter((link) => !(link as HTMLAnchorElement).href.startsWith(siteOrigin))
        .filter((link) => {
          const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
          return !(rel.includes('noreferrer') && rel.includes('noopener'));
        })
        .map((link) => link.outerHTML.slice(0, 160)),
    origin,
  );
}

/** Collects console messages about the Content-Security-Policy. */
export function watchCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/**
 * Runs in the page, in any engine: everything this origin has stored in the browser, by kind. The same checks as
 * `traceOf`, without a driver's help, for engines driven over WebDriver.
 */
export async function storedInPage(): Promise<string[]> {
  const stored: string[] = [];
  if (document.cookie) stored.push(`cookies: ${document.cookie}`);
  for (const key of Object.keys(localStorage)) stored.push(`localStorage: ${key}`);
  for (const key of Object.keys(sessionStorage)) stored.push(`sessionStorage: ${key}`);
  const workers = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  if (workers.length) stored.push(`service workers: ${workers.length}`);
  for (const key of (await globalThis.caches?.keys()) ?? []) stored.push(`cache storage: ${key}`);
  for (const db of (await indexedDB.databases?.()) ?? []) stored.push(`IndexedDB: ${db.name ?? ''}`);
  return stored;
}
