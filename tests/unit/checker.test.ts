// The writers' checker and the build, fed a small site with broken inputs: both name file, place and fix.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import contentRulesPlugin from '../../src/plugins/content-rules';
import {contentHash} from '../../src/content/articles';

const article = `---
title: Stalkerware and monitoring apps
description: Signs that an app may be watching your phone, and careful options.
slug: /stalkerware
last_reviewed: 2026-11-01
tested_on: [iOS 18]
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
`;

const organizations = `country: international
name: {en: International, es: Internacional, fr: International, ar: دولي}
organizations:
  - id: hot-peach-pages
    name: Hot Peach Pages
    kinds: [directory]
    website: https://www.hotpeachpages.net
    hours: {en: Online, es: En línea, fr: En ligne, ar: على الإنترنت}
    languages: [en]
    description: {en: A list., es: Una lista., fr: Une liste., ar: قائمة.}
    sources: [https://www.hotpeachpages.net]
    last_verified: 2026-11-01
`;

let site: string;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
  fs.writeFileSync(path.join(site, file), text);
}

function translation(locale: string, text = article) {
  return text.replace('---\n', `---\nsource_hash: ${contentHash(article)}\n`).replace('title: Stalkerware', `title: ${locale} Stalkerware`);
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
  write('docs/stalkerware.mdx', article);
  write('src/data/organizations/international.yaml', organizations);
  for (const locale of ['es', 'fr', 'ar']) write(`i18n/${locale}/docusaurus-plugin-content-docs/current/stalkerware.mdx`, translation(locale));
});

afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

describe('npm run check:content', () => {
  it('passes a complete site and prints the summary table', () => {
    const {code, output} = runChecker();
    expect(output).toContain('Checked 4 files: 0 errors, 0 warnings.');
    expect(output).toMatch(/es\s+1\s+0\s+0\s+0/);
    expect(code).toBe(0);
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
    expect(output).toMatch(/warning: i18n\/es\/docusaurus-plugin-content-docs\/current\/stalkerware\.mdx › front matter › source_hash: is [0-9a-f]{12}, but docs\/stalkerware\.mdx has changed since/);
  });

  it('gives tools the whole report with --json', () => {
    write('src/data/organizations/international.yaml', organizations.replace('last_verified: 2026-11-01', 'last_verified: 2025-01-01'));
    const {code, output} = runChecker('--json');
    const report = JSON.parse(output) as {errors: number; issues: {file: string; where: string}[]};
    expect(code).toBe(1);
    expect(report.errors).toBe(1);
    expect(report.issues[0]).toMatchObject({file: 'src/data/organizations/international.yaml', where: 'organizations[0].last_verified (id hot-peach-pages)'});
  });
});

describe('the build', () => {
  const context = (locale: string) => ({siteDir: site, i18n: {currentLocale: locale, defaultLocale: 'en'}, baseUrl: '/'}) as unknown as LoadContext;

  it('stops on the same errors as the checker, naming the file and what to fix', async () => {
    write('docs/stalkerware.mdx', article.replace(':::safety[Before you change anything]', ':::note'));
    await expect(contentRulesPlugin(context('en')).loadContent!()).rejects.toThrow(
      'error: docs/stalkerware.mdx › line 10: does not open with the safety callout. Fix: start the article with :::safety[Before you change anything]',
    );
  });

  it('stops on an unknown organization id', async () => {
    write('docs/stalkerware.mdx', article.replace('They know where you go.', 'Call <Org id="no-such-org" />.'));
    await expect(contentRulesPlugin(context('es')).loadContent!()).rejects.toThrow('<Org id="no-such-org"> names an organization that is not in the directory');
  });

  it('stops on a dead internal link', async () => {
    write('docs/stalkerware.mdx', article.replace('They know where you go.', 'See [the plan](/safety-plan).'));
    await expect(contentRulesPlugin(context('en')).loadContent!()).rejects.toThrow('links to /safety-plan, which is not a page of this site');
  });
});
