// The agent hub's lists of guides are written by hand in every locale: each guide (and its short code) must be in them, so an
// agent reading a link aloud never misses a guide.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {locales} from '../../src/config/locales';
import {collectionRoutes} from '../../src/content/project';
import {shortCodeFor} from '../../src/config/shortLinks';

const repo = path.resolve(__dirname, '../..');
const guideRoutes = collectionRoutes(repo, 'article');

function agentPage(locale: string, page: string): string {
  const file = locale === 'en' ? `agents/${page}.mdx` : `i18n/${locale}/docusaurus-plugin-content-docs-agents/current/${page}.mdx`;
  return fs.readFileSync(path.join(repo, file), 'utf8');
}

describe('short links in the agent hub', () => {
  for (const page of ['quick-reference', 'sharing-safely']) {
    it(`/agents/${page} lists every guide with its short link, in every locale`, () => {
      for (const locale of locales) {
        const text = agentPage(locale, page);
        for (const route of guideRoutes) {
          const code = shortCodeFor(route);
          expect(code, `${route} has a short link`).toBeDefined();
          expect(text, `${locale} /agents/${page}: ${route}`).toMatch(new RegExp(`\\]\\(${route}\\)\\s*\\|\\s*\`/s/${code}\``));
        }
      }
    });
  }
});

describe("the agent hub's own list of guides", () => {
  it('/agents links to every guide, in every locale', () => {
    for (const locale of locales) {
      const text = agentPage(locale, 'index');
      for (const route of guideRoutes) expect(text, `${locale} /agents: ${route}`).toContain(`](${route})`);
    }
  });
});
