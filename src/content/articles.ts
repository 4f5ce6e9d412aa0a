/**
 * Checks for Markdown content: front matter against the schema, the parts every survivor article must have,
 * organization ids, links, review dates, reading grade, and translations. Pure functions over file text, so
 * the build, `npm run check:content` and the tests report the very same issues.
 */
import crypto from 'node:crypto';
import yaml from 'js-yaml';
import type * as z from 'zod';
import {agentPageFrontMatter, articleFrontMatter, updateFrontMatter, yamlSchema, type Reading} from './schema';
import {zodIssues, type ContentIssue} from './issues';
import {ageIssue} from './freshness';
import {readingGrade} from './readability';
import {placeholders} from './placeholders';
import {isExampleAddress, isOwnerSource} from './sources';
import type {ContentKind} from './collections';

/** The parts of a survivor article, by heading id, in the order they must appear. */
export const requiredSections = [
  {id: 'signs', heading: '## Signs you might notice {#signs}'},
  {id: 'options', heading: '## Your options {#options}'},
  {id: 'limits', heading: '## What this cannot do {#limits}'},
  {id: 'get-help', heading: '## Get help {#get-help}'},
  {id: 'sources', heading: '## Sources {#sources}'},
] as const;

const readingGradeMax = 8;

const schemas: Record<ContentKind, z.ZodType> = {
  article: articleFrontMatter,
  agent: agentPageFrontMatter,
  update: updateFrontMatter,
};

type ParsedFile = {
  frontMatter: Record<string, unknown>;
  body: string;
  /** The line number (1-based) in the file where the body starts. */
  bodyLine: number;
};

export function splitFrontMatter(file: string, text: string): {parsed?: ParsedFile; issues: ContentIssue[]} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    return {
      issues: [{severity: 'error', file, where: 'line 1', message: 'has no front matter', fix: 'start the file with a --- block (see CONTRIBUTING.md)'}],
    };
  }
  try {
    const data = yaml.load(match[1]!, {schema: yamlSchema}) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {issues: [{severity: 'error', file, where: 'front matter', message: 'is not a list of key: value lines'}]};
    }
    return {
      parsed: {frontMatter: data as Record<string, unknown>, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length},
      issues: [],
    };
  } catch (error) {
    const mark = (error as yaml.YAMLException).mark;
    return {
      issues: [
        {
          severity: 'error',
          file,
          where: mark ? `front matter, line ${mark.line + 2}` : 'front matter',
          message: `is not valid YAML (${(error as yaml.YAMLException).reason ?? String(error)})`,
          fix: 'a value with a colon in it needs quotes: description: "Start here: ..."',
        },
      ],
    };
  }
}

/** The hash a translation records as `source_hash`: it changes whenever the English text does. */
export function contentHash(text: string): string {
  const parsed = splitFrontMatter('', text).parsed;
  const basis = parsed ? JSON.stringify([parsed.frontMatter.title ?? '', parsed.frontMatter.description ?? '', parsed.body.trim()]) : text;
  return crypto.createHash('sha256').update(basis).digest('hex').slice(0, 12);
}

function lineOf(parsed: ParsedFile, index: number): string {
  return `line ${parsed.bodyLine + parsed.body.slice(0, index).split('\n').length - 1}`;
}

/** Markdown without code, front matter, JSX tags, link targets, heading ids and admonition fences: the prose. */
export function prose(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^:::.*$/gm, ' ')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export type CheckContext = {
  kind: ContentKind;
  file: string;
  text: string;
  /** `en` for the source, or the translation's locale. */
  locale: string;
  organizationIds: ReadonlySet<string>;
  /** The ids in the "Who gets told?" dataset (src/data/who-gets-told): every `<Risk>` names one. */
  riskActionIds: ReadonlySet<string>;
  /** The hosts of the directory's organizations: a guide's sources there are the organization's own pages. */
  organizationHosts: ReadonlySet<string>;
  today: Date;
};

