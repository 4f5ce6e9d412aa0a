// The writers' scaffolds: a new article starts with every required part, in every locale, and never overwrites.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {checkContentFile, contentHash} from '../../src/content/articles';

const repo = path.resolve(__dirname, '../..');
let site: string;

function scaffold(...args: string[]): string {
  return execFileSync('npx', ['tsx', path.join(site, 'scripts/scaffold.ts'), ...args], {cwd: site, encoding: 'utf8'});
}

beforeEach(() => {
  // A copy of the scripts and content rules, so the scaffold writes into a throwaway site.
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'help-center-scaffold-'));
  for (const dir of ['scripts', 'src/content', 'src/config']) fs.cpSync(path.join(repo, dir), path.join(site, dir), {recursive: true});
  fs.mkdirSync(path.join(site, 'docs'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(site, 'node_modules'));
});

afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

describe('npm run new:article', () => {
  it('writes an article with every required part, and an untranslated copy in each locale', () => {
    scaffold('article', 'smart-home');
    const english = fs.readFileSync(path.join(site, 'docs/smart-home.mdx'), 'utf8');
    const {issues} = checkContentFile({
      kind: 'article',
      file: 'docs/smart-home.mdx',
      text: english,
      locale: 'en',
      organizationIds: new Set(),
      riskActionIds: new Set(['general-sign-in-new-device']),
      today: new Date(),
    });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const locale of ['es', 'fr', 'ar']) {
      const copy = fs.readFileSync(path.join(site, `i18n/${locale}/docusaurus-plugin-content-docs/current/smart-home.mdx`), 'utf8');
      expect(copy).toMatch(/^---\nuntranslated: true\n/);
    }
  });

  it('never overwrites a file that exists', () => {
    fs.writeFileSync(path.join(site, 'docs/smart-home.mdx'), 'my work');
    expect(scaffold('article', 'smart-home')).toContain('kept     docs/smart-home.mdx (already exists)');
    expect(fs.readFileSync(path.join(site, 'docs/smart-home.mdx'), 'utf8')).toBe('my work');
  });

  it('refuses a slug that is not lowercase words joined by -', () => {
    expect(() => scaffold('article', 'Smart Home')).toThrow();
  });
});

describe('npm run translation:done', () => {
  it('records the English version a translation follows and drops the untranslated mark', () => {
    scaffold('article', 'smart-home');
    const file = path.join(site, 'i18n/fr/docusaurus-plugin-content-docs/current/smart-home.mdx');
    scaffold('done', file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('untranslated');
    expect(text).toContain(`source_hash: "${contentHash(fs.readFileSync(path.join(site, 'docs/smart-home.mdx'), 'utf8'))}"`);
  });
});

describe('npm run new:update', () => {
  it('writes a dated note with a tag and no author', () => {
    scaffold('update', 'airtag-alerts');
    const [note] = fs.readdirSync(path.join(site, 'updates'));
    expect(note).toMatch(/^\d{4}-\d{2}-\d{2}-airtag-alerts\.mdx$/);
    const text = fs.readFileSync(path.join(site, 'updates', note!), 'utf8');
    expect(text).toContain('tags: [site]');
    expect(text).not.toContain('authors');
  });
});
