/**
 * The lists a guide must be in besides its own file: the sidebar, the short links, and for a topic guide the home
 * page's signs. Read from the site's own TypeScript modules, so the check sees what the build uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

export type GuideRegistries = {
  /** Doc ids (file names without extension) in the survivor sidebar (src/config/guides.ts). */
  sidebar: ReadonlySet<string>;
  /** Doc ids in the sidebar's topic categories ("What is happening", "Home, family and money"): each needs a sign. */
  topics: ReadonlySet<string>;
  /** Routes that have a short link. */
  shortLinks: ReadonlySet<string>;
  /** Routes the home page's signs lead to, without their #anchor. */
  signs: ReadonlySet<string>;
};

const modules = {guides: 'src/config/guides.ts', shortLinks: 'src/config/shortLinks.ts', homeSigns: 'src/config/homeSigns.ts'} as const;

/** The site's registries, or undefined when the site has none of these modules (a test's small site). */
export async function loadRegistries(siteDir: string): Promise<GuideRegistries | undefined> {
  const files = Object.values(modules).map((file) => path.join(siteDir, file));
  if (!files.every((file) => fs.existsSync(file))) return undefined;
  const [guides, shortLinks, homeSigns] = (await Promise.all(files.map((file) => import(pathToFileURL(file).href)))) as unknown[];
  const lists = guides as {firstGuides: string[]; topicGuides: string[]; homeGuides?: string[]; toolGuides: string[]};
  const topics = [...lists.topicGuides, ...(lists.homeGuides ?? [])];
  const links = (shortLinks as {shortLinks: Record<string, string>}).shortLinks;
  const signs = (homeSigns as {homeSigns: readonly {to: string}[]}).homeSigns;
  return {
    sidebar: new Set([...lists.firstGuides, ...topics, ...lists.toolGuides]),
    topics: new Set(topics),
    shortLinks: new Set(Object.values(links)),
    signs: new Set(signs.map((sign) => sign.to.split('#')[0]!)),
  };
}