/** What the collection's schema says of a file's front matter, each issue placed `front matter › field`. */
export function frontMatterIssues(kind: ContentKind, file: string, frontMatter: Record<string, unknown>): ContentIssue[] {
  const result = schemas[kind].safeParse(frontMatter);
  if (result.success) return [];
  return zodIssues(file, result.error).map((issue) => ({
    ...issue,
    where: issue.where ? `front matter › ${issue.where}` : 'front matter',
    fix: issue.fix ?? fixForField(issue.where),
  }));
}

export function checkContentFile(context: CheckContext): {issues: ContentIssue[]; frontMatter?: Record<string, unknown>} {
  const {file, text, kind} = context;
  const {parsed, issues} = splitFrontMatter(file, text);
  if (!parsed) return {issues};

  issues.push(...frontMatterIssues(kind, file, parsed.frontMatter));

  const dateField = kind === 'update' ? undefined : 'last_reviewed';
  const date = dateField ? parsed.frontMatter[dateField] : undefined;
  const isoDate = typeof date === 'string' ? date : undefined;
  if (dateField && isoDate && /^\d{4}-\d{2}-\d{2}$/.test(isoDate)) {
    const age = ageIssue(file, `front matter › ${dateField}`, isoDate, context.today, 'review every step');
    if (age) issues.push(age);
  }

  if (kind === 'article') {
    issues.push(...articleStructureIssues(file, parsed));
    issues.push(...ownerSourceIssues(file, parsed, context.organizationHosts));
    if (parsed.frontMatter.untranslated !== true) issues.push(...readingIssues(file, text, context.locale, parsed.frontMatter.readings));
  }
  issues.push(...placeholderIssues(file, text));
  issues.push(...organizationIdIssues(file, parsed, context.organizationIds));
  issues.push(...riskIssues(file, parsed, context.riskActionIds));
  issues.push(...linkIssues(file, parsed));

  if (kind === 'article' && context.locale === 'en') {
    const grade = readingGrade(prose(parsed.body));
    if (grade > readingGradeMax) {
      issues.push({
        severity: 'error',
        file,
        where: 'text',
        message: `reads at US school grade ${grade.toFixed(1)}, above ${readingGradeMax}`,
        fix: 'use shorter sentences and everyday words',
      });
    }
  }
  return {issues, frontMatter: parsed.frontMatter};
}

function fixForField(where: string): string | undefined {
  if (where.includes('last_reviewed')) return 'write the date you last checked the article, as YYYY-MM-DD';
  if (where.includes('steps_checked')) return 'say how the steps were checked and when, e.g. steps_checked: {how: help-pages, date: 2026-12-03}';
  if (where.includes('help_kinds')) return 'list the kinds of help the Get help block should show, e.g. help_kinds: [hotline, tech-safety]';
  if (where.includes('slug')) return 'use the stable English slug, e.g. slug: /stalkerware';
  return undefined;
}

function articleStructureIssues(file: string, parsed: ParsedFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const body = parsed.body;
  const firstBlock = body.trimStart();
  if (!firstBlock.startsWith(':::safety')) {
    issues.push({
      severity: 'error',
      file,
      where: lineOf(parsed, body.length - firstBlock.length),
      message: 'does not open with the safety callout',
      fix: 'start the article with :::safety[Before you change anything] ... ::: before any other text',
    });
  }
  let previous = -1;
  for (const section of requiredSections) {
    const match = new RegExp(`^##\\s+.+\\{#${section.id}\\}\\s*$`, 'm').exec(body);
    if (!match) {
      issues.push({
        severity: 'error',
        file,
        where: `section #${section.id}`,
        message: 'is missing',
        fix: `add the heading ${section.heading} (translate the words, keep the {#${section.id}} id)`,
      });
      continue;
    }
    if (match.index < previous) {
      issues.push({
        severity: 'error',
        file,
        where: lineOf(parsed, match.index),
        message: `section #${section.id} is out of order`,
        fix: `keep the order ${requiredSections.map((s) => `#${s.id}`).join(', ')}`,
      });
    }
    previous = match.index;
  }
  const getHelpHeading = /^##\s+.+\{#get-help\}\s*$/m.exec(body);
  const block = /<GetHelp\b[^>]*kinds=\{\[([^\]]*)\]\}[^>]*\/>/.exec(body);
  if (!block) {
    issues.push({
      severity: 'error',
      file,
      where: 'section #get-help',
      message: 'has no Get help block',
      fix: 'add <GetHelp kinds={["hotline", "tech-safety"]} /> under the Get help heading',
    });
  } else if (getHelpHeading && block.index < getHelpHeading.index) {
    issues.push({severity: 'error', file, where: lineOf(parsed, block.index), message: 'the Get help block comes before its heading'});
  }
  return issues;
}

