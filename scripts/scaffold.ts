/**
 * Scaffolds for writers. Nothing is ever overwritten: an existing file is left as it is and reported.
 *   npm run new:article -- <slug>        a survivor article with every required part, in all four locales
 *                                         (the translations marked `untranslated: true` until done)
 *   npm run new:update -- <slug>         a dated update note for today
 *   npm run new:translations             an untranslated copy of every English page that has no translation yet
 *   npm run translation:done -- <file>   marks a finished translation: records the English source's hash it now
 *                                         follows (source_hash) and drops `untranslated`
 */
import fs from 'node:fs';
import path from 'node:path';
import {locales, defaultLocale} from '../src/config/locales';
import {collections} from '../src/content/project';
import {contentHash, requiredSections} from '../src/content/articles';

const siteDir = path.resolve(__dirname, '..');
const today = new Date().toISOString().slice(0, 10);

function write(file: string, text: string): void {
  const target = path.join(siteDir, file);
  if (fs.existsSync(target)) {
    console.log(`kept     ${file} (already exists)`);
    return;
  }
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.writeFileSync(target, text);
  console.log(`created  ${file}`);
}

/** A translation's starting point: the English text, marked so the checker and the page say it is not done. */
function untranslatedCopy(englishText: string): string {
  return englishText.replace(/^---\r?\n/, '---\nuntranslated: true\n');
}

function articleTemplate(slug: string): string {
  const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const sections = requiredSections.map((section) => section.heading);
  return `---
title: ${title}
description: One calm, plain sentence about what this guide helps with.
slug: /${slug}
last_reviewed: ${today}
steps_checked: {how: help-pages, date: ${today}}
help_kinds: [hotline, tech-safety]
---

:::safety[Before you change anything]

Any change you make may be noticed by the person who is harming you, and that can make things more dangerous.
If you can, save evidence first, use a device they cannot reach, and talk with an advocate before you change
anything. [Find an organization that can help](/get-help).

:::

${sections[0]}

- Write the situations in the reader's own words: "they know where I went".

${sections[1]}

### An option

What it changes. What it risks.

1. <Risk action="general-sign-in-new-device" /> A step the other person may notice.

${sections[2]}

No app or step can promise that you are safe.

${sections[3]}

<GetHelp kinds={["hotline", "tech-safety"]} />

${sections[4]}

- [The page you checked each fact against](https://example.org)
`;
}

function updateTemplate(slug: string): string {
  return `---
title: What changed
description: One plain sentence on what changed and which guide it affects.
date: ${today}
tags: [site]
---

What changed, and what readers should do differently.

{/* truncate */}

The details, with links to the guides that changed.
`;
}

function scaffoldTranslations(): void {
  for (const collection of collections) {
    const dir = path.join(siteDir, collection.dir);
    if (!fs.existsSync(dir)) continue;
    for (const relative of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => /\.mdx?$/.test(name))) {
      const english = fs.readFileSync(path.join(dir, relative), 'utf8');
      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        write(`i18n/${locale}/${collection.i18nDir}/${relative.split(path.sep).join('/')}`, untranslatedCopy(english));
      }
    }
  }
}

/** The English source of a translation file, from its place under i18n/<locale>/<plugin dir>/. */
function sourceOf(translation: string): string {
  const relative = path.relative(siteDir, path.resolve(translation)).split(path.sep).join('/');
  for (const collection of collections) {
    const match = new RegExp(`^i18n/[^/]+/${collection.i18nDir}/(.+)$`).exec(relative);
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
    console.log(`done     ${path.relative(siteDir, path.resolve(file))} follows ${source} at ${hash}`);
  }
}

function main(): void {
  const [command, name] = process.argv.slice(2);
  const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  if ((command === 'article' || command === 'update') && !(name && slugPattern.test(name))) {
    console.error(`Give a slug of lowercase English words joined by -, e.g. npm run new:${command} -- smart-home`);
    process.exit(1);
  }
  if (command === 'article') {
    write(`docs/${name}.mdx`, articleTemplate(name!));
    scaffoldTranslations();
    console.log(`Next: add '${name}' to sidebars.ts, write the article, then run npm run check:content.`);
  } else if (command === 'update') {
    write(`updates/${today}-${name}.mdx`, updateTemplate(name!));
    scaffoldTranslations();
  } else if (command === 'translations') {
    scaffoldTranslations();
  } else if (command === 'done') {
    markDone(process.argv.slice(3));
  } else {
    console.error('Usage: scaffold.ts article <slug> | update <slug> | translations | done <translation files>');
    process.exit(1);
  }
}

main();
