import {describe, expect, it} from 'vitest';
import {checkContentFile, contentHash, internalLinkIssues, type CheckContext} from '../../src/content/articles';
import {formatIssue} from '../../src/content/issues';
import {placeholders} from '../../src/content/placeholders';

const frontMatterWithoutReadings = `---
title: Stalkerware and monitoring apps
description: Signs that an app may be watching your phone, and careful options.
slug: /stalkerware
last_reviewed: 2026-11-01
steps_checked: {how: help-pages, date: 2026-11-24}
help_kinds: [hotline, tech-safety]
---
`;

const goodBody = `
:::safety[Before you change anything]
Changes may be noticed. Save evidence first. Talk to an advocate.
:::

## Signs you might notice {#signs}

They know where you went.

## Your options {#options}

<Risk action="general-uninstall-app" /> Look at the apps.

## What this cannot do {#limits}

No app can promise you are safe.

## Get help {#get-help}

<GetHelp kinds={["hotline", "tech-safety"]} />

## Sources {#sources}

- [Apple](https://support.apple.com)
- [Google](https://support.google.com/accounts)
`;

/** The good article with a reading on record of exactly this text. */
const goodFrontMatter = frontMatterWithoutReadings.replace(
  'help_kinds: [hotline, tech-safety]\n',
  `help_kinds: [hotline, tech-safety]\nreadings: [{kind: second-reading, date: 2026-11-20, scope: whole, covered: "The whole guide, against its sources", hash: "${contentHash(frontMatterWithoutReadings + goodBody)}"}]\n`,
);

function check(text: string, overrides: Partial<CheckContext> = {}) {
  return checkContentFile({
    kind: 'article',
    file: 'docs/stalkerware.mdx',
    text,
    locale: 'en',
    organizationIds: new Set(['us-hotline']),
    organizationHosts: new Set(['thehotline.org']),
    riskActionIds: new Set(['general-uninstall-app']),
    today: new Date('2026-11-24T12:00:00Z'),
    ...overrides,
  }).issues.map(formatIssue);
}

