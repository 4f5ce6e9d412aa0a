/**
 * The content rules, in one place. The build (src/plugins/content-rules), the writers' checker
 * (scripts/check-content.ts) and the tests all validate articles, organizations and update notes with these
 * schemas, so a rule changed here changes everywhere at once.
 */
import yaml from 'js-yaml';
import * as z from 'zod';
import {locales} from '../config/locales';
import {isCalendarDate} from './format';
import {readingKinds, readingScopes} from './reading-kinds';
import {isExampleAddress} from './sources';
import {site} from '../config/site';

/** Kinds of help an organization gives and an article refers its readers to. */
export const helpKinds = ['emergency', 'hotline', 'tech-safety', 'image-abuse', 'legal', 'shelter', 'directory', 'financial'] as const;
export type HelpKind = (typeof helpKinds)[number];

/** How old a review or a verification may get before the checker warns, then fails. */
export const freshness = {warnAfterMonths: 6, failAfterMonths: 12} as const;

/**
 * A date as the writer typed it, `YYYY-MM-DD`. Every loader keeps YAML dates as text (see `yamlSchema`), Docusaurus
 * included (its front matter parser is ours: src/content/front-matter.ts).
 */
export const isoDate = z
  .string({error: 'must be a date written YYYY-MM-DD'})
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

/**
 * How the content loaders read YAML: without YAML's own date type, which turns `2026-02-31` into 3 March without a
 * word, so a mistyped date would pass as another one. Dates stay text, and `isoDate` checks them.
 */
export const yamlSchema = yaml.CORE_SCHEMA;

const httpsUrl = z
  .string({error: 'must be a web address'})
  .url('must be a full web address')
  .refine((value) => value.startsWith('https://'), 'must start with https:// (http links are refused)')
  .refine((value) => !isExampleAddress(value), 'is an example or placeholder address: give the page you actually read');

const slug = z
  .string({error: 'must be a slug such as /stalkerware'})
  .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/, 'must look like /stalkerware: lowercase English words joined by -');

// Guides and agent pages are found through the sidebar and search, and their footer, where the theme would list
// tags, is left out of the bundle (src/theme/DocItem/Footer).
const noDocTags = z.never({error: 'is not used: guides and agent pages have no tags; link related guides in the text instead'}).optional();

/**
 * How a guide's steps were checked, said exactly as it was done: read in the makers' own help pages (`help-pages`),
 * or followed on a device (`device`, which names the versions it ran). The page says which, and when.
 */
const stepsCheckedKinds = ['help-pages', 'device'] as const;
const stepsChecked = z
  .strictObject(
    {
      how: z.enum(stepsCheckedKinds, {error: `must be one of: ${stepsCheckedKinds.join(', ')}`}),
      date: isoDate,
      versions: z.array(z.string().min(2)).min(1, 'must name at least one OS or app version').optional(),
    },
    {error: 'is required: how the steps were checked and when, e.g. steps_checked: {how: help-pages, date: 2026-12-03}'},
  )
  .refine((value) => value.how !== 'device' || value.versions !== undefined, {
    message: 'a check on a device must name what it ran, e.g. versions: [iOS 18.6, Android 15]',
    path: ['versions'],
  });
export type StepsChecked = z.infer<typeof stepsChecked>;

/**
 * A reading a guide had, on record: what kind of reading it was, when, whether it covered the whole text or only its
 * latest changes, what it covered (for writers), and the hash of the text it read (printed by the checker), so the
 * checker can tell when the text changed after it. No names: the kind says what was done.
 */
const reading = z.strictObject(
  {
    kind: z.enum(readingKinds, {error: `must be one of: ${readingKinds.join(', ')}`}),
    date: isoDate,
    scope: z.enum(readingScopes, {error: 'must be whole (the whole text was read) or changes (only what changed)'}),
    covered: z.string({error: 'is required: a few words on what the reading covered'}).min(10, 'says too little: a few words on what the reading covered'),
    hash: z
      .string({error: 'is required: the hash the checker prints for this file'})
      .regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash the checker prints for this file'),
  },
  {error: 'must be {kind, date, scope, covered, hash}'},
);
export type Reading = z.infer<typeof reading>;
const readings = z.array(reading, {error: 'must be a list of readings, each {kind, date, scope, covered, hash}'}).optional();

