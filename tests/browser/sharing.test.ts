import {describe, expect, it} from 'vitest';
import {shortLinks} from '../../src/config/shortLinks';
import {locales, localized, useSite, waitForHydration} from './support/site';

const clipboard = {permissions: ['clipboard-read', 'clipboard-write']};

describe('sharing a guide', () => {
  const site = useSite();

  it("copies the short link in the reader's locale, and the neutral message with it", async () => {
    for (const locale of locales) {
      const {context} = await site.newContext();
      await context.grantPermissions(clipboard.permissions, {origin: site.origin});
      const page = await context.newPage();
      await page.goto(site.url(localized(locale, '/stalkerware')));
      await waitForHydration(page);
      const expected = site.url(localized(locale, '/s/sw'));
      await page.locator('[data-copy="link"]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      await page.locator('[data-copy="message"]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(expected);
      const message = await page.evaluate(() => navigator.clipboard.readText());
      expect(message).not.toMatch(/stalker|abuse|spy|espía|violence|violencia|عنف/i);
      expect(await page.locator('[data-share] [role="status"]').textContent()).not.toBe('');
    }
  });

  it('shows the short link as text when JavaScript is off, and no buttons that could not work', async () => {
    const {page} = await site.open('/es/stalkerware', {javaScriptEnabled: false});
    expect(await page.locator('[data-share]').textContent()).toContain('/es/s/sw');
    expect(await page.locator('[data-copy]').count()).toBe(2);
    for (const button of await page.locator('[data-copy]').all()) expect(await button.isVisible()).toBe(false);
  });

  it('sends every short link on to its guide, in every locale, without leaving itself in the history', async () => {
    for (const locale of locales) {
      for (const [code, target] of Object.entries(shortLinks)) {
        const {context} = await site.newContext();
        const page = await context.newPage();
        await page.goto(site.url(localized(locale, `/s/${code}`)));
        await page.waitForURL(site.url(localized(locale, target)));
        await page.waitForLoadState('load');
        // The new tab's blank page and the guide: the short link left no entry of its own.
        expect(await page.evaluate(() => history.length)).toBe(2);
        await context.close();
      }
    }
  });

  it('short links work with JavaScript off too', async () => {
    const {page} = await site.open('/fr/s/loc', {javaScriptEnabled: false});
    await page.waitForURL(site.url('/fr/location-tracking'));
  });

  it('copies a link to a section from the # beside its heading', async () => {
    const {context} = await site.newContext();
    await context.grantPermissions(clipboard.permissions, {origin: site.origin});
    const page = await context.newPage();
    await page.goto(site.url('/ar/stalkerware'));
    await waitForHydration(page);
    // The # is only shown on hover; a click event is what a reader's tap on it sends.
    await page.locator('h2#options a.hash-link').dispatchEvent('click');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(site.url('/ar/stalkerware#options'));
  });

  it('prints the guide alone, with outside link addresses written out', async () => {
    const {page} = await site.open('/stalkerware');
    await page.emulateMedia({media: 'print'});
    for (const selector of ['.navbar', '.footer', '.theme-doc-sidebar-container', 'a[data-quick-exit]', '[data-copy="link"]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const after = await page
      .locator('.markdown a[href^="https://"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://');
  });
});

describe("the agents' quick-reference card", () => {
  const site = useSite();

  it('prints on one page in every locale', async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/agents/quick-reference'));
      // The card's print layout hangs on the page's class on <html>, which hydration re-applies: print after it.
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({media: 'print'});
      const pdf = await page.pdf({format: 'A4', margin: {top: '12mm', bottom: '12mm', left: '12mm', right: '12mm'}});
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      expect(pages, locale).toBe(1);
    }
  });
});
