/**
 * What a page does as its scripts start, which no byte budget sees:
 * - Locale data. A browser's first Intl call, or first `localeCompare`, loads its ICU data for that service: 30–100 ms
 *   of blocking time here, each, on a page a survivor may have seconds to read. Dates and sorting are done at build
 *   time or without Intl (src/content/format.ts, localizeDirectory, lean-client's stand-ins), and this checks they
 *   stay that way.
 * - Layout shifts. Text that moves as scripts take over makes a reader lose their place, or tap the wrong thing.
 * - Text before scripts. A page asks for its scripts only once its text is on screen (src/plugins/page-scripts), all
 *   at once: the bundle finds its route's chunks already listed, instead of asking for them one round trip later.
 */
import {describe, expect, it} from 'vitest';
import type {BrowserContext, BrowserContextOptions, Page} from 'playwright-core';
import {buildDir, builtOrigin} from '../../scripts/support/server';
import {localized, locales, useSite, type Site, waitForHydration} from './support/site';

const pages = ['/', '/stalkerware', '/get-help', '/agents'];

const screens: Record<string, BrowserContextOptions> = {
  phone: {viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true},
  desktop: {viewport: {width: 1280, height: 900}},
};

/** Records every call that would load locale data, with the script position it came from. */
const localeDataSpy = `(() => {
  const calls = (window.__localeDataCalls = []);
  const record = (name) => calls.push(name + ' from ' + (new Error().stack.split('\\n')[3] || '').trim());
  for (const name of ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter']) {
    const original = Intl[name];
    if (!original) continue;
    Intl[name] = new Proxy(original, {construct(target, args, newTarget) { record('Intl.' + name); return Reflect.construct(target, args, newTarget); }});
  }
  for (const [owner, label, names] of [[String.prototype, 'String', ['localeCompare']], [Date.prototype, 'Date', ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']], [Number.prototype, 'Number', ['toLocaleString']]]) {
    for (const name of names) {
      const original = owner[name];
      owner[name] = function (...args) { record(label + '#' + name); return original.apply(this, args); };
    }
  }
})();`;

/** Every layout shift since the page started that no input caused, with what moved. */
const layoutShiftsSoFar = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    observer.disconnect();
    resolve(list.getEntries().filter((entry) => !entry.hadRecentInput).map((entry) => ({
      value: entry.value,
      moved: entry.sources.map((source) => source.node ? source.node.nodeName + '.' + String(source.node.className || '') + ' "' + String(source.node.textContent || '').trim().slice(0, 40) + '"' : '(gone)'),
    })));
  }).observe({type: 'layout-shift', buffered: true});
  // An observer with no entries to report never calls back: give it a frame, then there were none.
  requestAnimationFrame(() => setTimeout(() => resolve([]), 300));
})`;

/** When the page first painted, and when it first asked for a script (ms since it started). */
const paintAndFirstScript = `(() => {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const scripts = performance.getEntriesByType('resource').filter((entry) => entry.initiatorType === 'script');
  return {paint: paint ? paint.startTime : null, firstScript: scripts.length ? Math.min(...scripts.map((entry) => entry.startTime)) : null};
})()`;

/** Scripts the bundle adds itself (its chunk loader marks them), with their addresses. */
const bundleAddedScripts = `(() => {
  const added = (window.__bundleAddedScripts = []);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeName === 'SCRIPT' && (node.hasAttribute('data-rspack') || node.hasAttribute('data-webpack'))) added.push(node.getAttribute('src'));
    }
  }).observe(document, {childList: true, subtree: true});
})();`;

/**
 * Pages opened at the origin they were built for, answered by the test server: as a reader gets them, with the
 * short links already right in the static HTML. (At any other origin the box rewrites them, and they may re-wrap.)
 */
async function atBuiltOrigin(site: Site, context: BrowserContext): Promise<string> {
  // The origin the share box writes into its short links.
  const origin = builtOrigin(buildDir);
  if (!origin) throw new Error(`${buildDir}/index.html has no canonical link to tell the origin it was built for`);
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({response: await route.fetch({url: site.url(`${url.pathname}${url.search}`)})});
  });
  return origin;
}

async function startPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
  // Effects and the chunks they load run after hydration: let them settle.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** Opens each page of the locale in `context` as a reader would, and gathers what `check` finds wrong on it. */
async function problemsOnEachPage(
  context: BrowserContext,
  locale: (typeof locales)[number],
  urlOf: (pathname: string) => string,
  check: (page: Page, pathname: string) => Promise<string[]>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const pathname of pages.map((p) => localized(locale, p))) {
    const page = await context.newPage();
    await startPage(page, urlOf(pathname));
    problems.push(...(await check(page, pathname)));
    await page.close();
  }
  return problems;
}

describe('as a page starts', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`no ${locale} page loads the browser's locale data`, async () => {
      const {context} = await site.newContext(screens.phone);
      await context.addInitScript(localeDataSpy);
      const problems = await problemsOnEachPage(
        context,
        locale,
        (pathname) => site.url(pathname),
        async (page, pathname) => {
          const calls = await page.evaluate<string[]>('window.__localeDataCalls');
          return calls.map((call) => `${pathname}: ${call.replace(site.origin, '')}`);
        },
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });

    it(`a ${locale} page is on screen before it asks for a script, and asks for all it needs at once`, async () => {
      const {context} = await site.newContext(screens.phone);
      await context.addInitScript(bundleAddedScripts);
      // startPage waits for hydration: the scripts did load.
      const problems = await problemsOnEachPage(
        context,
        locale,
        (pathname) => site.url(pathname),
        async (page, pathname) => {
          const found: string[] = [];
          const {paint, firstScript} = await page.evaluate<{paint: number | null; firstScript: number | null}>(paintAndFirstScript);
          if (paint === null || firstScript === null) found.push(`${pathname}: no first paint (${paint}) or no script (${firstScript}) recorded`);
          else if (firstScript < paint)
            found.push(`${pathname}: asked for a script at ${firstScript.toFixed(1)} ms, before its first paint at ${paint.toFixed(1)} ms`);
          const late = await page.evaluate<string[]>('window.__bundleAddedScripts');
          if (late.length > 0) found.push(`${pathname}: the bundle had to ask for ${late.join(', ')} itself; the page did not list them`);
          return found;
        },
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });

    it(`nothing on a ${locale} page moves as its scripts take over, on a phone or a desktop`, async () => {
      const problems: string[] = [];
      for (const [screen, options] of Object.entries(screens)) {
        const {context} = await site.newContext(options);
        const origin = await atBuiltOrigin(site, context);
        problems.push(
          ...(await problemsOnEachPage(
            context,
            locale,
            (pathname) => `${origin}${pathname}`,
            async (page, pathname) => {
              const shifts = await page.evaluate<{value: number; moved: string[]}[]>(layoutShiftsSoFar);
              return shifts.map((shift) => `${pathname} (${screen}): shift of ${shift.value.toFixed(4)}, moving ${shift.moved.join(', ')}`);
            },
          )),
        );
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
