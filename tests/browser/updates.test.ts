import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseFeed} from '@rowanmanning/feed-parser';
import {updatesText} from '../../src/plugins/feeds';
import {site as siteConfig} from '../../src/config/site';
import {localePrefix} from '../../src/config/locales';
import {buildDir} from '../../scripts/support/server';
import {locales, localized, useSite} from './support/site';

describe('update notes', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`has valid RSS and Atom feeds in ${locale}, in its language, and topic tags, without author avatars`, async () => {
      const dir = path.join(buildDir, localePrefix(locale).slice(1), 'updates');
      const rss = fs.readFileSync(path.join(dir, 'rss.xml'), 'utf8');
      const atom = fs.readFileSync(path.join(dir, 'atom.xml'), 'utf8');
      expect(rss).toContain('<item>');
      expect(atom).toContain('<entry>');
      // Read by a real feed parser, as a feed app would: titled and described in the locale's language, in it.
      const {title, description} = updatesText(process.cwd(), locale);
      for (const [file, text] of [
        ['rss.xml', rss],
        ['atom.xml', atom],
      ] as const) {
        const feed = parseFeed(text);
        expect(feed.title, file).toBe(`${siteConfig.title}: ${title}`);
        expect(feed.description, file).toBe(description);
        expect(feed.language, file).toBe(locale);
        expect(feed.items.length, file).toBeGreaterThan(0);
        for (const item of feed.items) expect([item.title, item.url, item.published ?? item.updated].every(Boolean), `${file} ${item.id ?? ''}`).toBe(true);
      }
      // RFC 4287, 4.1.1: an Atom feed names an author, unless every entry does.
      expect(parseFeed(atom).authors.map((author) => author.name)).toEqual([siteConfig.title]);
      const {page} = await site.open(localized(locale, '/updates'), {javaScriptEnabled: false});
      expect(await page.locator('article').count()).toBeGreaterThan(0);
      expect(await page.locator('img[class*="avatar"], .avatar__photo').count()).toBe(0);
      const tags = await site.open(localized(locale, '/updates/tags'), {javaScriptEnabled: false});
      expect(await tags.page.locator('a[href*="/updates/tags/"]').count()).toBeGreaterThan(0);
    });
  }
});
