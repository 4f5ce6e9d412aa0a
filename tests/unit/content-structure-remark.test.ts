import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkContentFile} from '../../src/content/articles';
import {ContentError, formatIssue} from '../../src/content/issues';
import {loadDirectory, organizationHosts, organizationIds} from '../../src/content/organizations';
import {actionIds, loadRiskActions} from '../../src/content/who-gets-told';
import {compileAsTheBuild} from './support/compile-as-build';

const root = path.resolve(__dirname, '../..');
// A site beside the real data, which the plugin reads for its ids.
const scratch = path.join(root, 'tmp');
fs.mkdirSync(scratch, {recursive: true});
const site = fs.mkdtempSync(path.join(scratch, 'structure-remark-'));
fs.symlinkSync(path.join(root, 'src'), path.join(site, 'src'));
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));

/** Compiles a guide as the build does; its error, if any. */
function compileError(relative: string, text: string): Promise<Error | undefined> {
  fs.mkdirSync(path.dirname(path.join(site, relative)), {recursive: true});
  fs.writeFileSync(path.join(site, relative), text);
  return compileAsTheBuild(site, relative);
}

describe('the structure checks as the build compiles a file', () => {
  const guide = fs.readFileSync(path.join(root, 'docs/stalkerware.mdx'), 'utf8');

  it('pass a real guide', async () => {
    expect(await compileError('docs/stalkerware.mdx', guide)).toBeUndefined();
  });

  it('stop the build with the very issues, lines and fixes that npm run check:content reports', async () => {
    const broken = guide
      .replace(/<Risk action="[^"]+"/, '<Risk action="no-such-action"')
      .replace(/^## What this cannot do.*$/m, '## Limits')
      .replace('https://', 'http://');
    const error = await compileError('docs/stalkerware.mdx', broken);
    expect(error).toBeInstanceOf(Error);
    const {countries} = loadDirectory(site);
    const checked = checkContentFile({
      kind: 'article',
      file: 'docs/stalkerware.mdx',
      text: broken,
      locale: 'en',
      organizationIds: organizationIds(countries),
      organizationHosts: organizationHosts(countries),
      riskActionIds: actionIds(loadRiskActions(site).platforms),
      today: new Date('2026-12-07T12:00:00Z'),
    }).issues.filter((issue) => !issue.where.includes('readings'));
    const expected = new ContentError(checked).message;
    const report = checked.map(formatIssue).join('\n');
    for (const part of ['<Risk action="no-such-action">', 'section #limits: is missing', 'over plain http']) expect(report).toContain(part);
    // The compiler wraps the plugin's error; its message carries ours whole.
    expect(String((error as Error).message)).toContain(expected.split('\n').slice(1).join('\n'));
  });

  it('leave pages outside the collections alone', async () => {
    expect(await compileError('notes.mdx', '---\ntitle: Notes\n---\n\nNo callout here.\n')).toBeUndefined();
  });
});
