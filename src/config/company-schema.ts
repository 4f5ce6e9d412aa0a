/**
 * What a company or helpline that runs this site as its own help center declares, in one typed file
 * (company/company.ts, or the folder COMPANY_DIR names), and the checks that file must pass before a build starts.
 * Node only: the browser never loads this module; what pages need reaches them through the config and the
 * build-time plugins (src/plugins/company).
 */
import * as z from 'zod';
import {defaultLocale, locales as shippedLocales, type Locale} from './locales';
import {isCalendarDate} from '../content/format';

/** Text in every offered locale, or one text for all of them (a brand name, say). */
type Localized = string | Partial<Record<Locale, string>>;

export type HexColor = `#${string}`;

/** One line of the agent hub's escalation list: which team, when to use it, and how to reach it. */
type EscalationContact = {team: Localized; when: Localized; how: Localized};

/**
 * A short note about the company's own product, shown at the end of one section of one guide in a box labelled
 * with the company's name. Reviewed by someone who knows both the product and the guide.
 */
export type ProductNote = {
  /** The guide's file name in docs/ without `.mdx`: `stalkerware`. */
  guide: string;
  /** A heading id in that guide: `limits` for `## What this cannot do {#limits}`. */
  section: string;
  /** The note in every locale the company offers: plain text, two or three sentences. */
  text: Partial<Record<Locale, string>>;
  /** When the note was last read against the product and the guide, `YYYY-MM-DD`. */
  reviewed: string;
};

export type Company = {
  /** The full name: browser tab titles ("Stalkerware | Name"), feeds and page metadata. */
  name: string;
  /** What the top bar shows beside the quick exit; at 320 px about 16 characters fit. */
  shortName: Localized;
  /** The deployed address, https, without a trailing slash. SITE_URL overrides it for test builds. */
  url: `https://${string}`;
  /** A file in the company's static folder (`brand/logo.svg`), shown in the top bar, with its text alternative. */
  logo?: {src: string; alt: Localized};
  /** A file in the company's static folder to use as the tab icon instead of ours. */
  favicon?: string;
  /** The main colour in light and dark mode; each must reach 4.5:1 against its page background. */
  colors?: {light: HexColor; dark: HexColor};
  /** The locales this site offers, a subset of those we ship; English, which every other follows, included. */
  locales: readonly Locale[];
  /** Which countries each locale's Get help blocks show first (our order otherwise). Each needs a directory file. */
  countriesFirst?: Partial<Record<Locale, readonly {country: string; language?: string}[]>>;
  /** Where the quick exit goes per locale (our neutral pages otherwise), and the tab title shown as it leaves. */
  quickExit?: Partial<Record<Locale, {destination: `https://${string}`; neutralTitle: string}>>;
  /** Contacts the agent hub's escalation page lists. The hub is public: list only what anyone may read. */
  escalation?: readonly EscalationContact[];
  /** Notes about the company's product, keyed to guide sections. Our own site has none. */
  productNotes?: readonly ProductNote[];
};

/** Page backgrounds the colours are checked against (Infima's, which the site keeps). */
const pageBackground = {light: '#ffffff', dark: '#1b1b1d'} as const;
const minimumContrast = 4.5;
const productNoteMaxLength = 400;