/**
 * A page's title as the browser tab shows it, with " | <site title>" after it, stays within 70 characters: longer
 * titles are cut off in tabs and search results (html-validate's long-title rule reads the built pages).
 */
const pageTitleMax = 70 - ` | ${site.title}`.length;
const pageTitle = (what: string) =>
  z
    .string({error: `is required: ${what}`})
    .min(3)
    .max(pageTitleMax, `is longer than ${pageTitleMax} characters: with " | ${site.title}" after it, the browser tab would cut it off`);

/** Front matter of a survivor article (docs/). Docusaurus's own keys (sidebar_position, ...) pass through. */
export const articleFrontMatter = z.looseObject({
  title: pageTitle('a calm, descriptive title'),
  description: z
    .string({error: 'is required: one plain sentence for search results and shared links'})
    .min(20, 'is shorter than 20 characters')
    .max(200, 'is longer than 200 characters'),
  slug,
  last_reviewed: isoDate,
  steps_checked: stepsChecked,
  help_kinds: z.array(z.enum(helpKinds), {error: `is required: a list of ${helpKinds.join(', ')}`}).min(1, 'must name at least one kind of help'),
  /** In a translation: the English source's content hash it was translated from (see scripts/content). */
  source_hash: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by the checker')
    .optional(),
  readings,
  tags: noDocTags,
});

/** Front matter of an agent-hub page (agents/). */
export const agentPageFrontMatter = z.looseObject({
  title: pageTitle('a short, descriptive title'),
  description: z.string({error: 'is required'}).min(20).max(220),
  slug: slug.optional(),
  last_reviewed: isoDate,
  source_hash: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .optional(),
  readings,
  tags: noDocTags,
});

/** Front matter of an update note (updates/). */
export const updateFrontMatter = z.looseObject({
  title: pageTitle('a short, calm title'),
  description: z.string({error: 'is required'}).min(20).max(220),
  date: isoDate,
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase words joined by -')).min(1, 'needs at least one tag'),
  authors: z.never({error: 'is not used: update notes carry no author names or avatars'}).optional(),
  source_hash: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .optional(),
});

/** Text written in every locale: every locale is first-class, so none may be missing. */
const localizedText = z.strictObject(
  Object.fromEntries(locales.map((locale) => [locale, z.string({error: `needs the ${locale} text`}).min(1)])) as Record<(typeof locales)[number], z.ZodString>,
);

/**
 * A number as people dial it: digits with single spaces or hyphens, optionally starting with +, up to 15 digits
 * (E.164's maximum). Short national numbers such as 016 or 3919 are allowed.
 */
function dialNumber(minDigits: number) {
  return z
    .string({error: 'must be a phone number written as text'})
    .regex(/^\+?\d+(?:[ -]\d+)*$/, 'must be digits, single spaces or hyphens, and an optional leading +')
    .refine((value) => {
      const digits = value.replace(/\D/g, '').length;
      return digits >= minDigits && digits <= 15;
    }, `must have between ${minDigits} and 15 digits`);
}

const phoneNumber = dialNumber(3);

/** Emergency numbers may be two digits: Algeria's and France's police answer on 17. */
const emergencyNumber = dialNumber(2);

/** Languages as BCP 47 codes ("en", "es", "ar"). */
const languageCodes = z.array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/, 'must be a language code such as en, es or ar'));

const contactLine = z.strictObject({
  number: phoneNumber,
  /** What the line is for, when an organization has several, e.g. "TTY" or "WhatsApp". */
  label: localizedText.optional(),
  /**
   * The languages a source confirms this line answers in, when fewer than the organization's: a reader of another
   * language is then told so next to the number (the US Hotline's text line is not confirmed in Spanish).
   */
  languages: languageCodes.min(1).optional(),
});

