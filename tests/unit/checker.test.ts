// The writers' checker and the build, fed a small site with broken inputs: both name file, place and fix.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import contentRulesPlugin from '../../src/plugins/content-rules';
import {contentHash} from '../../src/content/articles';
import {regionOrder} from '../../src/config/regions';
import {compileAsTheBuild} from './support/compile-as-build';

const article = `---
title: Stalkerware and monitoring apps
description: Signs that an app may be watching your phone, and careful options.
slug: /stalkerware
last_reviewed: 2026-11-01
steps_checked: {how: help-pages, date: 2026-11-24}
help_kinds: [hotline]
---

:::safety[Before you change anything]
Changes may be noticed. Save evidence first. Talk to an advocate.
:::

## Signs you might notice {#signs}

They know where you go.

## Your options {#options}

You can talk to someone.

## What this cannot do {#limits}

No app can promise you are safe.

## Get help {#get-help}

<GetHelp kinds={["hotline"]} />

## Sources {#sources}

- [Apple](https://support.apple.com)
- [Google](https://support.google.com/accounts)
`;

/** A page with a reading on record of exactly its text. */
function withReading(text: string, kind = 'second-reading'): string {
  return text.replace(
    'help_kinds: [hotline]\n',
    `help_kinds: [hotline]\nreadings: [{kind: ${kind}, date: 2026-11-20, scope: whole, covered: "The whole text, against its sources", hash: "${contentHash(text)}"}]\n`,
  );
}

const organizations = `country: international
name: {en: International, es: Internacional, fr: International, ar: دولي}
organizations:
  - id: hot-peach-pages
    name: {official: Hot Peach Pages}
    kinds: [directory]
    website: https://www.hotpeachpages.net
    hours: {en: Online, es: En línea, fr: En ligne, ar: على الإنترنت}
    languages: [en]
    description: {en: A list., es: Una lista., fr: Une liste., ar: قائمة.}
    sources: [{url: https://www.hotpeachpages.net, kind: own}]
    checked: {how: read, date: 2026-11-01}
`;

/** A small valid file for a country the locales list first (countriesFirst in src/config/languages.ts), which must have one. */
function countryYaml(code: string): string {
  return `country: ${code}
name: {en: ${code}, es: ${code}, fr: ${code}, ar: ${code}}
emergency:
  number: "112"
  sources: [{url: https://fixture-org.net/${code.toLowerCase()}, kind: government}]
  checked: {how: read, date: 2026-11-01}
organizations:
  - id: ${code.toLowerCase()}-line
    name: {official: ${code} line}
    kinds: [hotline]
    website: https://fixture-org.net
    hours: {en: Any time, es: A toda hora, fr: À toute heure, ar: في أي وقت}
    languages: [en, es, fr, ar]
    description: {en: A line., es: Una línea., fr: Une ligne., ar: خط.}
    sources: [{url: https://fixture-org.net/about, kind: own}]
    checked: {how: read, date: 2026-11-01}
`;
}

const regionCountries = [...new Set(Object.values(regionOrder).flatMap((picks) => picks.map((pick) => pick.country)))];

let site: string;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
  fs.writeFileSync(path.join(site, file), text);
}

function translation(locale: string, text = article) {
  const translated = text.replace('---\n', `---\nsource_hash: ${contentHash(article)}\n`).replace('title: Stalkerware', `title: ${locale} Stalkerware`);
  return withReading(translated, 'translation-review');
}

function runChecker(...args: string[]): {code: number; output: string} {
  try {
    const output = execFileSync('npx', ['tsx', path.resolve(__dirname, '../../scripts/check-content.ts'), '--root', site, ...args], {
      encoding: 'utf8',
      env: {...process.env, CONTENT_TODAY: '2026-11-24'},
    });
    return {code: 0, output};
  } catch (error) {
    const failure = error as {status: number; stdout: string};
    return {code: failure.status, output: failure.stdout};
  }
}

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'help-center-site-'));
  write('docs/stalkerware.mdx', withReading(article));
  write('src/data/organizations/international.yaml', organizations);
  for (const code of regionCountries) write(`src/data/organizations/${code.toLowerCase()}.yaml`, countryYaml(code));
  for (const locale of ['es', 'fr', 'ar']) write(`i18n/${locale}/docusaurus-plugin-content-docs/current/stalkerware.mdx`, translation(locale));
});

afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

describe('npm run check:content', () => {
  it('passes a complete site and prints the summary table', () => {
    const {code, output} = runChecker();
    expect(output).toContain('Checked 4 files: 0 errors, 0 warnings.');
    expect(output).toMatch(/es\s+1\s+0\s+0\s+0/);
    expect(output).toMatch(/stalkerware\s+2026-11-20 second-reading\s+2026-11-20 translation-review\s+/);
    expect(code).toBe(0);
  });

  it("lists each guide's last reading per locale, and warns when the text changed after it", () => {
    write('docs/stalkerware.mdx', withReading(article).replace('They know where you go.', 'They know where you went.'));
    const {code, output} = runChecker();
    expect(output).toMatch(/stalkerware\s+2026-11-20 second-reading changed\s+/);
    expect(output).toMatch(
      /warning: docs\/stalkerware\.mdx › front matter › readings: has changed since its last reading \(second-reading, 2026-11-20\)\. Fix: have the changes read, then add a reading with scope: changes and hash: "[0-9a-f]{12}"/,
    );
    expect(code).toBe(0);
  });

  it("fails on a guide missing from the sidebar, the short links, or (for a topic) the home page's signs", () => {
    write('src/config/shortLinks.ts', "export const shortLinks = {sw: '/other'} as const;\n");
    write('src/config/homeSigns.ts', "export const homeSigns = [{id: 'phone', to: '/other#signs'}] as const;\n");
    write(
      'src/config/guides.ts',
      "export const firstGuides = [];\nexport const topicGuides = ['stalkerware'];\nexport const homeGuides = [];\nexport const toolGuides = [];\n",
    );
    const {code, output} = runChecker();
    expect(code).toBe(1);
    expect(output).toContain(
      "error: docs/stalkerware.mdx › src/config/shortLinks.ts: /stalkerware has no short link. Fix: add a new code for '/stalkerware' to src/config/shortLinks.ts (never reuse an old one)",
    );
    expect(output).toContain(
      "error: docs/stalkerware.mdx › src/config/homeSigns.ts: /stalkerware is a topic guide with no sign on the home page. Fix: add a sign leading to '/stalkerware' to src/config/homeSigns.ts",
    );
    write(
      'src/config/guides.ts',
      'export const firstGuides = [];\nexport const topicGuides = [];\nexport const homeGuides = [];\nexport const toolGuides = [];\n',
    );
    const moved = runChecker();
    expect(moved.output).toContain(
      "error: docs/stalkerware.mdx › src/config/guides.ts: 'stalkerware' is in no list of the survivor sidebar. Fix: add 'stalkerware' to topicGuides (or firstGuides, homeGuides, toolGuides) in src/config/guides.ts",
    );
    expect(moved.output).not.toContain('homeSigns');
  });

  it('fails on an error, listing each with file, place and fix, and keeps every file as it was', () => {
    const broken = article.replace('## What this cannot do {#limits}', '## Limits').replace('(https://support', '(http://support');
    write('docs/stalkerware.mdx', broken);
    const {code, output} = runChecker();
    expect(code).toBe(1);
    expect(output).toContain('error: docs/stalkerware.mdx › section #limits: is missing. Fix: add the heading ## What this cannot do {#limits}');
    expect(output).toContain('error: docs/stalkerware.mdx › line 32: links to http://support.apple.com over plain http.');
    expect(fs.readFileSync(path.join(site, 'docs/stalkerware.mdx'), 'utf8')).toBe(broken);
  });

  it('reports a translation that is missing as an error, and one older than its English source as a warning', () => {
    fs.rmSync(path.join(site, 'i18n/ar'), {recursive: true});
    write('docs/stalkerware.mdx', article.replace('They know where you go.', 'They know where you went.'));
    const {code, output} = runChecker();
    expect(code).toBe(1);
    expect(output).toContain('error: i18n/ar/docusaurus-plugin-content-docs/current/stalkerware.mdx: is missing: docs/stalkerware.mdx has no ar translation.');
    expect(output).toMatch(
      /warning: i18n\/es\/docusaurus-plugin-content-docs\/current\/stalkerware\.mdx › front matter › source_hash: is [0-9a-f]{12}, but docs\/stalkerware\.mdx has changed since/,
    );
  });

  it('gives tools the whole report with --json', () => {
    write('src/data/organizations/international.yaml', organizations.replace('date: 2026-11-01', 'date: 2025-01-01'));
    const {code, output} = runChecker('--json');
    const report = JSON.parse(output) as {errors: number; issues: {file: string; where: string}[]};
    expect(code).toBe(1);
    expect(report.errors).toBe(1);
    expect(report.issues[0]).toMatchObject({file: 'src/data/organizations/international.yaml', where: 'organizations[0].checked.date (id hot-peach-pages)'});
  });

  describe('the organizations directory', () => {
    it('fails on a country a locale lists first that has no file, naming the list and the file to add', () => {
      fs.rmSync(path.join(site, 'src/data/organizations/jo.yaml'));
      const {code, output} = runChecker();
      expect(code).toBe(1);
      expect(output).toContain(
        'error: src/config/languages.ts › countriesFirst.ar[5] (JO): lists JO, but src/data/organizations/jo.yaml does not exist, so ar readers would not see it. Fix: add src/data/organizations/jo.yaml with sourced entries, or remove JO from countriesFirst.ar',
      );
    });

    it('fails on an organization source without a kind', () => {
      write('src/data/organizations/international.yaml', organizations.replace(', kind: own', ''));
      const {code, output} = runChecker();
      expect(code).toBe(1);
      expect(output).toContain(
        'error: src/data/organizations/international.yaml › organizations[0].sources[0].kind (id hot-peach-pages): is required: the kind of page this is',
      );
    });

    it('fails on an emergency number without a source kind', () => {
      write('src/data/organizations/es.yaml', countryYaml('ES').replace(', kind: government', ''));
      const {code, output} = runChecker();
      expect(code).toBe(1);
      expect(output).toContain('error: src/data/organizations/es.yaml › emergency.sources[0].kind: is required: the kind of page this is');
    });

    it('fails on an entry whose only sources are of a kind the page does not name', () => {
      write('src/data/organizations/international.yaml', organizations.replace('kind: own', 'kind: other'));
      const {code, output} = runChecker();
      expect(code).toBe(1);
      expect(output).toContain(
        'error: src/data/organizations/international.yaml › organizations[0].sources (id hot-peach-pages): rests only on sources of kind other',
      );
    });
  });
});

