/**
 * The company this build is for, loaded once, checked, and turned into what the config and plugins use. Node only.
 * COMPANY_DIR (relative to the project) picks another company's folder: the tests build a sample company from
 * tests/fixtures/company this way. Without it, company/ is the project's own public site.
 */
import fs from 'node:fs';
import path from 'node:path';
import createJiti from 'jiti';
import {companyIssues, inLocale, type Company} from './company-schema';
import {headingIds} from '../content/headings';
import {locales as shippedLocales, type Locale} from './locales';
import {neutralTitle, quickExitDestination} from './quickExit';

const projectDir = path.resolve(__dirname, '../..');

/** The folder holding company.ts and its static/ assets. */
const companyDir = path.resolve(projectDir, process.env.COMPANY_DIR ?? 'company');

/** The heading ids (`{#limits}`) of an English guide, or undefined if there is no such guide. */
function guideSectionIds(guide: string): string[] | undefined {
  const file = path.join(projectDir, 'docs', `${guide}.mdx`);
  if (!fs.existsSync(file)) return undefined;
  return [...headingIds(fs.readFileSync(file, 'utf8'))];
}

/** The company file, as the project names it in messages: `company/company.ts`. */
export const companyFile = path.relative(projectDir, path.join(companyDir, 'company.ts'));

function loadCompany(): Company {
  const file = path.join(projectDir, companyFile);
  if (!fs.existsSync(file)) throw new Error(`${companyFile}: no company file here (COMPANY_DIR=${process.env.COMPANY_DIR ?? ''})`);
  // jiti (what Docusaurus loads its own config with) compiles the TypeScript file the same way under Docusaurus,
  // tsx and vitest, none of which a plain require would.
  const loaded = (createJiti(__filename, {interopDefault: false})(file) as {default?: unknown}).default;
  const issues = companyIssues(loaded, {
    staticDir: path.relative(projectDir, path.join(companyDir, 'static')),
    fileExists: (relative) => fs.existsSync(path.join(projectDir, relative)),
    guideSectionIds,
  });
  if (issues.length > 0) {
    throw new Error(`${companyFile} is not valid:\n${issues.map((issue) => `  ${companyFile} › ${issue.field}: ${issue.message}`).join('\n')}`);
  }
  return loaded as Company;
}

export const company: Company = loadCompany();

/**
 * The company's static folder, if it has one, relative to the project (the config ships to browsers, so no machine
 * paths): served at the site root beside static/.
 */
export const companyStaticDir = fs.existsSync(path.join(companyDir, 'static')) ? path.relative(projectDir, path.join(companyDir, 'static')) : undefined;

/** The locales this build offers, in the order we ship them. */
export const offeredLocales: readonly Locale[] = shippedLocales.filter((locale) => company.locales.includes(locale));

export function shortNameIn(locale: Locale): string {
  return inLocale(company.shortName, locale);
}

/** Where the quick exit goes in a locale, and the tab title shown as it leaves: the company's choice, or ours. */
export function quickExitFor(locale: Locale): {destination: string; neutralTitle: string} {
  return company.quickExit?.[locale] ?? {destination: quickExitDestination[locale], neutralTitle: neutralTitle[locale]};
}