describe('checking a survivor article', () => {
  it('passes a complete article', () => {
    expect(check(goodFrontMatter + goodBody)).toEqual([]);
  });

  it.each([
    [
      'bad YAML',
      goodFrontMatter.replace('title: Stalkerware and monitoring apps', 'title: Stalkerware: signs: and apps'),
      goodBody,
      'error: docs/stalkerware.mdx › front matter, line 2: is not valid YAML',
    ],
    [
      'a missing review date',
      goodFrontMatter.replace('last_reviewed: 2026-11-01\n', ''),
      goodBody,
      'error: docs/stalkerware.mdx › front matter › last_reviewed: must be a date written YYYY-MM-DD. Fix: write the date you last checked the article, as YYYY-MM-DD',
    ],
    [
      'a day the calendar does not have, which YAML would read as 3 March',
      goodFrontMatter.replace('last_reviewed: 2026-11-01', 'last_reviewed: 2026-02-31'),
      goodBody,
      'error: docs/stalkerware.mdx › front matter › last_reviewed: is not a real calendar date',
    ],
    [
      'the same day in quotes',
      goodFrontMatter.replace('last_reviewed: 2026-11-01', 'last_reviewed: "2026-02-31"'),
      goodBody,
      'error: docs/stalkerware.mdx › front matter › last_reviewed: is not a real calendar date',
    ],
    [
      'an unknown way of checking the steps',
      goodFrontMatter.replace('steps_checked: {how: help-pages, date: 2026-11-24}', 'steps_checked: {how: tested, date: 2026-11-24}'),
      goodBody,
      'error: docs/stalkerware.mdx › front matter › steps_checked.how: must be one of: help-pages, device',
    ],
    [
      'tags, which nothing would show',
      goodFrontMatter.replace('help_kinds: [hotline, tech-safety]', 'help_kinds: [hotline, tech-safety]\ntags: [phones]'),
      goodBody,
      'error: docs/stalkerware.mdx › front matter › tags: is not used: guides and agent pages have no tags; link related guides in the text instead',
    ],
    [
      'an unknown kind of help',
      goodFrontMatter.replace('help_kinds: [hotline, tech-safety]', 'help_kinds: [therapy]'),
      goodBody,
      'error: docs/stalkerware.mdx › front matter › help_kinds[0]',
    ],
    [
      'a review date past twelve months',
      goodFrontMatter.replace('last_reviewed: 2026-11-01', 'last_reviewed: 2025-06-01'),
      goodBody,
      "error: docs/stalkerware.mdx › front matter › last_reviewed: 2025-06-01 is 17 months ago, past the 12-month limit. Fix: review every step again against its source, then set today's date",
    ],
    [
      'a review date past six months',
      goodFrontMatter.replace('last_reviewed: 2026-11-01', 'last_reviewed: 2026-04-01'),
      goodBody,
      'warning: docs/stalkerware.mdx › front matter › last_reviewed: 2026-04-01 is 7 months ago; 6 months is when to look again',
    ],
    [
      'no safety callout first',
      goodFrontMatter,
      `Start by opening Settings.\n${goodBody}`,
      'error: docs/stalkerware.mdx › line 10: does not open with the safety callout. Fix: start the article with :::safety[Before you change anything] ... ::: before any other text',
    ],
    [
      'a missing section',
      goodFrontMatter,
      goodBody.replace('## What this cannot do {#limits}', '## Limits'),
      'error: docs/stalkerware.mdx › section #limits: is missing. Fix: add the heading ## What this cannot do {#limits} (translate the words, keep the {#limits} id)',
    ],
    [
      'sections out of order',
      goodFrontMatter,
      goodBody
        .replace('## Signs you might notice {#signs}', '## Your options {#options}')
        .replace('## Your options {#options}\n\n<Risk', '## Signs you might notice {#signs}\n\n<Risk'),
      'error: docs/stalkerware.mdx › line 15: section #options is out of order. Fix: keep the order #signs, #options, #limits, #get-help, #sources',
    ],
    [
      'no Get help block',
      goodFrontMatter,
      goodBody.replace('<GetHelp kinds={["hotline", "tech-safety"]} />', ''),
      'error: docs/stalkerware.mdx › section #get-help: has no Get help block',
    ],
    [
      'an unknown risk mark',
      goodFrontMatter,
      goodBody.replace('<Risk action="general-uninstall-app" />', '<Risk action="general-wish" />'),
      'error: docs/stalkerware.mdx › line 21: <Risk action="general-wish"> names an action that is not in src/data/who-gets-told. Fix: use an id from src/data/who-gets-told/*.yaml, or add the action there with its sources (CONTRIBUTING, "Who gets told?")',
    ],
    [
      'a risk mark without an action',
      goodFrontMatter,
      goodBody.replace('<Risk action="general-uninstall-app" />', '<Risk kind="alert" />'),
      'error: docs/stalkerware.mdx › line 21: <Risk kind="alert" /> names no action. Fix: write <Risk action="..." /> with the id of the action from src/data/who-gets-told/*.yaml, or add one there',
    ],
    [
      'an unknown organization id',
      goodFrontMatter,
      goodBody.replace('They know where you went.', 'Call <Org id="us-hotlien" />.'),
      'error: docs/stalkerware.mdx › line 17: <Org id="us-hotlien"> names an organization that is not in the directory. Fix: use an id from src/data/organizations/*.yaml, or add the organization there first',
    ],
    [
      'an http link',
      goodFrontMatter,
      goodBody.replace('https://support.apple.com', 'http://support.apple.com'),
      'error: docs/stalkerware.mdx › line 33: links to http://support.apple.com over plain http. Fix: use the https:// address (and check that it still works)',
    ],
  ])('reports %s with file, place and fix', (_case, frontMatter, body, expected) => {
    const issues = check(frontMatter + body);
    expect(
      issues.some((issue) => issue.startsWith(expected)),
      `got:\n${issues.join('\n')}`,
    ).toBe(true);
  });

  it.each([
    [
      'in the description',
      goodFrontMatter.replace('Signs that an app may be watching your phone, and careful options.', placeholders.description),
      goodBody,
      'line 3',
    ],
    ['in a step', goodFrontMatter, goodBody.replace('Look at the apps.', placeholders.step), 'line 21'],
    ['as a source', goodFrontMatter, goodBody.replace('https://support.google.com/accounts', placeholders.source), 'line 34'],
  ])('fails on sample text the scaffold wrote, left %s, in every locale', (_case, frontMatter, body, line) => {
    for (const locale of ['en', 'es', 'fr', 'ar']) {
      const file = locale === 'en' ? 'docs/stalkerware.mdx' : `i18n/${locale}/docusaurus-plugin-content-docs/current/stalkerware.mdx`;
      const issues = check(frontMatter + body, {locale, file});
      expect(
        issues.some(
          (issue) => issue.startsWith(`error: ${file} › ${line}: still has the scaffold's sample text`) && issue.includes('Fix: replace it with the real text'),
        ),
        `got:\n${issues.join('\n')}`,
      ).toBe(true);
    }
  });

  it('reads the structure from the parsed MDX, not from text that only looks like it', () => {
    // A heading in a code block is code, not a section.
    const inCode = check(
      goodFrontMatter +
        goodBody.replace('## What this cannot do {#limits}', '## Limits').replace('They know where you went.', '```\n## What this cannot do {#limits}\n```'),
    );
    expect(inCode.some((issue) => issue.startsWith('error: docs/stalkerware.mdx › section #limits: is missing'))).toBe(true);
    // A link in a table is a link.
    const inTable = check(
      goodFrontMatter + goodBody.replace('They know where you went.', '| Sign | More |\n| --- | --- |\n| A tracker | [Maker](http://maker.org) |'),
    );
    expect(inTable.some((issue) => issue.startsWith('error: docs/stalkerware.mdx › line 19: links to http://maker.org over plain http'))).toBe(true);
    // A risk mark the writer left open is not valid MDX: one issue at its line, not a silent pass.
    const unclosed = check(goodFrontMatter + goodBody.replace('<Risk action="general-uninstall-app" />', '<Risk action="general-uninstall-app">'));
    expect(
      unclosed.some((issue) => /^error: docs\/stalkerware\.mdx › line \d+: is not valid MDX \(.+\)\. Fix: close every <Tag>/.test(issue)),
      unclosed.join('\n'),
    ).toBe(true);
  });

  it('fails on a source at an example address, or not on the web over https', () => {
    const example = check(goodFrontMatter + goodBody.replace('https://support.google.com/accounts', 'https://www.example.com/help'));
    expect(example).toContain(
      'error: docs/stalkerware.mdx › line 34: links to https://www.example.com/help, an example or placeholder address. Fix: link the page you actually read, or leave the fact out',
    );
    const notWeb = check(goodFrontMatter + goodBody.replace('(https://support.google.com/accounts)', '(ftp://support.google.com/accounts)'));
    expect(notWeb).toContain(
      'error: docs/stalkerware.mdx › section #sources: lists ftp://support.google.com/accounts, which is not a web page over https. Fix: list the https:// address of each page you read',
    );
  });

  it('fails on Sources with fewer than two pages from the owners of what the guide describes', () => {
    const issues = check(goodFrontMatter + goodBody.replace('https://support.google.com/accounts', 'https://www.somebodys-blog.net/google'));
    expect(
      issues.some((issue) =>
        issue.startsWith(
          'error: docs/stalkerware.mdx › section #sources: lists 1 source from the owners of what the guide describes, fewer than 2. Fix: add the vendor',
        ),
      ),
    ).toBe(true);
    // A government page and an organization in the directory count as owners.
    const owners = goodBody
      .replace('https://support.google.com/accounts', 'https://www.ncsc.gov.uk/x')
      .replace('https://support.apple.com', 'https://www.thehotline.org/help');
    expect(check(goodFrontMatter + owners).filter((issue) => issue.includes('#sources'))).toEqual([]);
  });

  it('fails on a guide with no reading on record, suggesting the kind for its locale, and warns when it changed after the last', () => {
    expect(check(frontMatterWithoutReadings + goodBody)).toContain(
      `error: docs/stalkerware.mdx › front matter › readings: records no reading: nobody but its writer has read this text against its sources. Fix: have someone who did not write it read it (CONTRIBUTING, "Readings on record"), then add readings: [{kind: second-reading, date: YYYY-MM-DD, scope: whole, covered: "...", hash: "${contentHash(goodFrontMatter + goodBody)}"}]`,
    );
    const translated = check(frontMatterWithoutReadings + goodBody, {locale: 'fr', file: 'i18n/fr/x.mdx'});
    expect(translated.some((issue) => issue.includes('readings: [{kind: translation-review,'))).toBe(true);
    // An untranslated copy is the English text, waiting: it is reported as untranslated, not as unread.
    expect(check(frontMatterWithoutReadings.replace('---\n', '---\nuntranslated: true\n') + goodBody).join('\n')).not.toContain('readings');
    const changed = goodBody.replace('They know where you went.', 'They know where you go.');
    expect(check(goodFrontMatter + changed)).toEqual([
      `warning: docs/stalkerware.mdx › front matter › readings: has changed since its last reading (second-reading, 2026-11-20). Fix: have the changes read, then add a reading with scope: changes and hash: "${contentHash(goodFrontMatter + changed)}"`,
    ]);
  });

  it('refuses a reading that does not say what it was', () => {
    const issues = check(goodFrontMatter.replace('kind: second-reading', 'kind: proofread').replace('scope: whole, ', '') + goodBody);
    expect(issues).toContain(
      'error: docs/stalkerware.mdx › front matter › readings[0].kind: must be one of: second-reading, advocate-review, translation-review, device-check.',
    );
    expect(issues).toContain(
      'error: docs/stalkerware.mdx › front matter › readings[0].scope: must be whole (the whole text was read) or changes (only what changed).',
    );
  });

  it('measures the English reading grade', () => {
    const hard = goodBody.replace(
      'They know where you went.',
      'Comprehensive surveillance methodologies frequently incorporate sophisticated telecommunications infrastructure, necessitating considerable investigative expertise and organizational coordination.',
    );
    expect(check(goodFrontMatter + hard).join('\n')).toMatch(/text: reads at US school grade \d+\.\d, above 8/);
    expect(check(goodFrontMatter + hard, {locale: 'es', file: 'i18n/es/x.mdx'}).join('\n')).not.toMatch(/reads at/);
  });
});

