/**
 * The benchmark's synthetic guides must keep obeying the content rules as the rules grow, or `npm run bench --
 * --scale` would fail after a long wait, or worse, measure a pipeline that skips what real guides go through.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createSite} from '../../scripts/bench/synthetic';
import {checkProject} from '../../src/content/project';
import {loadRegistries} from '../../src/content/registries';
import {formatIssue} from '../../src/content/issues';
import {locales} from '../../src/config/locales';

describe('synthetic guides for the benchmark', () => {
  // Inside the project (tmp/ is ignored): the check imports the copy's registries, which Vitest resolves only there.
  const scratch = path.resolve(__dirname, '../../tmp');
  fs.mkdirSync(scratch, {recursive: true});
  const dir = fs.mkdtempSync(path.join(scratch, 'synthetic-test-'));
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it('pass every content rule the build enforces, in every locale, with the sidebar, short links and readings they need', async () => {
    createSite(dir, 3);
    const report = checkProject(dir, new Date(), await loadRegistries(dir));
    expect(report.issues.map(formatIssue)).toEqual([]);
    const synthetic = report.translations.filter((status) => status.route.startsWith('/synthetic/'));
    // Three guides, each in every locale, every translation up to date.
    expect(synthetic).toHaveLength(3 * (locales.length - 1));
    expect(synthetic.every((status) => status.state === 'up-to-date')).toBe(true);
  }, 60_000);
});
