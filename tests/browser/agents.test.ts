import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {locales, localized, useSite} from './support/site';

const agentsDir = path.resolve(__dirname, '../../agents');
const pages = fs
  .readdirSync(agentsDir, {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `/agents/${file.replace(/(?:\/?index)?\.mdx$/, '')}`.replace(/\/$/, ''));

describe('the agent hub', () => {
  const site = useSite();

  it('has the hub, its guidance pages and six scenarios', () => {
    expect(pages.filter((page) => page.startsWith('/agents/scenarios/')).length).toBeGreaterThanOrEqual(6);
  });

  for (const locale of locales) {
    it(`every page exists in ${locale}, under its own sidebar`, async () => {
      const {context} = await site.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      for (const route of pages) {
        const url = localized(locale, route);
        const response = await page.goto(site.url(url));
        expect(response?.status(), url).toBe(200);
        expect(await page.locator('.theme-doc-sidebar-menu a[href$="/agents/quick-reference"]').count(), url).toBe(1);
        expect(await page.locator('.theme-doc-sidebar-menu a[href$="/stalkerware"]').count(), `${url}: survivor sidebar`).toBe(0);
      }
      for (const scenario of pages.filter((p) => p.startsWith('/agents/scenarios/'))) {
        await page.goto(site.url(localized(locale, scenario)));
        for (const id of ['what-happened', 'what-helps', 'what-harms', 'what-to-send']) {
          expect(await page.locator(`#${id}`).count(), `${scenario} #${id}`).toBe(1);
        }
      }
    });
  }
});
