import {describe, expect, it} from 'vitest';
import {loadDirectory} from '../../src/content/organizations';
import {regionOrder} from '../../src/config/regions';
import {locales, localized, useSite} from './support/site';

const {countries} = loadDirectory(process.cwd());

describe('get help: the organizations directory', () => {
  const site = useSite();

  it('has at least 25 organizations in 10 countries', () => {
    const national = countries.filter((country) => country.country !== 'international');
    expect(national.length).toBeGreaterThanOrEqual(10);
    expect(countries.flatMap((country) => country.organizations).length).toBeGreaterThanOrEqual(25);
  });

  for (const locale of locales) {
    it(`shows every country and organization in ${locale}, with names in that language and dialable numbers`, async () => {
      const {page} = await site.open(localized(locale, '/get-help'), {javaScriptEnabled: false});
      for (const country of countries) {
        const section = page.locator(`section[data-country="${country.country}"]`);
        expect(await section.locator('h2').textContent(), country.country).toContain(country.name[locale]);
        // Emergency numbers may be two digits (police on 17), as the schema allows.
        if (country.emergency) expect(await section.locator('a[data-emergency]').getAttribute('href')).toMatch(/^tel:\+?\d{2,15}$/);
        for (const org of country.organizations) {
          const card = section.locator(`[data-organization="${org.id}"]`);
          expect(await card.count(), org.id).toBe(1);
          expect(await card.textContent(), org.id).toContain(org.description[locale]);
        }
      }
      const hrefs = await page.$$eval('a[href^="tel:"]', (links) => links.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) expect(href).toMatch(/^tel:\+?\d{2,15}$/);
      // Choosing a country is a plain anchor: it works without JavaScript.
      const first = countries.find((c) => c.country !== 'international')!;
      await page.locator(`nav a[href="#${first.country.toLowerCase()}"]`).click();
      expect(page.url()).toContain(`#${first.country.toLowerCase()}`);
    });
  }

  it("shows each locale's countries first in a guide's Get help block", async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/stalkerware'), {javaScriptEnabled: false});
      const shown = await page.$$eval('[data-get-help] details[data-country]', (items) => items.map((item) => item.getAttribute('data-country')));
      const expected = regionOrder[locale].map((pick) => pick.country).filter((code) => countries.some((c) => c.country === code));
      expect(shown.slice(0, 2), locale).toEqual(expected.slice(0, 2));
      expect(await page.locator('[data-get-help] [data-country="international"]').count()).toBe(1);
    }
  });

  it('shows Spanish readers only the Spanish-language services of the United States', async () => {
    const us = countries.find((country) => country.country === 'US');
    if (!us) return;
    const {page} = await site.open('/es/stalkerware', {javaScriptEnabled: false});
    const ids = await page.$$eval('[data-get-help] details[data-country="US"] [data-organization]', (cards) =>
      cards.map((c) => c.getAttribute('data-organization')),
    );
    const spanish = us.organizations.filter((org) => org.languages.includes('es') && org.kinds.some((k) => ['hotline', 'tech-safety'].includes(k)));
    expect(ids.sort()).toEqual(spanish.map((org) => org.id).sort());
  });
});
