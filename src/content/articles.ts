/**
 * Checks for Markdown content: front matter against the schema, review dates, readings, reading grade, sample text
 * left behind, and (on the parsed tree, ./structure.ts) the parts every survivor article must have, organization
 * and risk ids, and links. Pure functions over file text, so the build, `npm run check:content` and the tests report
 * the very same issues.
 */
import crypto from 'node:crypto';
import yaml from 'js-yaml';
import type * as z from 'zod';
import {agentPageFrontMatter, articleFrontMatter, updateFrontMatter, yamlSchema, type Reading} from './schema';
import {zodIssues, type ContentIssue} from './issues';
import {ageIssue} from './freshness';
import {readingGrade} from './readability';
import {placeholders} from './placeholders';
import {parseBody, structureIssues} from './structure';
import type {ContentKind} from './collections';

export {requiredSections} from './structure';

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
  /**
   * Whether to parse the body and check its structure here. The build says no: it checks the tree its MDX compiler
   * already parsed (src/plugins/content-rules/remark.ts), which spares a second parse of every file.
   */
  structure?: boolean;
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

  if (kind === 'article' && parsed.frontMatter.untranslated !== true) {
    issues.push(...readingIssues(file, text, context.locale, parsed.frontMatter.readings));
  }
  issues.push(...placeholderIssues(file, text));
  if (context.structure !== false) issues.push(...bodyStructureIssues(context, parsed));

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

/** The structure checks on the body's tree; a body that is not valid MDX is one issue, at its line. */
function bodyStructureIssues(context: CheckContext, parsed: ParsedFile): ContentIssue[] {
  const {file} = context;
  let body;
  try {
    body = parseBody(parsed.body);
  } catch (error) {
    const place = (error as {line?: number}).line;
    return [
      {
        severity: 'error',
        file,
        where: place ? `line ${parsed.bodyLine + place - 1}` : 'text',
        message: `is not valid MDX (${(error as {reason?: string}).reason ?? String(error)})`,
        fix: 'close every <Tag> or write it <Tag />, and write a literal { or < as \\{ or \\<',
      },
    ];
  }
  return structureIssues(body, {...context, bodyLine: parsed.bodyLine});
}

function fixForField(where: string): string | undefined {
  if (where.includes('last_reviewed')) return 'write the date you last checked the article, as YYYY-MM-DD';
  if (where.includes('steps_checked')) return 'say how the steps were checked and when, e.g. steps_checked: {how: help-pages, date: 2026-12-03}';
  if (where.includes('help_kinds')) return 'list the kinds of help the Get help block should show, e.g. help_kinds: [hotline, tech-safety]';
  if (where.includes('slug')) return 'use the stable English slug, e.g. slug: /stalkerware';
  return undefined;
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
