/**
 * The words a guide page shows beyond its Markdown: each risky step's mark and note (from "Who gets told?") and the
 * Get help block (from the directory). Our components write them into every built guide; the stock copy of a
 * synthetic guide (./synthetic.ts) gets the same words as plain Markdown, taken from our built pages, so that both
 * sites build and index the same text. They sit in elements with our data attributes, so the same search settings
 * (`ignoreCssSelectors`) leave them out of both indexes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {localePrefix, locales, type Locale} from '../../src/config/locales';

export type GuideExtras = Record<
  Locale,
  {
    /** Each risk action's mark, as its step shows it: "Could be noticed". */
    marks: Record<string, string>;
    /** Each risk action's note, as Markdown. */
    notes: Record<string, string>;
    /** Each Get help block, as Markdown, by its `data-get-help` kinds ("hotline tech-safety"). */
    getHelp: Record<string, string>;
  }
>;

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0'};
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name]!);
// Characters MDX would read as JSX or expressions, and Markdown as emphasis or escapes, in plain text.
const escapeText = (text: string) => text.replace(/[\\{}<>*_[\]`]/g, (char) => `\\${char}`);

// Marks where a link stood while the text around it is escaped: a private-use character no page contains.
const placeholder = '\uE000';

const blockTags = 'p|li|dt|dd|div|details|summary|h[1-6]|ul|ol|dl|article|section';

/**
 * Minified HTML (closing tags often left out) as Markdown paragraphs: the same words, each block its own paragraph,
 * links to other sites kept as links (the stock site has none of our pages, so links within the site become their
 * words), every other tag dropped.
 */
export function htmlToMarkdown(html: string): string {
  const withBreaks = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(new RegExp(`<\\/?(?:${blockTags})\\b[^>]*>`, 'g'), '\n\n')
    .replace(/<br\s*\/?>/g, '\n\n')
    // Inline elements that end without a space before the next words: an icon, a quotation.
    .replace(/<\/span>|<\/?q\b[^>]*>/g, ' ');
  const links: string[] = [];
  const withLinks = withBreaks.replace(
    /<a\b[^>]*?\bhref=("([^"]*)"|[^\s>]+)[^>]*>([\s\S]*?)<\/a>/g,
    (_: string, quoted: string, inQuotes: string | undefined, inner: string) => {
      const href = decode(inQuotes ?? quoted);
      const encodedHref = href.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
      const words = escapeText(
        decode(inner.replace(/<[^>]+>/g, ' '))
          .replace(/\s+/g, ' ')
          .trim(),
      );
      links.push(href.startsWith('/') || href.startsWith('#') ? words : `[${words}](${encodedHref})`);
      return `${placeholder}${links.length - 1}${placeholder}`;
    },
  );
  return withLinks
    .replace(/<[^>]+>/g, '')
    .split(/\n{2,}/)
    .map((block) =>
      escapeText(decode(block).replace(/\s+/g, ' ').trim())
        // A paragraph starting "1." or "-" would become a list, "#" a heading.
        .replace(/^(\d+)\. /, '$1\\. ')
        .replace(/^([-+#])/, '\\$1')
        .replace(new RegExp(`${placeholder}(\\d+)${placeholder}`, 'g'), (_, index: string) => links[Number(index)]!),
    )
    .filter((block) => block.replace(/[\u200b\s]/g, '') !== '')
    .join('\n\n');
}

/** The element that starts at `start` (its opening tag's `<`), through its matching closing tag. */
function elementAt(html: string, start: number): string {
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))![1]!;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  throw new Error(`No closing </${tag}> for the element at ${start}`);
}

/** Every element with `attribute`, by the attribute's value (the first of each value). */
function elementsWith(html: string, attribute: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of html.matchAll(new RegExp(`<[a-z0-9]+\\b[^>]*\\b${attribute}=("[^"]*"|[^\\s>]+)[^>]*>`, 'g'))) {
    const value = match[1]!.replace(/^"|"$/g, '');
    if (!found.has(value)) found.set(value, elementAt(html, match.index));
  }
  return found;
}

/** The risk marks, notes and Get help blocks of our built synthetic guides, in every locale. */
export function readGuideExtras(buildRoot: string, guidePaths: readonly string[]): GuideExtras {
  return Object.fromEntries(
    locales.map((locale) => {
      const extras: GuideExtras[Locale] = {marks: {}, notes: {}, getHelp: {}};
      for (const guidePath of guidePaths) {
        const file = path.join(buildRoot, localePrefix(locale), `${guidePath}.html`);
        const html = fs.readFileSync(file, 'utf8');
        for (const [action, element] of elementsWith(html, 'data-risk-action')) extras.marks[action] ??= htmlToMarkdown(element);
        for (const [action, element] of elementsWith(html, 'data-risk-note')) extras.notes[action] ??= htmlToMarkdown(element);
        for (const [kinds, element] of elementsWith(html, 'data-get-help')) extras.getHelp[kinds] ??= htmlToMarkdown(element);
      }
      if (Object.keys(extras.notes).length === 0 || Object.keys(extras.getHelp).length === 0) {
        throw new Error(`No risk notes or Get help blocks in ${locale}'s synthetic guides under ${buildRoot}: update scripts/bench/guide-extras.ts`);
      }
      return [locale, extras];
    }),
  ) as GuideExtras;
}
