import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {requiredSections} from '../../src/content/articles';
import {splitFrontMatter} from '../../src/content/articles';
import {locales, localized, useSite} from './support/site';

const guides = fs
  .readdirSync(path.resolve(__dirname, '../../docs'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => String(splitFrontMatter(file, fs.readFileSync(path.resolve(__dirname, '../../docs', file), 'utf8')).parsed!.frontMatter.slug));

describe('survivor guides, as built', () => {
  const site = useSite();

  it('has the sixteen guides', () => {
    expect(guides.sort()).toEqual(
      [
        ...['/account-hijacking', '/cars', '/children', '/computers', '/documenting-evidence', '/harassment', '/image-abuse', '/is-someone-monitoring-me'],
        ...['/location-tracking', '/money', '/new-phone', '/passwords', '/safety-planning', '/smart-home', '/social-media', '/stalkerware'],
      ].sort(),
    );
  });

  for (const locale of locales) {
    it(`every guide in ${locale} opens with the safety callout and has every required part`, async () => {
      const {context} = await site.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      for (const guide of guides) {
        const url = localized(locale, guide);
        await page.goto(site.url(url));
        const firstBlock = page.locator('.theme-doc-markdown > :not(header)').first();
        expect(await firstBlock.getAttribute('class'), `${url}: first block`).toMatch(/theme-admonition-safety/);
        for (const section of requiredSections) expect(await page.locator(`h2#${section.id}`).count(), `${url} #${section.id}`).toBe(1);
        expect(await page.locator('[data-get-help] [data-organization]').count(), `${url}: organizations`).toBeGreaterThanOrEqual(2);
        expect(await page.locator('[data-get-help] a[data-emergency]').count(), `${url}: emergency numbers`).toBeGreaterThanOrEqual(1);
        expect(await page.locator('[data-last-reviewed]').isVisible(), `${url}: review date`).toBe(true);
        // The readings on record, said in the reader's language: a translation shows its own review.
        const readings = await page
          .locator('[data-reading]')
          .evaluateAll((spans) => spans.map((span) => [span.getAttribute('data-reading'), span.textContent ?? '']));
        expect(readings.length, `${url}: readings`).toBeGreaterThanOrEqual(1);
        if (locale !== 'en') {
          expect(
            readings.some(([kind]) => kind!.startsWith('translation-review')),
            `${url}: translation review`,
          ).toBe(true);
          expect(readings.map(([, text]) => text).join(' '), `${url}: readings in ${locale}`).not.toMatch(/\bagainst\b/);
        }
        const outsideHosts = await page.$$eval('.theme-doc-markdown a[href^="https://"]', (links) => [
          ...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).host)),
        ]);
        expect(outsideHosts.length, `${url}: outside organizations linked`).toBeGreaterThanOrEqual(2);
      }
    });
  }

  it("marks steps that may be noticed or destroy evidence, in the reader's language", async () => {
    for (const locale of locales) {
      const {page} = await site.open(localized(locale, '/stalkerware'), {javaScriptEnabled: false});
      const marks = page.locator('[data-risk="alert"]');
      expect(await marks.count()).toBeGreaterThan(0);
      expect((await marks.first().textContent())?.trim().length).toBeGreaterThan(3);
    }
  });
});