/** Each risk mark reads its marks and its "what we know" from the dataset, the same on every page and locale. */
function riskIssues(file: string, parsed: ParsedFile, ids: ReadonlySet<string>): ContentIssue[] {
  return [...parsed.body.matchAll(/<Risk\b[^>]*\/>/g)].flatMap((risk) => {
    const id = /\baction="([^"]*)"/.exec(risk[0])?.[1];
    if (id && ids.has(id)) return [];
    return [
      {
        severity: 'error' as const,
        file,
        where: lineOf(parsed, risk.index),
        message: id ? `<Risk action="${id}"> names an action that is not in src/data/who-gets-told` : `${risk[0]} names no action`,
        fix: id
          ? 'use an id from src/data/who-gets-told/*.yaml, or add the action there with its sources (CONTRIBUTING, "Who gets told?")'
          : 'write <Risk action="..." /> with the id of the action from src/data/who-gets-told/*.yaml, or add one there',
      },
    ];
  });
}

function organizationIdIssues(file: string, parsed: ParsedFile, ids: ReadonlySet<string>): ContentIssue[] {
  return [...parsed.body.matchAll(/<Org\b[^>]*\bid="([^"]*)"[^>]*\/>/g)]
    .filter((match) => !ids.has(match[1]!))
    .map((match) => ({
      severity: 'error' as const,
      file,
      where: lineOf(parsed, match.index),
      message: `<Org id="${match[1]}"> names an organization that is not in the directory`,
      fix: 'use an id from src/data/organizations/*.yaml, or add the organization there first',
    }));
}

function linkIssues(file: string, parsed: ParsedFile): ContentIssue[] {
  return [...parsed.body.matchAll(/\]\(([a-z][a-z0-9+.-]*:[^)\s]*)/gi)].flatMap((match): ContentIssue[] => {
    const url = match[1]!;
    const where = lineOf(parsed, match.index);
    if (isExampleAddress(url)) {
      return [
        {
          severity: 'error',
          file,
          where,
          message: `links to ${url}, an example or placeholder address`,
          fix: 'link the page you actually read, or leave the fact out',
        },
      ];
    }
    if (/^http:/i.test(url)) {
      return [{severity: 'error', file, where, message: `links to ${url} over plain http`, fix: 'use the https:// address (and check that it still works)'}];
    }
    return [];
  });
}

/** Sample text a scaffold wrote (src/content/placeholders.ts) and nobody replaced, in any locale. */
function placeholderIssues(file: string, text: string): ContentIssue[] {
  return Object.values(placeholders).flatMap((sample) => {
    const index = text.indexOf(sample);
    if (index < 0) return [];
    const line = text.slice(0, index).split('\n').length;
    return [
      {
        severity: 'error' as const,
        file,
        where: `line ${line}`,
        message: `still has the scaffold's sample text "${sample}"`,
        fix: 'replace it with the real text (in a translation: translate the finished English), or delete it',
      },
    ];
  });
}