describe('internal links', () => {
  const routes = new Map([
    ['/stalkerware', new Set(['signs', 'options'])],
    ['/get-help', new Set<string>()],
  ]);

  it('accepts links to pages and headings that exist', () => {
    const text = `${goodFrontMatter}See [options](/stalkerware#options) and [help](/get-help#es).`;
    expect(internalLinkIssues('docs/a.mdx', text, routes)).toEqual([]);
  });

  it('names a dead link and a dead anchor', () => {
    const text = `${goodFrontMatter}See [x](/stalkerwear) and [y](/stalkerware#limits).`;
    expect(internalLinkIssues('docs/a.mdx', text, routes).map(formatIssue)).toEqual([
      'error: docs/a.mdx › line 10: links to /stalkerwear, which is not a page of this site. Fix: check the slug (articles live at /stalkerware, /get-help, /agents/..., see the sidebar)',
      'error: docs/a.mdx › line 10: links to #limits on /stalkerware, which has no heading with that id. Fix: use one of #signs, #options',
    ]);
  });
});

describe('translation freshness', () => {
  it('changes the hash when the English text changes, not when only the date does', () => {
    const original = contentHash(goodFrontMatter + goodBody);
    expect(contentHash(goodFrontMatter.replace('2026-11-01', '2026-11-20') + goodBody)).toBe(original);
    expect(contentHash(goodFrontMatter + goodBody.replace('where you went', 'where you go'))).not.toBe(original);
  });
});