function channel(hex: string, at: number): number {
  const value = parseInt(hex.slice(at, at + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, {message: 'must be a colour written #rrggbb', abort: true});
const locale = z.enum(shippedLocales, {error: `must be one of the locales we ship: ${shippedLocales.join(', ')}`});
const localized = z.union([z.string().min(1), z.partialRecord(locale, z.string().min(1))]);
const https = z.string().regex(/^https:\/\/[^\s/]+(\/\S*)?$/, 'must be an https:// address');

const companySchema = z.strictObject({
  name: z.string().min(1).max(40, 'is longer than 40 characters: every browser tab shows it after the page title'),
  shortName: localized,
  url: https.refine((url) => !url.endsWith('/'), 'must not end with a slash'),
  logo: z.strictObject({src: z.string().min(1), alt: localized}).optional(),
  favicon: z.string().min(1).optional(),
  colors: z
    .strictObject({
      light: hexColor.refine(
        (color) => contrastRatio(color, pageBackground.light) >= minimumContrast,
        `must reach ${minimumContrast}:1 against the light page background (${pageBackground.light}): links and buttons use it`,
      ),
      dark: hexColor.refine(
        (color) => contrastRatio(color, pageBackground.dark) >= minimumContrast,
        `must reach ${minimumContrast}:1 against the dark page background (${pageBackground.dark}): links and buttons use it`,
      ),
    })
    .optional(),
  locales: z
    .array(locale)
    .min(1)
    .refine((list) => list.includes(defaultLocale), `must include "${defaultLocale}": every other locale is translated from it`)
    .refine((list) => new Set(list).size === list.length, 'lists a locale twice'),
  countriesFirst: z
    .partialRecord(
      locale,
      z.array(z.strictObject({country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'), language: z.string().optional()})),
    )
    .optional(),
  quickExit: z.partialRecord(locale, z.strictObject({destination: https, neutralTitle: z.string().min(1)})).optional(),
  escalation: z.array(z.strictObject({team: localized, when: localized, how: localized})).optional(),
  productNotes: z
    .array(
      z.strictObject({
        guide: z.string().regex(/^[a-z0-9-]+$/, 'must be a guide file name in docs/, without .mdx'),
        section: z.string().regex(/^[a-z0-9-]+$/, 'must be a heading id, without #'),
        text: z.partialRecord(
          locale,
          z.string().min(1).max(productNoteMaxLength, `is longer than ${productNoteMaxLength} characters: a note is two or three sentences`),
        ),
        reviewed: z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD'),
      }),
    )
    .optional(),
});

/** A field's path as a writer reads it in the file: `productNotes[0].text.ar`. */
function fieldName(at: readonly PropertyKey[]): string {
  return at.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** One problem with the company file: where it is and what to do. */
type CompanyIssue = {field: string; message: string};

/** Texts that must exist in every offered locale, with the field they sit in. */
function localizedFields(company: Company): [string, Localized][] {
  return [
    ['shortName', company.shortName],
    ...(company.logo ? [['logo.alt', company.logo.alt] as [string, Localized]] : []),
    ...(company.escalation ?? []).flatMap((contact, index) =>
      (['team', 'when', 'how'] as const).map((key) => [`escalation[${index}].${key}`, contact[key]] as [string, Localized]),
    ),
    ...(company.productNotes ?? []).map((note, index) => [`productNotes[${index}].text`, note.text] as [string, Localized]),
  ];
}

/**
 * Every problem with a company file, checked against the project: the shape and the colours, a text for every offered
 * locale, asset files that exist, and product notes that point at a real guide section.
 */
export function companyIssues(
  value: unknown,
  project: {staticDir: string; fileExists: (file: string) => boolean; guideSectionIds: (guide: string) => string[] | undefined},
): CompanyIssue[] {
  const parsed = companySchema.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({field: fieldName(issue.path) || '(the file)', message: issue.message}));
  }
  const company = parsed.data as Company;
  const issues: CompanyIssue[] = [];
  for (const [field, text] of localizedFields(company)) {
    if (typeof text === 'string') continue;
    for (const missing of company.locales.filter((offered) => !text[offered])) {
      issues.push({field: `${field}.${missing}`, message: `is missing: the site offers ${missing}, so every text needs it`});
    }
  }
  for (const [field, file] of [
    ['logo.src', company.logo?.src],
    ['favicon', company.favicon],
  ] as const) {
    if (file !== undefined && !project.fileExists(`${project.staticDir}/${file}`)) {
      issues.push({field, message: `names ${file}, which is not in ${project.staticDir}/`});
    }
  }
  (company.productNotes ?? []).forEach((note, index) => {
    const ids = project.guideSectionIds(note.guide);
    if (!ids) issues.push({field: `productNotes[${index}].guide`, message: `names docs/${note.guide}.mdx, which does not exist`});
    else if (!ids.includes(note.section)) {
      issues.push({
        field: `productNotes[${index}].section`,
        message: `names #${note.section}, which docs/${note.guide}.mdx has no heading for (it has: ${ids.join(', ')})`,
      });
    }
  });
  return issues;
}

/** A localized text in one locale. */
export function inLocale(text: Localized, locale: Locale): string {
  return typeof text === 'string' ? text : (text[locale] ?? text[defaultLocale] ?? '');
}
