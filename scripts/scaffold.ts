/**
 * Scaffolds for writers. Nothing is ever overwritten; each command says only what it created or changed, then what
 * to do next.
 *   npm run new:article -- <slug> ["Title"]  a survivor guide with every required part, an untranslated copy in each
 *                                             locale, and its place in the sidebar (src/config/guides.ts) and
 *                                             the short links
 *   npm run new:update -- <slug>              a dated update note for today, and its untranslated copies
 *   npm run new:translations                  an untranslated copy of every page that has none yet in a locale
 *   npm run translation:done -- <file>        marks a finished translation: records the English source's hash it
 *                                             now follows (source_hash) and drops `untranslated`
 */
import fs from 'node:fs';
import path from 'node:path';
import {locales, defaultLocale} from '../src/config/locales';
import {collections, translationDir} from '../src/content/collections';
import {contentHash} from '../src/content/articles';
import {articleTemplate, updateTemplate} from '../src/content/templates';

const siteDir = path.resolve(__dirname, '..');
const today = new Date().toISOString().slice(0, 10);
const translationLocales = locales.filter((l) => l !== defaultLocale);

/** Writes a new file; returns false, saying nothing, when it exists. */
function create(file: string, text: string): boolean {
  const target = path.join(siteDir, file);
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.writeFileSync(target, text);
  console.log(`created  ${file}`);
  return true;
}

/** A translation's starting point: the English text, marked so the checker and the page say it is not done. */
function untranslatedCopy(englishText: string): string {
  return englishText.replace(/^---\r?\n/, '---\nuntranslated: true\n');
}

/** An untranslated copy, in each locale, of one English page of a collection (e.g. `docs`, `smart-home.mdx`). */
function translationsOf(collectionDir: string, relative: string): number {
  const collection = collections.find((c) => c.dir === collectionDir)!;
  const english = fs.readFileSync(path.join(siteDir, collection.dir, relative), 'utf8');
  return translationLocales.filter((locale) =>
    create(`i18n/${locale}/${translationDir(collection)}/${relative.split(path.sep).join('/')}`, untranslatedCopy(english)),
  ).length;
}

function scaffoldAllTranslations(): number {
  let created = 0;
  for (const collection of collections) {
    const dir = path.join(siteDir, collection.dir);
    if (!fs.existsSync(dir)) continue;
    for (const relative of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => /\.mdx?$/.test(name))) {
      created += translationsOf(collection.dir, relative);
    }
  }
  return created;
}

/** Edits one of the site's TypeScript lists in place, or explains what to do by hand if its shape has changed. */
function editList(file: string, pattern: RegExp, edit: (list: string) => string, byHand: string): void {
  const target = path.join(siteDir, file);
  const text = fs.readFileSync(target, 'utf8');
  const match = pattern.exec(text);
  if (!match) {
    console.log(`could not find the list in ${file}: ${byHand}`);
    return;
  }
  fs.writeFileSync(target, text.slice(0, match.index) + edit(match[0]) + text.slice(match.index + match[0].length));
  console.log(`changed  ${file}`);
}

function addToSidebar(slug: string): void {
  const text = fs.readFileSync(path.join(siteDir, 'src/config/guides.ts'), 'utf8');
  if (new RegExp(`'${slug}'`).test(text)) return;
  editList(
    'src/config/guides.ts',
    /export const topicGuides = \[[^\]]*\]/,
    (list) => list.replace(/\]$/, `, '${slug}']`).replace('[, ', '['),
    `add '${slug}' to a list there`,
  );
}

