/**
 * "Who gets told?" as readers and agents meet it: the page in every locale without JavaScript, a row an agent can
 * link to, the note under each risky step in every guide, and search in the reader's language.
 */
import {describe, expect, it} from 'vitest';
import {loadRiskActions, localizePlatforms} from '../../src/content/who-gets-told';
import {locales, localized, sitemapPaths, useSite} from './support/site';

const platforms = loadRiskActions(process.cwd()).platforms;
const actionCount = platforms.reduce((count, platform) => count + platform.actions.length, 0);

describe('Who gets told?', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`lists every action by platform in ${locale} without JavaScript, each row with its own anchor, answer and sources`, async () => {
      const {page} = await site.open(localized(locale, '/who-gets-told'), {javaScriptEnabled: false});
      const rows = page.locator('[data-action]');
      expect(await rows.count()).toBe(actionCount);
      const shown = await rows.evaluateAll((articles) =>
        articles.map((article) => ({
          id: article.querySelector('h3')?.id,
          action: article.getAttribute('data-action'),
          // The heading's text without the anchor link Docusaurus adds after it.
          title: article
            .querySelector('h3')
            ?.textContent?.replace(/\u200b/g, '')
            .trim(),
          marks: article.querySelectorAll('[data-risk]').length,
          answer: article.querySelector('[data-notified]')?.textContent?.trim(),
          sources: article.querySelectorAll('ul a[href^="https://"]').length,
          date: article.querySelector('time')?.getAttribute('datetime'),
        })),
      );
      const expected = localizePlatforms(platforms, locale).flatMap((platform) => platform.actions);
      for (const [index, row] of shown.entries()) {
        const action = expected[index]!;
        expect(row, action.id).toEqual({
          id: action.id,
          action: action.id,
          title: action.action,
          marks: action.marks.length,
          answer: expect.stringMatching(/\S/),
          sources: action.sources.length,
          date: action.checked.date,
        });
      }
      // The platform list leads to each platform's heading.
      for (const href of await page.locator('[data-who-gets-told] nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
        expect(await page.locator(`h2${href}`).count(), href).toBe(1);
      }
    });
  }

  it("opens at the exact row an agent sends, in the reader's language", async () => {
    const {page} = await site.open(localized('ar', '/who-gets-told#apple-find-my-stop-sharing'), {javaScriptEnabled: false});
    const heading = page.locator('h3#apple-find-my-stop-sharing');
    expect(await heading.isVisible()).toBe(true);
    const box = (await heading.boundingBox())!;
    // Below the sticky navbar, within the first screen.
    expect(box.y).toBeGreaterThan(40);
    expect(box.y).toBeLessThan(await page.evaluate(() => innerHeight));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });

  it('gives every risk mark in every guide and locale a note under its step and a link to an existing row', async () => {
    for (const locale of locales) {
      const guides = sitemapPaths(locale).filter(
        (pathname) => !/\/(agents|updates|get-help|privacy|search|who-gets-told|translation-status)|^\/?(es|fr|ar)?\/?$/.test(pathname),
      );
      expect(guides.length, locale).toBeGreaterThanOrEqual(8);
      const {page: table} = await site.open(localized(locale, '/who-gets-told'), {javaScriptEnabled: false});
      const rowIds = new Set(await table.locator('h3[id]').evaluateAll((headings) => headings.map((h) => h.id)));
      const context = (await site.newContext({javaScriptEnabled: false})).context;
      const page = await context.newPage();
      let marks = 0;
      for (const pathname of guides) {
        await page.goto(site.url(pathname));
        const found = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('a[data-risk-action]')].map((mark) => {
            const block = mark.closest('p, li');
            // A step with two marks has two notes, one after the other, in the order of the marks.
            const notes: Element[] = [...(block?.querySelectorAll(':scope > details[data-risk-note]') ?? [])];
            for (let next = block?.nextElementSibling; next?.matches('details[data-risk-note]'); next = next.nextElementSibling) notes.push(next);
            const note = notes.find((candidate) => candidate.getAttribute('data-risk-note') === mark.dataset.riskAction);
            return {action: mark.dataset.riskAction!, href: new URL(mark.href).pathname + new URL(mark.href).hash, note: note?.getAttribute('data-risk-note')};
          }),
        );
        for (const mark of found) {
          expect(mark.href, `${pathname}`).toBe(`${localized(locale, '/who-gets-told')}#${mark.action}`);
          expect(rowIds.has(mark.action), `${pathname}: ${mark.action} has a row`).toBe(true);
          expect(mark.note, `${pathname}: ${mark.action} has its note under the step`).toBe(mark.action);
        }
        marks += found.length;
      }
      expect(marks, locale).toBeGreaterThanOrEqual(70);
    }
  });

  it('opens a step\'s note without JavaScript, answering "will they be told?" first', async () => {
    const {page} = await site.open(localized('es', '/location-tracking'), {javaScriptEnabled: false});
    const note = page.locator('details[data-risk-note]').first();
    const summary = note.locator('summary');
    expect(await summary.textContent()).toMatch(/aviso/);
    expect(await note.locator('dl').isVisible()).toBe(false);
    await summary.click();
    expect(await note.locator('dl').isVisible()).toBe(true);
    expect(await note.locator('dt').count()).toBe(5);
  });

  // The search plugin indexes a page (unlike a guide) as one section, so a search lands on the page, not the row.
  it('is found by search in the words people use, in Spanish', async () => {
    const {page, outsideRequests} = await site.open(localized('es', `/search?q=${encodeURIComponent('dejar de compartir ubicación')}`));
    const results = page.locator('[class*="searchResultItem"] a[href]');
    await expect
      .poll(() => results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')), {timeout: 20_000})
      .toEqual(expect.arrayContaining([expect.stringMatching(/^\/es\/who-gets-told(\?[^#]*)?$/)]));
    expect(outsideRequests).toEqual([]);
  });
});
