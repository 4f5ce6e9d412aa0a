/**
 * What a first visit downloads: the JS and CSS bodies of one page load, each gzip-compressed at level 9 here (so
 * the figure does not depend on how a host compresses), and the number of requests, counted until the page has
 * hydrated and the network has been quiet for a while. `npm run bench` and tests/browser/budgets.test.ts both
 * measure with this, so the budget means the figure in bench/results.md.
 */
import zlib from 'node:zlib';
import type {BrowserContextOptions, Page, Response} from 'playwright-core';

/** A phone-sized window: what a first-time reader most often has, and what the budgets are set for. */
export const firstLoadContext: BrowserContextOptions = {viewport: {width: 375, height: 740}, isMobile: true};

export type FirstLoad = {
  jsGzip: number;
  cssGzip: number;
  /** Requests the page needed, prefetches left out. */
  requests: number;
  /** Distinct URLs prefetched for a next page (`<link rel="prefetch">`): not counted above, and their timing varies. */
  prefetches: number;
};

// Long enough for hydration's follow-up requests (route chunks, prefetches) to start on a busy two-core machine.
const quietMs = 1000;

export async function measureFirstLoad(page: Page, url: string): Promise<FirstLoad> {
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const ended = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  const bodies: Promise<{type: string; bytes: number}>[] = [];
  const prefetched = new Set<string>();
  const onResponse = (response: Response) => {
    const request = response.request();
    // A prefetch is for the next page, and Docusaurus starts it when a link scrolls into view or is hovered.
    if (request.headers()['sec-purpose']?.includes('prefetch')) {
      prefetched.add(request.url());
      return;
    }
    const type = request.resourceType();
    bodies.push(
      response
        .body()
        .then((body) => ({type, bytes: zlib.gzipSync(body, {level: 9}).length}))
        // A redirect or an aborted request has no body: it still counts as a request.
        .catch(() => ({type, bytes: 0})),
    );
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', onResponse);
  try {
    await page.goto(url, {waitUntil: 'networkidle'});
    // "networkidle" alone comes too early when the CPU is busy: the main bundle can take longer to run than the
    // network's idle window, and the chunks that hydration asks for would go uncounted. Docusaurus marks <html>
    // once React has hydrated; after that, wait for the network to be quiet.
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
    const deadline = Date.now() + 60_000;
    while ((inFlight > 0 || Date.now() - lastActivity < quietMs) && Date.now() < deadline) await page.waitForTimeout(100);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
    page.off('response', onResponse);
  }
  const all = await Promise.all(bodies);
  const sum = (type: string) => all.filter((item) => item.type === type).reduce((total, item) => total + item.bytes, 0);
  return {jsGzip: sum('script'), cssGzip: sum('stylesheet'), requests: all.length, prefetches: prefetched.size};
}
