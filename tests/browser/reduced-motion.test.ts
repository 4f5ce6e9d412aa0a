/**
 * A reader who asked their system for less motion gets none: no CSS transition or animation longer than a
 * hundredth of a second anywhere on the page (the navbar, the quick exit, admonitions, dropdowns, the menu and
 * everything else), no smooth scrolling, and a back-to-top button that jumps instead of gliding. The same pages
 * without the setting show that the checks have teeth.
 */
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {localized, useSite, waitForHydration} from './support/site';

/** Elements that move when motion is allowed; each must be on the page, so the check is never vacuous. */
const keyElements = ['.navbar', 'a[data-quick-exit]', '.theme-admonition', '.dropdown__menu', '.navbar__link', '.menu__link', '.button'];
const pages = ['/stalkerware', '/', '/get-help'];

/** Every element and pseudo-element whose transition or animation lasts longer than 0.01 s. */
async function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part) || 0)));
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const transition = seconds(style.transitionDuration);
        const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
        if (transition > 0.01 || animation > 0.01) {
          found.push(
            `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">${pseudo ?? ''} transition ${transition}s, animation ${animation}s`,
          );
        }
      }
    }
    return found;
  });
}

describe('reduced motion', () => {
  const site = useSite();

  it('nothing moves for longer than 0.01 s, and scrolling is not smooth, when the reader asks for less motion', async () => {
    for (const locale of ['en', 'ar'] as const) {
      const {page} = await site.open(localized(locale, '/stalkerware'), {reducedMotion: 'reduce', viewport: {width: 1280, height: 900}});
      for (const pathname of pages) {
        await page.goto(site.url(localized(locale, pathname)));
        await waitForHydration(page);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), pathname).toBe('auto');
        const found = await moving(page);
        expect(found, `${localized(locale, pathname)}:\n${found.join('\n')}`).toEqual([]);
      }
      // The open language menu, too.
      await page.locator('.navbar__items--right .dropdown > [aria-haspopup="true"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.dropdown--show').count()).toBe(1);
      expect(await moving(page)).toEqual([]);
    }
  });

  it('the same key elements do move when motion is allowed (so the check above can fail)', async () => {
    const {page} = await site.open('/stalkerware', {reducedMotion: 'no-preference', viewport: {width: 1280, height: 900}});
    await waitForHydration(page);
    const found = await moving(page);
    for (const selector of keyElements) {
      expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
    }
    // Infima fades dropdowns and colours links and buttons over time.
    expect(found.some((line) => line.includes('dropdown__menu'))).toBe(true);
    expect(found.some((line) => line.includes('navbar__link'))).toBe(true);
  });

  it('back to top jumps to the top when the reader asks for less motion, and glides otherwise', async () => {
    for (const [reducedMotion, jumps] of [
      ['reduce', true],
      ['no-preference', false],
    ] as const) {
      const {page} = await site.open('/stalkerware', {reducedMotion, viewport: {width: 1280, height: 900}});
      await waitForHydration(page);
      // The theme shows the button once the reader scrolls back up, far enough from the top.
      for (const top of [2000, 1800]) {
        await page.evaluate((y) => window.scrollTo({top: y, behavior: 'instant'}), top);
        await page.waitForTimeout(200);
      }
      const button = page.locator('.theme-back-to-top-button');
      await expect.poll(() => button.evaluate((element) => getComputedStyle(element).opacity), {message: reducedMotion}).toBe('1');
      await button.click();
      // One frame after the click: a jump is already at the top; an animation is still on its way.
      const scrolled = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(window.scrollY))));
      if (jumps) expect(scrolled, reducedMotion).toBe(0);
      else expect(scrolled, reducedMotion).toBeGreaterThan(0);
      await expect.poll(() => page.evaluate(() => window.scrollY), {message: reducedMotion}).toBe(0);
    }
  });
});
