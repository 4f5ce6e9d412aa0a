/**
 * Two checkers beside axe, each with its own view of the built site:
 * - html-validate reads every built HTML page of every locale as it is shipped (minified) and fails on markup
 *   errors, with the rules in `.htmlvalidate.json`: its recommended set, less the rules that object to legal
 *   minified HTML.
 * - IBM's Equal Access engine (accessibility-checker-engine) runs in Chromium on one page of each kind per locale
 *   and fails on its violations: it finds things axe does not, such as unnamed regions and landmarks.
 * Both read the build in BUILD_DIR (tests/browser/support/server.ts), `build/` unless it is set.
 */
import fs from 'node:fs';
import path from 'node:path';
import {HtmlValidate, type ConfigData} from 'html-validate';
import {describe, expect, it} from 'vitest';
import {buildDir} from '../../scripts/support/server';
import {locales, localized, useSite, type Site, waitForHydration} from './support/site';
import {localePrefix, type Locale} from '../../src/config/locales';

const siteDir = path.resolve(__dirname, '../..');

type Finding = {rule: string; selector: string; text: string};

/**
 * Findings in markup that lives elsewhere (another owner's file, or Docusaurus's theme), each to be fixed there.
 * Until then each shows as a to-do in every run, and a locale where one no longer occurs fails, so that its entry
 * goes. Each matches one rule at one place: the same problem anywhere else still fails.
 */
type Known = {checker: 'html-validate' | 'ibm'; rule: string; at: RegExp; owner: string; what: string};
const knownElsewhere: Known[] = [
  {
    checker: 'html-validate',
    rule: 'prefer-native-element',
    at: /^#__docusaurus > div:nth-child\(1\)$/,
    owner: "Docusaurus's SkipToContent",
    what: 'the skip link sits in a <div role="region"> where a <section> would do',
  },
  {
    checker: 'html-validate',
    rule: 'prefer-native-element',
    at: /^#__docusaurus > nav > div:nth-child\(1\) > div:nth-child\(2\) > div:nth-child\(1\) > a$/,
    owner: "Docusaurus's DropdownNavbarItem (the language menu)",
    what: 'the menu opens from an <a href="#" role="button">, not a <button>',
  },
  {
    checker: 'ibm',
    rule: 'aria_content_in_landmark',
    at: /^html > body > a$/,
    owner: 'src/plugins/quick-exit',
    what: 'the quick exit link is in no landmark',
  },
  {
    checker: 'ibm',
    rule: 'aria_content_in_landmark',
    at: /^#__docusaurus_skipToContent_fallback > div > (h1|div > div > input)$/,
    owner: "the search page (the search plugin's SearchPage, in src/theme/Layout's reach)",
    what: 'the search page has no <main>: its heading and box are in no landmark',
  },
];

/** Splits a locale's findings into the unexpected ones and the known entries that did not occur. */
function sortOut(checker: Known['checker'], findings: Finding[]): {unexpected: string[]; gone: string[]} {
  const known = knownElsewhere.filter((entry) => entry.checker === checker);
  const seen = new Set<Known>();
  const unexpected = findings
    .filter((finding) => {
      const entry = known.find((candidate) => candidate.rule === finding.rule && candidate.at.test(finding.selector));
      if (entry) seen.add(entry);
      return !entry;
    })
    .map((finding) => finding.text);
  const gone = known
    .filter((entry) => !seen.has(entry))
    .map((entry) => `${entry.rule} at ${entry.at} (${entry.owner}) no longer occurs: remove it from knownElsewhere`);
  return {unexpected, gone};
}

/** The HTML files of one locale's part of the build, relative to the build folder (`es/stalkerware.html`). */
function htmlFiles(locale: Locale): string[] {
  const folder = path.join(buildDir, localePrefix(locale));
  // The default locale's folder holds the other locales' folders: they are theirs.
  const others = new Set<string>(locale === 'en' ? locales.filter((other) => other !== 'en') : []);
  return fs
    .readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html') && !others.has(file.split(path.sep)[0]!))
    .map((file) => path.relative(buildDir, path.join(folder, file)))
    .sort();
}

