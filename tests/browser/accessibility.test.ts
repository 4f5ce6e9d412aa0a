import AxeBuilder from '@axe-core/playwright';
import {describe, expect, it} from 'vitest';
import {locales, localized, useSite} from './support/site';

// One page of each kind; every page of a kind is built from the same components.
const routes = ['/', '/stalkerware', '/get-help', '/privacy', '/agents', '/agents/scenarios/not-ready', '/updates', '/search', '/no-such-page'];

describe('accessibility: WCAG 2.2 A and AA, checked by axe-core', () => {
  const site = useSite();

  for (const locale of locales) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no violations in ${locale}, ${colorScheme} mode`, async () => {
        const {context} = await site.newContext({colorScheme});
        const page = await context.newPage();
        const found: string[] = [];
        for (const route of routes) {
          await page.goto(site.url(localized(locale, route)), {waitUntil: 'networkidle'});
          const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          for (const violation of results.violations) {
            found.push(`${localized(locale, route)}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          }
        }
        expect(found).toEqual([]);
      });
    }
  }
});