/** A new short code: the slug's initials (or first three letters), made unique with the next letters or a digit. */
export function newShortCode(slug: string, taken: ReadonlySet<string>): string {
  const words = slug.split('-');
  const base = words.length > 1 ? words.map((word) => word[0]).join('') : slug.slice(0, 3);
  const candidates = [base, ...[...slug.replace(/-/g, '').slice(base.length)].map((_, i) => slug.replace(/-/g, '').slice(0, base.length + i + 1))];
  const free = candidates.find((code) => !taken.has(code));
  if (free) return free;
  let n = 2;
  while (taken.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

function addShortLink(slug: string): void {
  const file = 'src/config/shortLinks.ts';
  const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
  if (text.includes(`'/${slug}'`)) return;
  const taken = new Set([...text.matchAll(/^\s+([a-z0-9]+): '\//gm)].map((match) => match[1]!));
  const code = newShortCode(slug, taken);
  editList(file, /\n} as const satisfies/, (end) => `\n  ${code}: '/${slug}',${end}`, `add a new code for '/${slug}' there`);
}

function articleNextSteps(slug: string): void {
  console.log(`
Next:
  1. Write docs/${slug}.mdx: replace every sample line (the check fails on any left), list the pages you read under
     Sources (at least two from the vendor, the organization itself or a government), and mark risky steps with
     <Risk action="..." /> from src/data/who-gets-told/.
  2. If it is a topic a reader would recognize, add a sign for it to src/config/homeSigns.ts and its words to
     src/components/WhatAreYouNoticing; otherwise move it from topicGuides to another list in src/config/guides.ts.
  3. Have someone who did not write it read it against its sources, then record the reading in its front matter
     (CONTRIBUTING, "Readings on record").
  4. Translate each copy under i18n/, then run npm run translation:done -- <file>.
  5. Run npm run check:content until it reports no errors.`);
}

function main(): void {
  const [command, name, title] = process.argv.slice(2);
  const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  if ((command === 'article' || command === 'update') && !(name && slugPattern.test(name))) {
    console.error(`Give a slug of lowercase English words joined by -, e.g. npm run new:${command} -- smart-home "Smart home devices"`);
    process.exit(1);
  }
  if (command === 'article') {
    const file = `docs/${name}.mdx`;
    const guideTitle = title ?? name!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
    if (!create(file, articleTemplate(name!, guideTitle, today))) console.log(`${file} already exists: it was left as it is.`);
    translationsOf('docs', `${name}.mdx`);
    addToSidebar(name!);
    addShortLink(name!);
    articleNextSteps(name!);
  } else if (command === 'update') {
    const relative = `${today}-${name}.mdx`;
    if (!create(`updates/${relative}`, updateTemplate(today))) console.log(`updates/${relative} already exists: it was left as it is.`);
    translationsOf('updates', relative);
    console.log('\nNext: write the note (the check fails on sample lines left), translate each copy, then npm run check:content.');
  } else if (command === 'translations') {
    const created = scaffoldAllTranslations();
    console.log(
      created === 0
        ? 'Every page already has a file in every locale: nothing created.'
        : '\nNext: translate each new copy, then npm run translation:done -- <file>.',
    );
  } else if (command === 'done') {
    markDone(process.argv.slice(3));
  } else {
    console.error('Usage: scaffold.ts article <slug> ["Title"] | update <slug> | translations | done <translation files>');
    process.exit(1);
  }
}

/** The English source of a translation file, from its place under i18n/<locale>/<plugin dir>/. */
function sourceOf(translation: string): string {
  const relative = path.relative(siteDir, path.resolve(translation)).split(path.sep).join('/');
  for (const collection of collections) {
    const match = new RegExp(`^i18n/[^/]+/${translationDir(collection)}/(.+)$`).exec(relative);
    if (match) return `${collection.dir}/${match[1]}`;
  }
  throw new Error(`${relative} is not a translation of a guide, agent page or update note`);
}

function markDone(files: string[]): void {
  for (const file of files) {
    const source = sourceOf(file);
    const hash = contentHash(fs.readFileSync(path.join(siteDir, source), 'utf8'));
    const text = fs.readFileSync(file, 'utf8');
    const updated = text
      .replace(/^untranslated: true\r?\n/m, '')
      .replace(/^source_hash: .*\r?\n/m, '')
      .replace(/^---\r?\n/, `---\nsource_hash: "${hash}"\n`);
    fs.writeFileSync(file, updated);
    console.log(`changed  ${path.relative(siteDir, path.resolve(file))}: follows ${source} at ${hash}`);
  }
}

if (require.main === module) main();
