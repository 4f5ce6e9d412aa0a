import {describe, expect, it} from 'vitest';
import {localeConfigs} from '../../src/config/locales';
import {useSite} from './support/site';

describe('the locale switcher', () => {
  const site = useSite();

  it.each([
    ['/stalkerware', 'es', '/es/stalkerware'],
    ['/es/get-help', 'ar', '/ar/get-help'],
    ['/ar/agents', 'fr', '/fr/agents'],
    ['/fr/privacy', 'en', '/privacy'],
  ] as const)('keeps the reader on the same page: %s → %s', async (from, locale, to) => {
    const {page} = await site.open(from, {viewport: {width: 1280, height: 900}});
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.getByRole('link', {name: localeConfigs[locale].label, exact: true}).first().click();
    await page.waitForURL(site.url(to));
    expect(await page.locator('html').getAttribute('lang')).toBe(localeConfigs[locale].htmlLang);
  });

  it('offers every locale on a phone too, in the menu', async () => {
    const {page} = await site.open('/stalkerware', {viewport: {width: 375, height: 740}, isMobile: true, hasTouch: true});
    await page.locator('.navbar__toggle').click();
    const menu = page.locator('.navbar-sidebar');
    // On a guide the menu opens on the guide's own list; the languages are one step back, in the main menu.
    await menu.locator('.navbar-sidebar__back').click();
    await menu.locator('.menu__list-item--collapsed .menu__link--sublist').last().click();
    for (const {label} of Object.values(localeConfigs)) {
      await expect.poll(() => menu.getByRole('link', {name: label, exact: true}).isVisible()).toBe(true);
    }
    await menu.getByRole('link', {name: localeConfigs.ar.label, exact: true}).click();
    await page.waitForURL(site.url('/ar/stalkerware'));
  });
});
