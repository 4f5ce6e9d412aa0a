/**
 * Local plugin: the home page, at the locale's root, with "All guides": every guide in the survivor sidebar, in its
 * order and groups, titled as in this locale. The list is read from what the docs plugin loaded (its sidebar from
 * src/config/guides.ts, each guide's translated title), so a guide joins the home page when it joins the sidebar,
 * with no second list to keep. It reaches the page as route data, which only the home page downloads.
 */
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {collectionOf} from '../../content/collections';
import type {GuideGroup} from '../../components/TopicList';

type LoadedVersion = LoadedContent['loadedVersions'][number];
type SidebarItem = LoadedVersion['sidebars'][string][number];

/** The sidebar the home page lists (sidebars.ts). */
export const homeSidebar = 'survivor';

/** The sidebar's guides, grouped as it groups them: guides before the first category form a group without a label. */
export function guideGroups(version: Pick<LoadedVersion, 'docs' | 'sidebars'>): GuideGroup[] {
  const sidebar = version.sidebars[homeSidebar];
  if (!sidebar) throw new Error(`The home page lists the sidebar "${homeSidebar}", which sidebars.ts does not define`);
  const docs = new Map(version.docs.map((doc) => [doc.id, doc]));
  const guidesIn = (items: SidebarItem[]): GuideGroup['guides'] =>
    items.flatMap((item) => {
      if (item.type === 'category') return guidesIn(item.items);
      if (item.type !== 'doc' && item.type !== 'ref') return [];
      const doc = docs.get(item.id);
      if (!doc) throw new Error(`The sidebar "${homeSidebar}" lists "${item.id}", which is not a guide`);
      const label = doc.frontMatter.sidebar_label;
      return [{title: item.label ?? (typeof label === 'string' ? label : doc.title), to: doc.permalink}];
    });
  const groups: GuideGroup[] = [];
  for (const item of sidebar) {
    if (item.type === 'category') groups.push({label: item.label, guides: guidesIn(item.items)});
    else if (groups.length > 0 && groups.at(-1)!.label === undefined) groups.at(-1)!.guides.push(...guidesIn([item]));
    else groups.push({guides: guidesIn([item])});
  }
  return groups;
}

export default function homePlugin(context: LoadContext): Plugin {
  const guides = collectionOf('article');
  return {
    name: 'home',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent[`docusaurus-plugin-content-${guides.plugin}`]?.[guides.pluginId] as LoadedContent | undefined;
      const version = docs?.loadedVersions[0];
      if (!version) throw new Error(`The home page lists the guides, but the docs plugin "${guides.pluginId}" loaded none`);
      const groups = await actions.createData('home-guide-groups.json', JSON.stringify(guideGroups(version)));
      actions.addRoute({path: context.baseUrl, component: '@site/src/components/HomePage/index.tsx', exact: true, modules: {guideGroups: groups}});
    },
  };
}