/**
 * What kind of page a fact was checked against, so the page can say it: the organization's or its operator's own
 * page (`own`), a government or other official body's page (`government`), news reports (`press`), or anything
 * else: encyclopedias, listicles, directories (`other`).
 */
const sourceKinds = ['own', 'government', 'press', 'other'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * The kinds the page has wording for. An `other` source may sit beside them as background, but no fact rests on it
 * alone: readers are never told "from an encyclopedia", so an entry with nothing else is refused.
 */
const disclosedSourceKinds = ['own', 'government', 'press'] as const satisfies readonly SourceKind[];
type DisclosedSourceKind = (typeof disclosedSourceKinds)[number];

const sourceKindHelp = "own (the organization's or its operator's page), government, press or other";

const source = z.strictObject(
  {
    url: httpsUrl,
    kind: z.enum(sourceKinds, {error: `is required: the kind of page this is, one of ${sourceKindHelp}`}),
  },
  {error: `must be {url, kind}, e.g. - {url: https://www.thehotline.org/about, kind: own}; kind is ${sourceKindHelp}`},
);
export type Source = z.infer<typeof source>;

function isDisclosed(kind: SourceKind): kind is DisclosedSourceKind {
  return (disclosedSourceKinds as readonly string[]).includes(kind);
}

/** The sources of an entry or an emergency number: at least one, and at least one the page can name. */
const sources = z
  .array(source, {error: 'is required: the pages where the facts were checked, each as {url, kind}'})
  .min(1, 'needs at least one source where the facts were checked, as {url, kind}')
  .refine((list) => list.some((item) => isDisclosed(item.kind)), {
    message:
      "rests only on sources of kind other (encyclopedias, listicles, directories), which the page does not name to readers; add the organization's own page (kind: own), a government page (government) or news reports (press), or leave the facts out",
  });

/**
 * What was done to the sources, and when: `read` means the pages' text was read that day (a live page or a stored
 * copy); nothing was dialled. The page says the verb with the date, so a date never claims more than was done.
 */
const checkedHows = ['read'] as const;
const checked = z.strictObject(
  {
    how: z.enum(checkedHows, {error: `must be one of: ${checkedHows.join(', ')} (what was done on the sources)`}),
    date: isoDate,
  },
  {error: 'is required: what was done on the sources and when, e.g. checked: {how: read, date: 2026-12-03}'},
);
export type Checked = z.infer<typeof checked>;

/**
 * An organization's names: `official` as the organization writes it, and per locale the name people in that
 * language say and search, only where it differs (Arabic names for services in Arabic-speaking countries).
 */
const organizationName = z.strictObject(
  {
    official: z.string({error: 'is required: the name as the organization itself writes it'}).min(2),
    ...(Object.fromEntries(locales.map((locale) => [locale, z.string().min(2).optional()])) as Record<(typeof locales)[number], z.ZodOptional<z.ZodString>>),
  },
  {error: 'must be {official, en?, es?, fr?, ar?}: the official name, plus the name readers of a language use where it differs'},
);
export type OrganizationName = z.infer<typeof organizationName>;

export const organization = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and -'),
  name: organizationName,
  kinds: z.array(z.enum(helpKinds)).min(1),
  website: httpsUrl,
  phone: z.array(contactLine).optional(),
  text: z.array(contactLine.extend({keyword: z.string().optional()})).optional(),
  chat: httpsUrl.optional(),
  tty: phoneNumber.optional(),
  email: z.email().optional(),
  hours: localizedText,
  /** Languages the service answers in. */
  languages: languageCodes.min(1),
  description: localizedText,
  sources,
  checked,
  last_verified: z.never({error: 'is replaced by checked: {how: read, date: YYYY-MM-DD}, which says what was done on that day'}).optional(),
});
export type Organization = z.infer<typeof organization>;

/** A country's general emergency number, with where it was checked, how and when, like an organization. */
const emergency = z.strictObject({
  number: emergencyNumber,
  note: localizedText.optional(),
  sources,
  checked,
  source: z.never({error: 'is replaced by sources: [{url, kind}] and checked: {how, date}'}).optional(),
});
export type Emergency = z.infer<typeof emergency>;

