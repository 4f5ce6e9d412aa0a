/**
 * Arabic reads right to left: the page says so, the layout mirrors, and every arrow points the way the reader
 * reads. English is checked beside it, so that each check would fail if the layout did not mirror.
 */
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {localized, useSite, waitForHydration} from './support/site';

type Way = 'left' | 'right' | 'up' | 'down';
const directions = [
  ['en', 'ltr'],
  ['ar', 'rtl'],
] as const;

/** Where a shape drawn pointing `base` points once a computed `transform` (matrix or none) is applied. */
function pointing(transform: string, base: Way): Way {
  const [a, b, c, d] =
    transform === 'none'
      ? [1, 0, 0, 1]
      : transform
          .replace(/^matrix\(|\)$/g, '')
          .split(',')
          .map(Number);
  const [x, y] = {left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1]}[base];
  const [px, py] = [a! * x! + c! * y!, b! * x! + d! * y!];
  if (Math.abs(px) >= Math.abs(py)) return px > 0 ? 'right' : 'left';
  return py > 0 ? 'down' : 'up';
}

/**
 * Where an arrow character points as shown. The guillemets and single angle quotes are mirrored by the browser in
 * right-to-left text (Unicode Bidi_Mirrored); the arrows ← → are not, and point where they are drawn.
 */
function glyph(text: string, direction: string): Way {
  const arrow = /[«»‹›←→]/.exec(text)?.[0];
  if (!arrow) throw new Error(`no arrow in ${JSON.stringify(text)}`);
  const drawn: Way = '»›→'.includes(arrow) ? 'right' : 'left';
  if (direction === 'rtl' && '«»‹›'.includes(arrow)) return drawn === 'right' ? 'left' : 'right';
  return drawn;
}

const forward = (dir: 'ltr' | 'rtl'): Way => (dir === 'rtl' ? 'left' : 'right');
const backward = (dir: 'ltr' | 'rtl'): Way => (dir === 'rtl' ? 'right' : 'left');

async function open(site: ReturnType<typeof useSite>, pathname: string, width: number): Promise<Page> {
  const {page} = await site.open(pathname, {viewport: {width, height: 900}});
  await waitForHydration(page);
  return page;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return {left: found.x, right: found.x + found.width, center: found.x + found.width / 2};
}

describe('right to left in Arabic', () => {
  const site = useSite();

  it.each(directions)('%s: the page declares its language and direction', async (locale, dir) => {
    const page = await open(site, localized(locale, '/stalkerware'), 1280);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
  });

  it.each(directions)('%s: the navbar runs from the reading start, and the quick exit sits at its end', async (locale, dir) => {
    const page = await open(site, localized(locale, '/stalkerware'), 1280);
    const width = page.viewportSize()!.width;
    const brand = await box(page, '.navbar__brand');
    const firstLink = await box(page, '.navbar__items:not(.navbar__items--right) .navbar__link');
    const rightItems = await box(page, '.navbar__items--right');
    const quickExit = await box(page, 'a[data-quick-exit]');
    // Brand first, then the links, then the language, search and colour controls, in reading order.
    if (dir === 'rtl') {
      expect(brand.left).toBeGreaterThan(firstLink.right - 1);
      expect(firstLink.left).toBeGreaterThan(rightItems.right);
      expect(brand.center).toBeGreaterThan(width / 2);
    } else {
      expect(brand.right).toBeLessThan(firstLink.left + 1);
      expect(firstLink.right).toBeLessThan(rightItems.left);
      expect(brand.center).toBeLessThan(width / 2);
    }
    // src/plugins/quick-exit/styles.ts: fixed at the inline end, .5rem in; the navbar keeps room for it there.
    const inset = await page.evaluate(() => 0.5 * parseFloat(getComputedStyle(document.documentElement).fontSize));
    const gap = dir === 'rtl' ? quickExit.left : width - quickExit.right;
    expect(Math.abs(gap - inset)).toBeLessThan(1.5);
    expect(dir === 'rtl' ? quickExit.right <= rightItems.left : quickExit.left >= rightItems.right).toBe(true);
  });

  it.each(directions)('%s: "next" and "previous", and breadcrumb separators, point the way the reader reads', async (locale, dir) => {
    const page = await open(site, localized(locale, '/stalkerware'), 1280);
    const next = await box(page, '.pagination-nav__link--next');
    const previous = await box(page, '.pagination-nav__link--prev');
    expect(dir === 'rtl' ? next.right <= previous.left : next.left >= previous.right).toBe(true);
    const arrows = await page.evaluate(() => {
      const style = (selector: string, pseudo: string) => {
        const element = document.querySelector(selector)!;
        const computed = getComputedStyle(element, pseudo);
        return {content: computed.content, direction: computed.direction, transform: computed.transform};
      };
      return {
        next: style('.pagination-nav__link--next .pagination-nav__label', '::after'),
        previous: style('.pagination-nav__link--prev .pagination-nav__label', '::before'),
        separator: style('.breadcrumbs__item:not(:last-child)', '::after'),
      };
    });
    expect(pointing(arrows.next.transform, glyph(arrows.next.content, arrows.next.direction))).toBe(forward(dir));
    expect(pointing(arrows.previous.transform, glyph(arrows.previous.content, arrows.previous.direction))).toBe(backward(dir));
    // Infima draws the separator as a chevron pointing right.
    expect(pointing(arrows.separator.transform, 'right')).toBe(forward(dir));
    // And the crumbs themselves run from the reading start.
    const crumbs = await page.locator('.breadcrumbs__item').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
    expect(crumbs.length).toBeGreaterThan(1);
    expect(crumbs).toEqual([...crumbs].sort((a, b) => (dir === 'rtl' ? b - a : a - b)));
  });

  it.each(directions)('%s: in the phone menu, a closed section\'s caret points forward and "back" points back', async (locale, dir) => {
    const page = await open(site, localized(locale, '/stalkerware'), 375);
    await page.locator('.navbar__toggle').click();
    const menu = page.locator('.navbar-sidebar');
    const back = menu.locator('.navbar-sidebar__back');
    const label = (await back.textContent())!;
    expect(glyph(label, await back.evaluate((element) => getComputedStyle(element).direction))).toBe(backward(dir));
    await back.click();
    // The languages are a closed section of the main menu; Infima's caret is a chevron pointing up, turned.
    const item = menu.locator('.menu__list-item:has(> .menu__list-item-collapsible > .menu__caret)').last();
    await item.waitFor();
    expect(await item.getAttribute('class')).toContain('menu__list-item--collapsed');
    const caret = item.locator('.menu__caret');
    const caretPoints = async () => pointing(await caret.evaluate((element) => getComputedStyle(element, '::before').transform), 'up');
    expect(await caretPoints()).toBe(forward(dir));
    await caret.click();
    await expect.poll(caretPoints).toBe('down');
  });
});
