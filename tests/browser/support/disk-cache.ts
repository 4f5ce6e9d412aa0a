/**
 * What a browser left on disk: reads every file of a profile folder (the disk cache, the code cache, everything)
 * and says which sentences of the site's text it holds, as written or inside a gzip body, as a device check or a
 * monitoring app could.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {buildDir} from '../../../scripts/support/server';

/**
 * Distinctive runs of words from the text nodes of built pages. Only letters and spaces, so that a run reads the
 * same in the HTML, in a JavaScript chunk (where quotes and non-ASCII letters may be escaped) and in the search index.
 */
export function sentencesOf(builtPages: readonly string[], perPage = 6): string[] {
  const sentences = new Set<string>();
  for (const file of builtPages) {
    const html = fs.readFileSync(path.join(buildDir, file), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
    const runs = [...main.matchAll(/>([^<]{40,})</g)].map((match) => longestRun(decodeEntities(match[1]!))).filter((run) => run.length >= 28);
    for (const run of runs.slice(0, perPage)) sentences.add(run);
  }
  return [...sentences];
}

function longestRun(text: string): string {
  const runs = text.match(/[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)+/gu) ?? [];
  return runs.sort((a, b) => b.length - a.length)[0]?.trim() ?? '';
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

/** The readable texts in a stored file: itself, and every gzip body inside it (caches keep bodies as received). */
export function readableTexts(bytes: Buffer): string[] {
  const texts = [bytes.toString('utf8')];
  for (let at = bytes.indexOf(GZIP_MAGIC); at !== -1; at = bytes.indexOf(GZIP_MAGIC, at + 1)) {
    try {
      // A cache entry carries its metadata after the body, which gunzip refuses as a bad second member: inflate the
      // deflate stream after the 10-byte header (servers set no optional header fields) and stop where it ends.
      texts.push(zlib.inflateRawSync(bytes.subarray(at + 10), {finishFlush: zlib.constants.Z_SYNC_FLUSH}).toString('utf8'));
    } catch {
      // Not a gzip body after all (the magic bytes occur by chance): nothing to read here.
    }
  }
  return texts.map(unescapeScript);
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** `\u0627` and `\x27` as a minifier writes them, back to the letters. */
function unescapeScript(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_, u?: string, x?: string) => String.fromCharCode(parseInt(u ?? x!, 16)));
}

/**
 * The browser's history: the addresses and titles of pages visited, and the tabs to restore. No site can keep a
 * page out of it (the quick exit replaces its own entry); /privacy tells readers how to clear it or avoid it.
 */
const historyFiles = /(^|\/)(History|Visited Links|Top Sites|Favicons|Sessions|places\.sqlite|favicons\.sqlite|sessionstore)/;

/** Every file under `dir`, history aside, that holds one of `sentences`, with the sentences it holds. */
export function storedSentences(dir: string, sentences: readonly string[]): {file: string; sentences: string[]}[] {
  const found: {file: string; sentences: string[]}[] = [];
  for (const file of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
    if (historyFiles.test(file)) continue;
    const full = path.join(dir, file);
    if (!fs.statSync(full, {throwIfNoEntry: false})?.isFile()) continue;
    const texts = readableTexts(fs.readFileSync(full));
    const held = sentences.filter((sentence) => texts.some((text) => text.includes(sentence)));
    if (held.length > 0) found.push({file, sentences: held});
  }
  return found;
}
