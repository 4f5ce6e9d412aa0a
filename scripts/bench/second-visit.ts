/**
 * What a second visit downloads: a reader opens a page, then opens it again in a new tab of the same browser.
 * Counted from Chromium's own network events: the bytes that came over the wire (compressed, headers included)
 * and the requests the browser's cache answered. The context has no request routing, since routing turns the
 * browser's cache off; the pages ask no other host (the first-load measurement checks that).
 */
import type {Browser} from 'playwright-core';

export type SecondVisit = {requests: number; fromCache: number; wireBytes: number};

export async function measureSecondVisit(browser: Browser, url: string): Promise<SecondVisit> {
  const context = await browser.newContext({viewport: {width: 375, height: 740}, isMobile: true});
  try {
    const first = await context.newPage();
    await first.goto(url, {waitUntil: 'networkidle'});
    await first.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
    await first.close();

    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let requests = 0;
    let fromCache = 0;
    let wireBytes = 0;
    cdp.on('Network.requestWillBeSent', () => (requests += 1));
    cdp.on('Network.requestServedFromCache', () => (fromCache += 1));
    cdp.on('Network.loadingFinished', (event) => (wireBytes += event.encodedDataLength));
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
    await page.waitForTimeout(1000);
    return {requests, fromCache, wireBytes};
  } finally {
    await context.close();
  }
}
