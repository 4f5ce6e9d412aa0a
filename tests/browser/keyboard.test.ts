/**
 * Keyboard-only journeys: real key presses, no clicks. Every element Tab passes on the way must show where focus
 * is (see support/focus.ts), in light and in dark mode. quick-exit.test.ts covers the quick exit by click and
 * Shift×3 in English; here it is left with Enter, and with Shift×3 in the other languages.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {quickExitDestination} from '../../src/config/quickExit';
import {localeConfigs, type Locale} from '../../src/config/locales';
import {focused, focusProblem, tabTo} from './support/focus';
import {localized, useSite, waitForHydration} from './support/site';

/** Each locale with a word its guides contain, for the search box. */
const searchWords: Partial<Record<Locale, string>> = {en: 'password', es: 'teléfono', ar: 'هاتف'};

/** Where each journey switches language to: Español, as a reader would, or French from Spanish. */
const switchTo = (locale: Locale): Locale => (locale === 'es' ? 'fr' : 'es');

// Each journey in three languages (one right to left), and each focus style in both colour schemes.
const journeys = [
  ['en', 'light'],
  ['en', 'dark'],
  ['es', 'light'],
  ['ar', 'dark'],
] as const;

async function hydrated(page: Page) {
  await waitForHydration(page);
}

describe('keyboard-only journeys', () => {
  const site = useSite();

  for (const [locale, colorScheme] of journeys) {
    describe(`in ${locale}, ${colorScheme} mode`, () => {
      let page: Page;
      const go = async (pathname: string) => {
        await page.goto(site.url(localized(locale, pathname)));
        await hydrated(page);
        expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
      };

      beforeAll(async () => {
        const {context} = await site.newContext({colorScheme, viewport: {width: 1280, height: 900}});
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.origin});
        page = await context.newPage();
      });

      it('Tab reaches the quick exit, then the skip link; Enter on the skip link moves focus to the main content', async () => {
        const problems: string[] = [];
        await go('/stalkerware');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit'))).toBe(true);
        problems.push(...[focusProblem(await focused(page))].filter((p) => p !== undefined));
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.matches('[class*="skipToContent"]'))).toBe(true);
        problems.push(...[focusProblem(await focused(page))].filter((p) => p !== undefined));
        await page.keyboard.press('Enter');
        // Focus (or the browser's starting point for the next Tab) moves to the main content: the next Tab lands
        // in the guide, not in the navbar or the sidebar as it would from the skip link itself.
        await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[class*="skipToContent"]'))).toBe(false);
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => {
          const element = document.activeElement;
          return {inMain: element?.closest('main') !== null, inChrome: element?.closest('nav.navbar, aside') !== null};
        });
        expect(next).toEqual({inMain: true, inChrome: false});
        problems.push(...[focusProblem(await focused(page))].filter((p) => p !== undefined));
        expect(problems, problems.join('\n')).toEqual([]);
      });

      it('Enter on the quick exit leaves for the neutral page', async () => {
        await go('/get-help');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.waitForURL(quickExitDestination[locale]);
      });

      if (locale !== 'en') {
        it('Shift pressed three times leaves too', async () => {
          await go('/privacy');
          for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
          await page.waitForURL(quickExitDestination[locale]);
        });
      }

      it('search: Tab to the box, type, arrow down, Enter opens the chosen result', async () => {
        const problems: string[] = [];
        const word = searchWords[locale];
        expect(word).toBeDefined();
        await go('/stalkerware');
        await tabTo(page, '.navbar__search-input', problems);
        await page.keyboard.type(word!, {delay: 20});
        const options = page.locator('[role="option"]');
        await expect.poll(() => options.count(), {timeout: 15_000}).toBeGreaterThan(1);
        await page.keyboard.press('ArrowDown');
        const chosen = page.locator('[role="option"][aria-selected="true"] [class*="hitTitle"]');
        await expect.poll(() => chosen.count()).toBe(1);
        const title = (await chosen.textContent())!.trim();
        expect(title.toLowerCase()).toContain(word!.toLowerCase());
        const before = page.url();
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.href !== before);
        expect(new URL(page.url()).pathname.startsWith(localized(locale, '/').replace(/\/$/, ''))).toBe(true);
        // The chosen result's heading, once the page it is on has rendered. The search box shortens a long title
        // with an ellipsis ("Passwords, password managers and two-step …"), so the heading starts with what it showed.
        const shown = title.replace(/^…|…$/g, '').trim();
        const headings = async () => (await page.locator('main :is(h1, h2, h3)').allTextContents()).map((text) => text.replace(/\u200b/g, '').trim());
        await expect.poll(async () => (await headings()).some((heading) => heading.startsWith(shown)), {message: `a heading starting "${shown}"`}).toBe(true);
        expect(problems, problems.join('\n')).toEqual([]);
      });

      it(`switches language from the keyboard and stays on the same page (to ${localeConfigs[switchTo(locale)].label})`, async () => {
        const problems: string[] = [];
        const target = switchTo(locale);
        await go('/stalkerware');
        await tabTo(page, '.navbar__items--right .dropdown > [aria-haspopup="true"]', problems);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
        const choice = `.dropdown__menu a[href="${localized(target, '/stalkerware')}"]`;
        await expect.poll(() => page.locator(choice).isVisible()).toBe(true);
        await tabTo(page, choice, problems, 6);
        await page.keyboard.press('Enter');
        await page.waitForURL(site.url(localized(target, '/stalkerware')));
        expect(await page.locator('html').getAttribute('lang')).toBe(localeConfigs[target].htmlLang);
        expect(problems, problems.join('\n')).toEqual([]);
      });

      it('home page: Tab to a sign under "What are you noticing?", Enter, and the right guide opens', async () => {
        const problems: string[] = [];
        await go('/');
        await tabTo(page, 'a[data-sign="accounts"]', problems);
        await page.keyboard.press('Enter');
        await page.waitForURL(site.url(localized(locale, '/account-hijacking')));
        await hydrated(page);
        expect(await page.locator('h1').count()).toBe(1);
        expect(problems, problems.join('\n')).toEqual([]);
      });

      it("copies a guide's short link with Enter, and the message with Space", async () => {
        const problems: string[] = [];
        await go('/stalkerware');
        await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
        await tabTo(page, '[data-copy="link"]', problems);
        await page.keyboard.press('Enter');
        const expected = site.url(localized(locale, '/s/sw'));
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
        await tabTo(page, '[data-copy="message"]', problems, 1);
        await page.keyboard.press('Space');
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(expected);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(expected);
        expect(await page.locator('[data-share] [role="status"]').textContent()).not.toBe('');
        expect(problems, problems.join('\n')).toEqual([]);
      });
    });
  }

  // The search plugin focuses its box once the index arrives if the box was ever focused; src/theme/SearchBar
  // holds that back once the reader has moved on (WCAG 3.2.1: focus is not moved by something they did not do).
  it('Tab past the search box, and the search index arriving later does not pull focus back', async () => {
    const {context} = await site.newContext({viewport: {width: 1280, height: 900}});
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested: () => void = () => undefined;
    const indexRequested = new Promise<void>((resolve) => (requested = resolve));
    await context.route(/\/search-index[^/]*\.json/, async (route) => {
      requested();
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(site.url('/stalkerware'));
    await hydrated(page);
    await tabTo(page, '.navbar__search-input', []);
    // The search box is the plugin's own by now, and waits for its index.
    await indexRequested;
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next?.what).not.toContain('navbar__search-input');
    const loaded = page.waitForResponse(/\/search-index[^/]*\.json/);
    release();
    await loaded;
    // The plugin sets the box up (wrapping it) right before it would take focus.
    await page.locator('.navbar__search-input[class*="input_"]').waitFor({state: 'attached'});
    await page.waitForTimeout(300);
    expect((await focused(page))?.what).toBe(next?.what);
  });
});