/** The links listed under a guide's Sources heading. */
function sourceLinks(body: string): string[] {
  const section = /^##\s+.+\{#sources\}\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(body)?.[1] ?? '';
  return [...section.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

const minimumOwnerSources = 2;

/**
 * A guide's Sources must list web pages over https, and at least two from the owners of what it describes: vendors,
 * the organizations themselves, governments (src/content/sources.ts).
 */
function ownerSourceIssues(file: string, parsed: ParsedFile, organizationHosts: ReadonlySet<string>): ContentIssue[] {
  const links = sourceLinks(parsed.body);
  const issues: ContentIssue[] = links
    .filter((url) => !/^https:\/\//.test(url) && !/^http:/i.test(url))
    .map((url) => ({
      severity: 'error',
      file,
      where: 'section #sources',
      message: `lists ${url}, which is not a web page over https`,
      fix: 'list the https:// address of each page you read',
    }));
  const owners = new Set(links.filter((url) => isOwnerSource(url, organizationHosts)));
  if (owners.size < minimumOwnerSources) {
    issues.push({
      severity: 'error',
      file,
      where: 'section #sources',
      message: `lists ${owners.size} source${owners.size === 1 ? '' : 's'} from the owners of what the guide describes, fewer than ${minimumOwnerSources}`,
      fix: "add the vendor's own help pages, the organization's own site or a government page you read; if a vendor's domain is missing from src/content/sources.ts, add it there",
    });
  }
  return issues;
}

/**
 * Readings on record: a guide (in each locale) needs at least one, and the checker warns when its text changed after
 * the last one, comparing the hash the reading recorded with the text's hash now.
 */
function readingIssues(file: string, text: string, locale: string, value: unknown): ContentIssue[] {
  const hash = contentHash(text);
  const kind = locale === 'en' ? 'second-reading' : 'translation-review';
  const readings = Array.isArray(value) ? (value as Reading[]) : [];
  if (readings.length === 0) {
    return [
      {
        severity: 'error',
        file,
        where: 'front matter › readings',
        message: 'records no reading: nobody but its writer has read this text against its sources',
        fix: `have someone who did not write it read it (CONTRIBUTING, "Readings on record"), then add readings: [{kind: ${kind}, date: YYYY-MM-DD, scope: whole, covered: "...", hash: "${hash}"}]`,
      },
    ];
  }
  const latest = latestReading(readings);
  if (latest.hash === hash) return [];
  return [
    {
      severity: 'warning',
      file,
      where: 'front matter › readings',
      message: `has changed since its last reading (${latest.kind}, ${String(latest.date)})`,
      fix: `have the changes read, then add a reading with scope: changes and hash: "${hash}"`,
    },
  ];
}

/** The most recent reading; of two on one day, the later in the list. */
export function latestReading(readings: readonly Reading[]): Reading {
  return readings.reduce((latest, reading) => (String(reading.date) >= String(latest.date) ? reading : latest));
}

/** Internal links (`](/stalkerware#options)`) that point to no known page or heading id. */
export function internalLinkIssues(file: string, text: string, routes: ReadonlyMap<string, ReadonlySet<string>>): ContentIssue[] {
  const parsed = splitFrontMatter(file, text).parsed;
  if (!parsed) return [];
  const issues: ContentIssue[] = [];
  for (const match of parsed.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
    const [route, anchor] = match[1]!.split('#') as [string, string | undefined];
    const normalized = route.length > 1 ? route.replace(/\/$/, '') : route;
    const anchors = routes.get(normalized);
    if (!anchors) {
      issues.push({
        severity: 'error',
        file,
        where: lineOf(parsed, match.index),
        message: `links to ${match[1]}, which is not a page of this site`,
        fix: 'check the slug (articles live at /stalkerware, /get-help, /agents/..., see the sidebar)',
      });
    } else if (anchor && anchors.size > 0 && !anchors.has(anchor)) {
      issues.push({
        severity: 'error',
        file,
        where: lineOf(parsed, match.index),
        message: `links to #${anchor} on ${normalized}, which has no heading with that id`,
        fix: `use one of ${[...anchors].map((id) => `#${id}`).join(', ')}`,
      });
    }
  }
  return issues;
}
