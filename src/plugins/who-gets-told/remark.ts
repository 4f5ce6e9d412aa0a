/**
 * Remark plugin for every Markdown page: gives each `<Risk action="..." />` its marks from the "Who gets told?"
 * dataset in the locale being built, and puts a `<RiskNote>` ("what we know") after the paragraph that holds it, so
 * a step's marks and note read the same on every page and in every locale. Gives `<WhoGetsTold />` every action.
 * An unknown action is left for the content rules to report (file, line and fix).
 */
import {buildingLocale, type Locale} from '../../config/locales';
import type {RiskEntry} from '../../components/Risk';
import {loadRiskActions, localizePlatforms, type LocalPlatform} from '../../content/who-gets-told';
import {addAttribute, attributeValue, isJsxElement, type MdastNode} from '../../content/mdx-jsx';

const platformsByLocale = new Map<Locale, LocalPlatform[]>();

/** The dataset in one locale, read once per build process (each locale builds in turn). */
function platformsIn(siteDir: string, locale: Locale): LocalPlatform[] {
  if (!platformsByLocale.has(locale)) platformsByLocale.set(locale, localizePlatforms(loadRiskActions(siteDir).platforms, locale));
  return platformsByLocale.get(locale)!;
}

export function supplyRiskActions(tree: MdastNode, platforms: LocalPlatform[]): void {
  // Only what each part shows, once: pages carry these bytes to every reader.
  const actions = new Map(platforms.flatMap((platform) => platform.actions.map((action) => [action.id, action] as const)));
  /** Gives a `<Risk>` its marks; returns the note to put after its paragraph, if the action is known. */
  const supply = (node: MdastNode): MdastNode | undefined => {
    const id = attributeValue(node, 'action');
    const action = id ? actions.get(id) : undefined;
    if (!id || !action) return undefined;
    addAttribute(node, 'marks', JSON.stringify(action.marks));
    const {notified, noticed, evidence, undo, first} = action;
    const entry: RiskEntry = {notified, noticed, evidence, undo, first};
    const note: MdastNode = {type: 'mdxJsxFlowElement', name: 'RiskNote', children: []};
    addAttribute(note, 'action', id);
    addAttribute(note, 'entry', JSON.stringify(entry));
    return note;
  };
  const visit = (node: MdastNode) => {
    const children = node.children;
    if (!children) return;
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      if (isJsxElement(child, 'WhoGetsTold')) {
        addAttribute(child, 'platforms', JSON.stringify(platforms));
      } else if (isJsxElement(child, 'Risk')) {
        supply(child);
      } else if (child.type === 'paragraph') {
        const notes = (child.children ?? []).filter((inline) => isJsxElement(inline, 'Risk')).map(supply);
        const known = notes.filter((note): note is MdastNode => note !== undefined);
        children.splice(index + 1, 0, ...known);
        index += known.length;
        continue;
      }
      visit(child);
    }
  };
  visit(tree);
}

export default function remarkWhoGetsTold({siteDir}: {siteDir: string}) {
  return (tree: MdastNode) => supplyRiskActions(tree, platformsIn(siteDir, buildingLocale()));
}
