/**
 * Local plugin: the update feeds as readers' feed apps expect them. The blog plugin writes RSS and Atom; Atom needs
 * an author (RFC 4287, 4.1.1) and says its language with xml:lang, which the blog plugin's feed library does not
 * write, so both are added here after the build. Titles and descriptions come translated through `updatesText`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {defaultLocale, type Locale} from '../../config/locales';
import {site} from '../../config/site';
import {collectionOf, translationDir} from '../../content/collections';

/** The update notes' title and description as the blog shows them, in English or from the locale's translation. */
export const updatesEnglish = {title: 'Updates', description: 'Dated notes from the writers: new threats and changed steps.'};

export function updatesText(siteDir: string, locale: Locale): {title: string; description: string} {
  if (locale === defaultLocale) return updatesEnglish;
  const file = path.join(siteDir, 'i18n', locale, translationDir(collectionOf('update')), 'options.json');
  const options = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string} | undefined>;
  const title = options.title?.message;
  const description = options.description?.message;
  if (!title || !description) throw new Error(`${path.relative(siteDir, file)}: needs "title" and "description", translated`);
  return {title, description};
}

/** Adds xml:lang and a feed-level author to an Atom document; leaves one that has them alone. */
export function completeAtom(xml: string, locale: string, author: string): string {
  let out = xml.replace(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
  const entries = out.indexOf('<entry>');
  const head = entries === -1 ? out : out.slice(0, entries);
  // The feed's first </title> is its own: entries come after it.
  if (!head.includes('<author>')) out = out.replace('</title>', `</title>\n    <author>\n        <name>${escapeXml(author)}</name>\n    </author>`);
  return out;
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Docusaurus starts every plugin's postBuild at once, and the blog plugin writes its feeds in its own: wait for the
 * file (declared among the internals issue 24 lists; a single post-build stage will order this instead).
 */
async function writtenBy(file: string, writer: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!fs.existsSync(file) || fs.statSync(file).size === 0) {
    if (Date.now() - started > timeoutMs) throw new Error(`feeds: ${file} was not written by ${writer} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // A file being written may be seen half-way: wait until its size holds still.
  for (let size = -1; size !== fs.statSync(file).size;) {
    size = fs.statSync(file).size;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export default function feedsPlugin(context: LoadContext): Plugin {
  return {
    name: 'feeds',
    async postBuild({outDir}) {
      const atom = path.join(outDir, 'updates', 'atom.xml');
      await writtenBy(atom, 'the blog plugin');
      fs.writeFileSync(atom, completeAtom(fs.readFileSync(atom, 'utf8'), context.i18n.currentLocale, site.title));
    },
  };
}
