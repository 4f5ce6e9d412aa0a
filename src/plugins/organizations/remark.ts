/**
 * Remark plugin for every Markdown page: gives `<GetHelp kinds={...} />` and `<Org id="..." />` their
 * organizations at build time, as a JSON attribute, so each page carries only the entries it shows (in the
 * reader's locale, already ordered) instead of every page downloading the whole directory.
 * An unknown id is left for the content rules to report (file, line and fix); the component then shows nothing.
 */
import {buildingLocale, type Locale} from '../../config/locales';
import {localizeDirectory, loadDirectory, type LocalContact, type LocalCountry, type LocalOrganization} from '../../content/organizations';
import {helpBlockFor} from '../../content/ordering';
import {helpKinds, type HelpKind} from '../../content/schema';
import {addAttribute, attributeValue, isJsxElement, type MdastNode} from '../../content/mdx-jsx';

/** What an `<Org>` mention shows: the name, linked, and the first number to tap. */
export type OrgMention = Pick<LocalOrganization, 'id' | 'name' | 'website'> & {phone?: LocalContact};

const directories = new Map<Locale, LocalCountry[]>();

/** The directory in one locale, read once per build process (each locale builds in turn). */
function directoryIn(siteDir: string, locale: Locale): LocalCountry[] {
  if (!directories.has(locale)) directories.set(locale, localizeDirectory(loadDirectory(siteDir).countries, locale));
  return directories.get(locale)!;
}

function parseKinds(source: string | undefined): HelpKind[] {
  try {
    const parsed: unknown = JSON.parse(source ?? '[]');
    return Array.isArray(parsed)
      ? (parsed as unknown[]).filter((kind): kind is HelpKind => typeof kind === 'string' && (helpKinds as readonly string[]).includes(kind))
      : [];
  } catch {
    return []; // Not a plain list: the content rules report the block.
  }
}

export function supplyOrganizations(tree: MdastNode, countries: LocalCountry[], locale: Locale): void {
  const visit = (node: MdastNode) => {
    if (isJsxElement(node, 'GetHelp')) {
      addAttribute(node, 'block', JSON.stringify(helpBlockFor(countries, locale, parseKinds(attributeValue(node, 'kinds')))));
    } else if (isJsxElement(node, 'Org')) {
      const id = attributeValue(node, 'id');
      const org = countries.flatMap((country) => country.organizations).find((candidate) => candidate.id === id);
      if (org) {
        const mention: OrgMention = {id: org.id, name: org.name, website: org.website, phone: org.phone[0]};
        addAttribute(node, 'org', JSON.stringify(mention));
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
}

export default function remarkOrganizations({siteDir}: {siteDir: string}) {
  return (tree: MdastNode) => {
    const locale = buildingLocale();
    supplyOrganizations(tree, directoryIn(siteDir, locale), locale);
  };
}
