/**
 * Byte budgets (bench/budgets.json): the first-load JS and CSS of each budgeted page, in every locale, stay under
 * their budget. Measured as `npm run bench` measures (tests/browser/support/first-load.ts): bodies gzip-compressed
 * at level 9 here, counted until the network is idle, so the figures do not depend on timing or on the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {firstLoadContext, measureFirstLoad} from '../../scripts/support/first-load';
import {localized, locales, useSite} from './support/site';

type Budget = {path: string; jsGzip: number; cssGzip: number; why: string};
const budgetsFile = 'bench/budgets.json';
const budgets = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../..', budgetsFile), 'utf8')) as {pages: Record<string, Budget>}).pages;
const bytes = (value: number) => `${value.toLocaleString('en-US')} B`;

describe('first-load byte budgets', () => {
  const site = useSite();

  test.each(Object.keys(budgets).flatMap((kind) => locales.map((locale) => [kind, locale] as const)))('%s page in %s', async (kind, locale) => {
    const budget = budgets[kind]!;
    const pathname = localized(locale, budget.path);
    const {context} = await site.newContext(firstLoadContext);
    const load = await measureFirstLoad(await context.newPage(), site.url(pathname));
    await context.close();
    const checks: [what: string, measured: number, max: number][] = [
      ['JS', load.jsGzip, budget.jsGzip],
      ['CSS', load.cssGzip, budget.cssGzip],
    ];
    const over = checks
      .filter(([, measured, max]) => measured > max)
      .map(
        ([what, measured, max]) =>
          `${pathname} (${kind}, ${locale}): first-load ${what} ${bytes(measured)} gzip is over the ${bytes(max)} budget in ${budgetsFile}`,
      );
    expect(over, over.join('\n')).toEqual([]);
    // A page that loaded nothing would pass every budget: make sure the measurement saw the page's code.
    expect(load.jsGzip).toBeGreaterThan(0);
  });
});
