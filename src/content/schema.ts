/**
 * The content rules, in one place. The build (src/plugins/content-rules), the writers' checker
 * (scripts/check-content.ts) and the tests all validate articles, organizations and update notes with these
 * schemas, so a rule changed here changes everywhere at once.
 */
import yaml from 'js-yaml';
import * as z from 'zod';
import {locales} from '../config/locales';
import {isCalendarDate} from './format';

/** Kinds of help an organization gives and an article refers its readers to. */
export const helpKinds = ['emergency', 'hotline', 'tech-safety', 'legal', 'shelter', 'directory'] as const;
export type HelpKind = (typeof helpKinds)[number];

/** How old a review or a verification may get before the checker warns, then fails. */
export const freshness = {warnAfterMonths: 6, failAfterMonths: 12} as const;

/**
 * A date as the writer typed it, `YYYY-MM-DD`. The site's loaders keep YAML dates as text (see `yamlSchema`); a
 * Date from elsewhere becomes the same text.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({error: 'must be a date written YYYY-MM-DD'})
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isCalendarDate, 'is not a real calendar date'),
);

/**
 * How the content loaders read YAML: without YAML's own date type, which turns `2026-02-31` into 3 March without a
 * word, so a mistyped date would pass as another one. Dates stay text, and `isoDate` checks them.
 */
export const yamlSchema = yaml.CORE_SCHEMA;

const httpsUrl = z
  .string({error: 'must be a web address'})
  .url('must be a full web address')
  .refine((value) => value.startsWith('https://'), 'must start with https:// (http links are refused)');

const slug = z
  .string({error: 'must be a slug such as /stalkerware'})
  .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/, 'must look like /stalkerware: lowercase English words joined by -');

// Guides and agent pages are found through the sidebar and search, and their footer, where the theme would list
// tags, is left out of the bundle (src/theme/DocItem/Footer).
const noDocTags = z
  .never({error: 'is not used: guides and agent pages have no tags; link related guides in the text instead'})
  .optional();

/** Front matter of a survivor article (docs/). Docusaurus's own keys (sidebar_position, ...) pass through. */
export const articleFrontMatter = z.looseObject({
  title: z.string({error: 'is required: a calm, descriptive title'}).min(3).max(70, 'is longer than 70 characters'),
  description: z
    .string({error: 'is required: one plain sentence for search results and shared links'})
    .min(20, 'is shorter than 20 characters')
    .max(200, 'is longer than 200 characters'),
  slug,
  last_reviewed: isoDate,
  tested_on: z
    .array(z.string().min(2), {error: 'is required: the OS and app versions the steps were checked on'})
    .min(1, 'must name at least one OS or app version'),
  help_kinds: z
    .array(z.enum(helpKinds), {error: `is required: a list of ${helpKinds.join(', ')}`})
    .min(1, 'must name at least one kind of help'),
  /** In a translation: the English source's content hash it was translated from (see scripts/content). */
  source_hash: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by the checker').optional(),
  tags: noDocTags,
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>;

/** Front matter of an agent-hub page (agents/). */
export const agentPageFrontMatter = z.looseObject({
  title: z.string({error: 'is required'}).min(3).max(80),
  description: z.string({error: 'is required'}).min(20).max(220),
  slug: slug.optional(),
  last_reviewed: isoDate,
  source_hash: z.string().regex(/^[0-9a-f]{12}$/).optional(),
  tags: noDocTags,
});

/** Front matter of an update note (updates/). */
export const updateFrontMatter = z.looseObject({
  title: z.string({error: 'is required'}).min(3).max(90),
  description: z.string({error: 'is required'}).min(20).max(220),
  date: isoDate,
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase words joined by -')).min(1, 'needs at least one tag'),
  authors: z.never({error: 'is not used: update notes carry no author names or avatars'}).optional(),
  source_hash: z.string().regex(/^[0-9a-f]{12}$/).optional(),
});

/** Text written in every locale: every locale is first-class, so none may be missing. */
export const localizedText = z.strictObject(
  Object.fromEntries(locales.map((locale) => [locale, z.string({error: `needs the ${locale} text`}).min(1)])) as Record<
    (typeof locales)[number],
    z.ZodString
  >,
);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * A number as people dial it: digits with single spaces or hyphens, optionally starting with +.
 * 3 to 15 digits (E.164's maximum); short national numbers such as 016 or 3919 are allowed.
 */
export const phoneNumber = z
  .string({error: 'must be a phone number written as text'})
  .regex(/^\+?\d+(?:[ -]\d+)*$/, 'must be digits, single spaces or hyphens, and an optional leading +')
  .refine((value) => {
    const digits = value.replace(/\D/g, '').length;
    return digits >= 3 && digits <= 15;
  }, 'must have between 3 and 15 digits');

const contactLine = z.object({
  number: phoneNumber,
  /** What the line is for, when an organization has several, e.g. "TTY" or "WhatsApp". */
  label: localizedText.optional(),
});

export const organization = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and -'),
  name: z.string().min(2),
  kinds: z.array(z.enum(helpKinds)).min(1),
  website: httpsUrl,
  phone: z.array(contactLine).optional(),
  text: z
    .array(z.object({number: phoneNumber, keyword: z.string().optional(), label: localizedText.optional()}))
    .optional(),
  chat: httpsUrl.optional(),
  tty: phoneNumber.optional(),
  email: z.email().optional(),
  hours: localizedText,
  /** Languages the service answers in, as BCP 47 codes ("en", "es", "ar"). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/)).min(1),
  description: localizedText,
  sources: z.array(httpsUrl).min(1, 'needs at least one source address where the facts were checked'),
  last_verified: isoDate,
});
export type Organization = z.infer<typeof organization>;

/** One country's file in src/data/organizations/, or the international one. */
export const countryFile = z.strictObject({
  /** ISO 3166-1 alpha-2 code in capitals, or "international". */
  country: z.union([z.string().regex(/^[A-Z]{2}$/, 'must be an ISO country code such as ES'), z.literal('international')]),
  name: localizedText,
  emergency: z
    .strictObject({number: phoneNumber, note: localizedText.optional(), source: httpsUrl})
    .optional(),
  organizations: z.array(organization).min(1),
});
export type CountryFile = z.infer<typeof countryFile>;