describe('the build', () => {
  const context = (locale: string) => ({siteDir: site, i18n: {currentLocale: locale, defaultLocale: 'en'}, baseUrl: '/'}) as unknown as LoadContext;

  it('stops, as it compiles a file, on the same structure errors as the checker, naming the file and what to fix', async () => {
    write('docs/stalkerware.mdx', withReading(article.replace(':::safety[Before you change anything]', ':::note')));
    const expected =
      'error: docs/stalkerware.mdx › line 11: does not open with the safety callout. Fix: start the article with :::safety[Before you change anything]';
    expect((await compileAsTheBuild(site, 'docs/stalkerware.mdx'))?.message).toContain(expected);
    expect(runChecker().output).toContain(expected);
    // The plugin's own pass leaves structure to the compile: it does not parse every file a second time.
    await expect(contentRulesPlugin(context('en')).loadContent!()).resolves.toBeDefined();
  });

  it('stops on an unknown organization id, in a translation too', async () => {
    const file = 'i18n/es/docusaurus-plugin-content-docs/current/stalkerware.mdx';
    write(file, translation('es', article.replace('They know where you go.', 'Call <Org id="no-such-org" />.')));
    expect((await compileAsTheBuild(site, file))?.message).toContain(
      `error: ${file} › line 18: <Org id="no-such-org"> names an organization that is not in the directory`,
    );
  });

  it('stops on a dead internal link', async () => {
    write('docs/stalkerware.mdx', article.replace('They know where you go.', 'See [the plan](/safety-plan).'));
    await expect(contentRulesPlugin(context('en')).loadContent!()).rejects.toThrow('links to /safety-plan, which is not a page of this site');
  });
});
