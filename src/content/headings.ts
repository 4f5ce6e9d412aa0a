// Its own module, importing nothing: the company file's loader reads guides' heading ids too, and the content
// modules import the company (through the site's name), so it cannot import them.

/** Explicit heading ids (`{#options}`) in a Markdown body. */
export function headingIds(text: string): Set<string> {
  return new Set([...text.matchAll(/^#{1,6}\s.*\{#([\w-]+)\}\s*$/gm)].map((match) => match[1]!));
}
