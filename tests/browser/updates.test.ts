import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {localePrefix} from '../../src/config/locales';
import {buildDir} from './support/server';
import {locales, localized, useSite} from './support/site';

describe('update notes', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`has RSS and Atom feeds in ${locale}, and topic tags, without author avatars`, async () => {
      const dir = path.join(buildDir, localePrefix(locale).slice(1), 'updates');
      const rss = fs.readFileSync(path.join(dir, 'rss.xml'), 'utf8');
      const atom = fs.readFileSync(path.join(dir, 'atom.xml'), 'utf8');
      expect(rss).toContain('<item>');
      expect(atom).toContain('<entry>');
      const {page} = await site.open(localized(locale, '/updates'), {javaScriptEnabled: false});
      expect(await page.locator('article').count()).toBeGreaterThan(0);
      expect(await page.locator('img[class*="avatar"], .avatar__photo').count()).toBe(0);
      const tags = await site.open(localized(locale, '/updates/tags'), {javaScriptEnabled: false});
      expect(await tags.page.locator('a[href*="/updates/tags/"]').count()).toBeGreaterThan(0);
    });
  }
});
