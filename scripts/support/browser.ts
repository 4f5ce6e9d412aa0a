/**
 * Launches Debian's Chromium (never a downloaded browser) headless with an empty profile and the flags that keep
 * it from reaching any outside host, and records every request that is not for the site under test.
 */
import {chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Request} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
}

export type GuardedContext = {
  context: BrowserContext;
  /** Every request the pages made to a host other than the site's own. */
  outsideRequests: string[];
  /** Requests to outside hosts that were answered by the stub (the quick exit's destination, say). */
  stubbed: Request[];
};

/**
 * A context where nothing leaves the machine: requests to the site's origin go through, requests to other hosts
 * are recorded and answered by a blank local stub (so tests can see where a quick exit went and with what
 * Referer), and are never sent.
 */
export async function guardedContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext(options);
  const outsideRequests: string[] = [];
  const stubbed: Request[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
      return;
    }
    outsideRequests.push(url);
    stubbed.push(request);
    await route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral page</title><p>Neutral page</p>'});
  });
  return {context, outsideRequests, stubbed};
}