describe('html-validate: every built page of every locale is valid HTML', () => {
  // Read from the project, not looked up beside each page: the build may be anywhere (BUILD_DIR).
  const config = JSON.parse(fs.readFileSync(path.join(siteDir, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(config);

  for (const locale of locales) {
    it(`finds no error on any page in ${locale}`, async () => {
      const files = htmlFiles(locale);
      expect(files.length).toBeGreaterThan(25);
      const findings: Finding[] = [];
      for (const file of files) {
        const report = await validator.validateFile(path.join(buildDir, file));
        for (const message of report.results.flatMap((result) => result.messages)) {
          const selector = message.selector ?? 'the document';
          findings.push({
            rule: message.ruleId,
            selector,
            text: `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (at ${selector})`,
          });
        }
      }
      const {unexpected, gone} = sortOut('html-validate', findings);
      expect(unexpected, unexpected.join('\n')).toEqual([]);
      expect(gone, gone.join('\n')).toEqual([]);
    });
  }

  for (const entry of knownElsewhere.filter((known) => known.checker === 'html-validate')) it.todo(`${entry.rule}: ${entry.what} (fix in ${entry.owner})`);
});

/** One page of each kind a reader meets. */
const pageKinds = {
  home: '/',
  guide: '/stalkerware',
  'get help': '/get-help',
  'agent page': '/agents/how-to-respond',
  updates: '/updates',
  'update note': '/updates/2026/11/24/welcome',
  privacy: '/privacy',
  search: '/search',
  'page not found': '/no-such-page',
} as const;

/** The engine as a file's text, evaluated in the page: nothing is fetched, and the page's CSP is not involved. */
const aceSource = fs.readFileSync(path.join(siteDir, 'node_modules/accessibility-checker-engine/ace.js'), 'utf8');

/** Runs the IBM engine (its IBM_Accessibility rule set: WCAG 2.2 A and AA and IBM's own) on each page, in one tab. */
async function ibmFindings(site: Site, pages: string[]): Promise<Finding[]> {
  const {context} = await site.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const found: Finding[] = [];
  for (const pathname of pages) {
    await page.goto(site.url(pathname), {waitUntil: 'load'});
    await waitForHydration(page);
    await page.evaluate(aceSource);
    const violations = await page.evaluate(async () => {
      type Result = {ruleId: string; value: [string, string]; path: {dom: string}; message: string};
      type Engine = {Checker: new () => {check(doc: Document, rulesets: string[]): Promise<{results: Result[]}>}};
      const report = await new (window as unknown as {ace: Engine}).ace.Checker().check(document, ['IBM_Accessibility']);
      /** A CSS selector for the element the engine's XPath names: up to the nearest id, tags and their places. */
      const selectorOf = (xpath: string): string => {
        // By local name, so that SVG elements (another namespace) are found too.
        const byName = xpath.replace(/\/([\w-]+)\[(\d+)\]/g, "/*[local-name()='$1'][$2]");
        let node = document.evaluate(byName, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
        const parts: string[] = [];
        while (node instanceof Element) {
          if (node.id) {
            parts.unshift(`#${CSS.escape(node.id)}`);
            break;
          }
          const tag = node.localName;
          const sameTag = node.parentElement ? [...node.parentElement.children].filter((child) => child.localName === tag) : [node];
          parts.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
          node = node.parentElement;
        }
        return parts.length > 0 ? parts.join(' > ') : xpath;
      };
      return report.results
        .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
        .map((result) => ({rule: result.ruleId, selector: selectorOf(result.path.dom), message: result.message}));
    });
    for (const {rule, selector, message} of violations) found.push({rule, selector, text: `${pathname}: ${rule} at ${selector}: ${message}`});
  }
  await context.close();
  return found;
}

describe('IBM Equal Access engine: no violations on one page of each kind, in every locale', () => {
  const site = useSite();

  for (const locale of locales) {
    it(`finds no violation in ${locale}`, {timeout: 300_000}, async () => {
      const pages = Object.values(pageKinds).map((pathname) => localized(locale, pathname));
      const {unexpected, gone} = sortOut('ibm', await ibmFindings(site, pages));
      expect(unexpected, unexpected.join('\n')).toEqual([]);
      expect(gone, gone.join('\n')).toEqual([]);
    });
  }

  for (const entry of knownElsewhere.filter((known) => known.checker === 'ibm')) it.todo(`${entry.rule}: ${entry.what} (fix in ${entry.owner})`);
});
