import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {company as ours, offeredLocales} from '../../src/config/company';
import {companyIssues, contrastRatio, type Company} from '../../src/config/company-schema';
import {locales} from '../../src/config/locales';
import sample from '../fixtures/company/company';

const root = path.resolve(__dirname, '../..');

const project = {
  staticDir: 'company/static',
  fileExists: (file: string) => file === 'company/static/brand/logo.svg',
  guideSectionIds: (guide: string) => (guide === 'stalkerware' ? ['signs', 'options', 'limits'] : undefined),
};

const valid: Company = {name: 'Acme', shortName: {en: 'Acme', ar: 'أكمي'}, url: 'https://help.acme.test', locales: ['en', 'ar']};

/** The fields a company file with these changes is refused for. */
const fieldsOf = (changes: Record<string, unknown>) => companyIssues({...valid, ...changes}, project).map((issue) => issue.field);

describe('the company file', () => {
  it('is valid for our own site, which offers every locale and has no product notes', () => {
    expect(offeredLocales).toEqual(locales);
    expect(ours.productNotes ?? []).toEqual([]);
    expect(ours.escalation ?? []).toEqual([]);
  });

  it('is valid for the sample company the tests build', () => {
    const issues = companyIssues(sample, {
      staticDir: 'tests/fixtures/company/static',
      fileExists: (file) => fs.existsSync(path.join(root, file)),
      guideSectionIds: (guide) => (guide === 'stalkerware' ? ['limits'] : undefined),
    });
    expect(issues).toEqual([]);
  });

  it('accepts a minimal file', () => {
    expect(companyIssues(valid, project)).toEqual([]);
  });

  it.each([
    [{colors: {light: '#8fd3bd', dark: '#8fd3bd'}}, ['colors.light']],
    [{colors: {light: '#2f5d50', dark: '#2f5d50'}}, ['colors.dark']],
    [{colors: {light: 'purple', dark: '#ffffff'}}, ['colors.light']],
    [{locales: ['en', 'de']}, ['locales[1]']],
    [{locales: ['ar']}, ['locales']],
    [{url: 'http://help.acme.test'}, ['url']],
    [{shortName: {en: 'Acme'}}, ['shortName.ar']],
    [{logo: {src: 'brand/missing.svg', alt: 'Acme'}}, ['logo.src']],
    [{quickExit: {en: {destination: 'http://weather.test', neutralTitle: 'Weather'}}}, ['quickExit.en.destination']],
    [{productNotes: [{guide: 'stalkerware', section: 'nowhere', text: {en: 'x', ar: 'y'}, reviewed: '2026-12-01'}]}, ['productNotes[0].section']],
    [{productNotes: [{guide: 'no-such-guide', section: 'limits', text: {en: 'x', ar: 'y'}, reviewed: '2026-12-01'}]}, ['productNotes[0].guide']],
    [{productNotes: [{guide: 'stalkerware', section: 'limits', text: {en: 'x'}, reviewed: '2026-12-01'}]}, ['productNotes[0].text.ar']],
    [{productNotes: [{guide: 'stalkerware', section: 'limits', text: {en: 'x', ar: 'y'}, reviewed: '2026-02-31'}]}, ['productNotes[0].reviewed']],
    [{escalation: [{team: 'T&S', when: {en: 'Always'}, how: 'Tag it'}]}, ['escalation[0].when.ar']],
    [{colour: '#000000'}, ['(the file)']],
  ])('refuses %j, naming the field', (changes, fields) => {
    expect(fieldsOf(changes)).toEqual(fields);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('stops the build with the file and field when it is not valid', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'company-'));
    fs.writeFileSync(path.join(dir, 'company.ts'), `export default ${JSON.stringify({...valid, colors: {light: '#8fd3bd', dark: '#8fd3bd'}})};\n`);
    const run = spawnSync('npx', ['tsx', '-e', "require('./src/config/company')"], {cwd: root, env: {...process.env, COMPANY_DIR: dir}, encoding: 'utf8'});
    fs.rmSync(dir, {recursive: true});
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${path.relative(root, dir)}/company.ts › colors.light: must reach 4.5:1 against the light page background`);
  });

  it("is the only place the site's name comes from: no translation file overrides the top bar's title", () => {
    for (const locale of locales.filter((candidate) => candidate !== 'en')) {
      const navbar = JSON.parse(fs.readFileSync(path.join(root, 'i18n', locale, 'docusaurus-theme-classic', 'navbar.json'), 'utf8')) as Record<string, unknown>;
      expect(navbar, `i18n/${locale}/docusaurus-theme-classic/navbar.json`).not.toHaveProperty('title');
    }
  });
});