/** One country's file in src/data/organizations/, or the international one. */
export const countryFile = z.strictObject({
  /** ISO 3166-1 alpha-2 code in capitals, or "international". */
  country: z.union([z.string().regex(/^[A-Z]{2}$/, 'must be an ISO country code such as ES'), z.literal('international')]),
  name: localizedText,
  emergency: emergency.optional(),
  organizations: z.array(organization).min(1),
});
export type CountryFile = z.infer<typeof countryFile>;

/** What a step may cost the reader: noticed by the other person, evidence gone, or the reader's own data lost. */
const riskKinds = ['alert', 'evidence', 'data'] as const;
export type RiskKind = (typeof riskKinds)[number];

/** "Will they know?": yes and no only where a source says so; otherwise `not-confirmed`, shown as such. */
const notifiedAnswers = ['yes', 'no', 'not-confirmed'] as const;
export type NotifiedAnswer = (typeof notifiedAnswers)[number];
const undoAnswers = ['yes', 'no', 'partly', 'not-confirmed'] as const;
export type UndoAnswer = (typeof undoAnswers)[number];

/**
 * An action's facts come from the vendor (`own`), a survivor or tech-safety organization that tested or documented
 * it (`advocacy`: NNEDV's Safety Net, WESNET, BCSTH...), a government, the press, or elsewhere (`other`, never alone).
 */
const actionSourceKinds = ['own', 'advocacy', 'government', 'press', 'other'] as const;
export type ActionSourceKind = (typeof actionSourceKinds)[number];
export type ActionSource = {url: string; kind: ActionSourceKind};
const actionSources = z
  .array(
    z.strictObject(
      {url: httpsUrl, kind: z.enum(actionSourceKinds, {error: `is required: one of ${actionSourceKinds.join(', ')}`})},
      {error: 'must be {url, kind}, e.g. - {url: https://support.apple.com/..., kind: own}'},
    ),
    {error: 'is required: the pages the facts were read on, each as {url, kind}'},
  )
  .min(1, 'needs at least one source, as {url, kind}')
  .refine((list) => list.some((item) => item.kind !== 'other'), {
    message:
      "rests only on sources of kind other; add the vendor's own page (own), a survivor organization's (advocacy), a government page or news reports (press), or leave the action out",
  });

const vendorQuote = z.strictObject({text: z.string().min(1), url: httpsUrl}, {error: "must be {text, url}: the vendor's exact words and the page they are on"});

/**
 * One action on a platform and what it reveals, from src/data/who-gets-told/<platform>.yaml. Every `<Risk>` mark
 * in a guide names one; the marks, the "what we know" note and the /who-gets-told row all come from here.
 */
export const riskAction = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by -, starting with the platform id'),
  marks: z.array(z.enum(riskKinds, {error: `must be one of ${riskKinds.join(', ')}`})).min(1, 'needs at least one mark'),
  /** The versions or places the facts were read for ("iOS 16 and later", "United States only"), in each language. */
  versions: localizedText.optional(),
  action: localizedText,
  keywords: localizedText,
  notified: z.strictObject({
    answer: z.enum(notifiedAnswers, {error: `must be one of ${notifiedAnswers.join(', ')}; a guess is not an answer`}),
    text: localizedText,
    quote: z
      .strictObject(
        Object.fromEntries(locales.map((locale) => [locale, vendorQuote.optional()])) as Record<(typeof locales)[number], z.ZodOptional<typeof vendorQuote>>,
      )
      .optional(),
  }),
  noticed: localizedText,
  evidence: localizedText,
  undo: z.strictObject({
    answer: z.enum(undoAnswers, {error: `must be one of ${undoAnswers.join(', ')}`}),
    text: localizedText,
  }),
  first: localizedText,
  sources: actionSources,
  checked,
});
export type RiskAction = z.infer<typeof riskAction>;

export const riskActionsFile = z.strictObject({
  platform: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the file name without .yaml'),
  name: localizedText,
  actions: z.array(riskAction).min(1, 'needs at least one action'),
});
export type RiskActionsFile = z.infer<typeof riskActionsFile>;
