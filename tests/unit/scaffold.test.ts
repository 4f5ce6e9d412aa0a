// The writers' scaffolds: a new guide starts with every required part, in every locale, in the sidebar and the short
// links, cannot ship with its sample text, and nothing is ever overwritten.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {checkContentFile, contentHash} from '../../src/content/articles';
import {formatIssue} from '../../src/content/issues';
import {placeholders} from '../../src/content/placeholders';
import {newShortCode} from '../../scripts/scaffold';

const repo = path.resolve(__dirname, '../..');
let site: string;

function scaffold(...args: string[]): string {
  return execFileSync('npx', ['tsx', path.join(site, 'scripts/scaffold.ts'), ...args], {cwd: site, encoding: 'utf8'});
}

beforeEach(() => {
  // A copy of the scripts, content rules, config (with the guide lists) and company file, so the scaffold writes into a
  // throwaway site.
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'help-center-scaffold-'));
  for (const dir of ['scripts', 'src/content', 'src/config', 'company']) fs.cpSync(path.join(repo, dir), path.join(site, dir), {recursive: true});
  fs.mkdirSync(path.join(site, 'docs'));
  // An existing guide with no translations: new:article must leave it alone and not mention it.
  fs.writeFileSync(path.join(site, 'docs/passwords.mdx'), 'an existing guide');
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(site, 'node_modules'));
});

afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

function checkScaffolded(file: string, locale: string) {
  return checkContentFile({
    kind: file.includes('updates') || file.includes('blog') ? 'update' : 'article',
    file,
    text: fs.readFileSync(path.join(site, file), 'utf8'),
    locale,
    organizationIds: new Set(),
    riskActionIds: new Set(['general-sign-in-new-device']),
    organizationHosts: new Set(),
    today: new Date(),
  }).issues.filter((issue) => issue.severity === 'error');
}

const guideFiles = {
  en: 'docs/fitness-apps.mdx',
  es: 'i18n/es/docusaurus-plugin-content-docs/current/fitness-apps.mdx',
  fr: 'i18n/fr/docusaurus-plugin-content-docs/current/fitness-apps.mdx',
  ar: 'i18n/ar/docusaurus-plugin-content-docs/current/fitness-apps.mdx',
};

describe('npm run new:article', () => {
  it('writes the guide and its untranslated copies, adds it to the sidebar and the short links, and says only that', () => {
    const output = scaffold('article', 'fitness-apps', 'Fitness apps');
    const said = output.split('\n').filter((line) => /^(created|changed|kept) /.test(line));
    expect(said).toEqual([
      ...Object.values(guideFiles).map((file) => `created  ${file}`),
      'changed  src/config/guides.ts',
      'changed  src/config/shortLinks.ts',
    ]);
    expect(output).toContain('Next:');
    expect(output).not.toContain('passwords');
    expect(fs.readFileSync(path.join(site, guideFiles.en), 'utf8')).toContain('title: "Fitness apps"');
    for (const locale of ['es', 'fr', 'ar'] as const) {
      expect(fs.readFileSync(path.join(site, guideFiles[locale]), 'utf8')).toMatch(/^---\nuntranslated: true\n/);
    }
    expect(fs.readFileSync(path.join(site, 'src/config/guides.ts'), 'utf8')).toMatch(/topicGuides = \[[^\]]*'fitness-apps'\]/);
    expect(fs.readFileSync(path.join(site, 'src/config/shortLinks.ts'), 'utf8')).toContain("  fa: '/fitness-apps',\n} as const satisfies");
  });

  it('leaves a guide that cannot ship: its sample text fails the check in every locale, naming file, line and fix', () => {
    scaffold('article', 'fitness-apps');
    for (const [locale, file] of Object.entries(guideFiles)) {
      const issues = checkScaffolded(file, locale).map(formatIssue);
      for (const sample of [placeholders.description, placeholders.step, placeholders.source]) {
        expect(
          issues.some((issue) => issue.startsWith(`error: ${file} › line `) && issue.includes(sample) && issue.includes('Fix: replace it')),
          `${file}:\n${issues.join('\n')}`,
        ).toBe(true);
      }
      expect(issues.some((issue) => issue.includes('an example or placeholder address'))).toBe(true);
    }
    // The English guide also has no reading on record and too few sources from owners.
    const english = checkScaffolded(guideFiles.en, 'en').map(formatIssue).join('\n');
    expect(english).toContain('records no reading');
    expect(english).toContain('fewer than 2');
  });

  it('never overwrites a file that exists, and never adds a guide to a list twice', () => {
    fs.writeFileSync(path.join(site, guideFiles.en), 'my work');
    scaffold('article', 'fitness-apps');
    expect(fs.readFileSync(path.join(site, guideFiles.en), 'utf8')).toBe('my work');
    const again = scaffold('article', 'fitness-apps');
    expect(again).toContain('docs/fitness-apps.mdx already exists: it was left as it is.');
    expect(again).not.toMatch(/^(created|changed) /m);
    expect(fs.readFileSync(path.join(site, 'src/config/guides.ts'), 'utf8').match(/'fitness-apps'/g)).toHaveLength(1);
  });

  it('refuses a slug that is not lowercase words joined by -', () => {
    expect(() => scaffold('article', 'Fitness Apps')).toThrow();
  });
});

describe('short codes for new guides', () => {
  it('takes the initials, then more letters, then a digit, never a code in use', () => {
    expect(newShortCode('smart-home', new Set())).toBe('sh');
    expect(newShortCode('smart-home', new Set(['sh']))).toBe('sma');
    expect(newShortCode('money', new Set())).toBe('mon');
    expect(newShortCode('money', new Set(['mon']))).toBe('mone');
    expect(newShortCode('ab', new Set(['ab']))).toBe('ab2');
  });
});

describe('npm run new:translations', () => {
  it('creates only what is missing, and says so when nothing is', () => {
    expect(scaffold('translations')).toContain('created  i18n/es/docusaurus-plugin-content-docs/current/passwords.mdx');
    expect(scaffold('translations').trim()).toBe('Every page already has a file in every locale: nothing created.');
  });
});

describe('npm run translation:done', () => {
  it('records the English version a translation follows and drops the untranslated mark', () => {
    scaffold('article', 'fitness-apps');
    const file = path.join(site, 'i18n/fr/docusaurus-plugin-content-docs/current/fitness-apps.mdx');
    scaffold('done', file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('untranslated');
    expect(text).toContain(`source_hash: "${contentHash(fs.readFileSync(path.join(site, 'docs/fitness-apps.mdx'), 'utf8'))}"`);
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
    const issues = checkScaffolded(`updates/${note}`, 'en').map(formatIssue).join('\n');
    expect(issues).toContain(placeholders.updateText);
    expect(fs.existsSync(path.join(site, `i18n/fr/docusaurus-plugin-content-blog/${note}`))).toBe(true);
  });
});
