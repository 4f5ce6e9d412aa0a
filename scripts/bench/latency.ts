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

/** Milliseconds from typing a query into the search box (whose index is not loaded yet) to its answer. */
export async function searchLatency(page: Page, url: string, query: string): Promise<number> {
  await page.goto(url, {waitUntil: 'networkidle'});
  // On a busy machine the page can go network-idle before React has hydrated; keys typed into the server-rendered
  // box before then are lost, and the search never runs.
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
  await page.locator('.navbar__search-input').click();
  const start = Date.now();
  await page.keyboard.type(query);
  // Results or "no results": either way the index was loaded and queried.
  await page.waitForSelector('.navbar [role="option"], .navbar [class*="noResults"]', {timeout: 60_000});
  return Date.now() - start;
}

/** Milliseconds from typing a second query, into the box a first search left open, to its answer (index loaded). */
export async function laterSearchLatency(page: Page, query: string): Promise<number> {
  const box = page.locator('.navbar__search-input');
  await box.fill('');
  await page.waitForSelector('.navbar [role="option"], .navbar [class*="noResults"]', {state: 'detached', timeout: 60_000});
  const start = Date.now();
  await page.keyboard.type(query);
  await page.waitForSelector('.navbar [role="option"], .navbar [class*="noResults"]', {timeout: 60_000});
  return Date.now() - start;
}
