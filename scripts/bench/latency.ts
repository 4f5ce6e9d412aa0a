/** How fast the two things a reader in a hurry uses respond: the quick exit and the search box. */
import type {Page} from 'playwright-core';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Milliseconds from the tap to the page being hidden, and to the navigation starting. */
export async function quickExitLatency(page: Page, url: string): Promise<{hiddenMs: number; navigationMs: number}> {
  await page.goto(url, {waitUntil: 'networkidle'});
  return page.evaluate(
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
}

const resultSelector = '.navbar [role="option"], .navbar [class*="noResults"]';

/**
 * Types `query` into the focused search box and returns the milliseconds until its answer (results or "no results")
 * is in the page. Timed in the page, from the moment before the first key to the DOM change that shows the answer:
 * Playwright's own waits poll, at times 500 ms apart, which put up to half a second on some runs and not others.
 */
async function typeAndTimeAnswer(page: Page, query: string): Promise<number> {
  await page.evaluate((selector) => {
    const timing = window as unknown as {answerShownAt?: Promise<number>};
    timing.answerShownAt = new Promise<number>((resolve, reject) => {
      setTimeout(() => reject(new Error('the search showed no answer within 60 s')), 60_000);
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, {childList: true, subtree: true});
    });
  }, resultSelector);
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.type(query);
  const shown = await page.evaluate(() => (window as unknown as {answerShownAt: Promise<number>}).answerShownAt);
  return Math.round(shown - start);
}

/** Milliseconds from typing a query into the search box (whose index is not loaded yet) to its answer. */
export async function searchLatency(page: Page, url: string, query: string): Promise<number> {
  await page.goto(url, {waitUntil: 'networkidle'});
  // On a busy machine the page can go network-idle before React has hydrated; keys typed into the server-rendered
  // box before then are lost, and the search never runs.
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
  await page.locator('.navbar__search-input').click();
  return typeAndTimeAnswer(page, query);
}

/** Milliseconds from typing a second query, into the box a first search left open, to its answer (index loaded). */
export async function laterSearchLatency(page: Page, query: string): Promise<number> {
  await page.locator('.navbar__search-input').fill('');
  await page.waitForSelector(resultSelector, {state: 'detached', timeout: 60_000});
  return typeAndTimeAnswer(page, query);
}
