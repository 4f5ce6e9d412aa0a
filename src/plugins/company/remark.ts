/**
 * Remark plugin for every Markdown page: puts the company's product notes (company/company.ts) at the end of the
 * guide sections they are keyed to, and gives `<EscalationContacts />` the company's escalation list, in the
 * locale being built. Each page that shows one imports its component itself, so the components stay out of every
 * other page's download; on our own site there are no notes and no contacts, so pages carry nothing extra.
 */
import path from 'node:path';
import {buildingLocale, type Locale} from '../../config/locales';
import {inLocale, type Company} from '../../config/company-schema';
import {company} from '../../config/company';
import {addAttribute, isJsxElement, type MdastNode} from '../../content/mdx-jsx';
import {collectionOf, translationDir} from '../../content/collections';

type Heading = MdastNode & {depth?: number; data?: {id?: string; hProperties?: {id?: string}}; value?: string};

/** What `<ProductNote>` reads. */
export type ProductNoteProps = {company: string; text: string};
/** What `<EscalationContacts>` reads: each contact already in the reader's language. */
export type EscalationContactsProps = {company: string; contacts: {team: string; when: string; how: string}[]};

function textOf(node: Heading): string {
  return node.value ?? (node.children ?? []).map((child) => textOf(child as Heading)).join('');
}

/** A heading's id: the one Docusaurus gave it, or the `{#id}` written after its text. */
function headingId(node: Heading): string | undefined {
  return node.data?.id ?? node.data?.hProperties?.id ?? /\{#([a-z0-9-]+)\}\s*$/.exec(textOf(node))?.[1];
}

const guides = collectionOf('article');

/** The guide a file is a copy of: `docs/stalkerware.mdx` and `i18n/es/.../current/stalkerware.mdx` are both `stalkerware`. */
function guideOf(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const normal = file.split(path.sep).join('/');
  const folders = [guides.dir, translationDir(guides)];
  const inGuides = folders.map((folder) => new RegExp(`(?:^|/)${folder}/([^/]+)\\.mdx?$`).exec(normal)).find(Boolean);
  return inGuides?.[1];
}

/** `import Name from '@site/src/components/Name';` as MDX's syntax tree has it, estree included. */
function importOf(name: string): MdastNode {
  const source = `@site/src/components/${name}`;
  const estree = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
      },
    ],
  };
  return {type: 'mdxjsEsm', value: `import ${name} from ${JSON.stringify(source)};`, data: {estree}} as MdastNode;
}

export function supplyCompany(tree: MdastNode, company: Company, locale: Locale, guide: string | undefined): void {
  const children = tree.children ?? [];
  const used = new Set<string>();
  for (const note of (company.productNotes ?? []).filter((candidate) => candidate.guide === guide)) {
    const start = children.findIndex((node) => node.type === 'heading' && headingId(node) === note.section);
    const text = note.text[locale];
    if (start === -1 || !text) continue; // The company check reports a missing section or text before any build.
    const depth = (children[start] as Heading).depth ?? 2;
    const next = children.findIndex((node, index) => index > start && node.type === 'heading' && ((node as Heading).depth ?? 2) <= depth);
    const box: MdastNode = {type: 'mdxJsxFlowElement', name: 'ProductNote', children: []};
    const props: ProductNoteProps = {company: company.name, text};
    addAttribute(box, 'note', JSON.stringify(props));
    children.splice(next === -1 ? children.length : next, 0, box);
    used.add('ProductNote');
  }
  const visit = (node: MdastNode) => {
    if (isJsxElement(node, 'EscalationContacts')) {
      const props: EscalationContactsProps = {
        company: company.name,
        contacts: (company.escalation ?? []).map((contact) => ({
          team: inLocale(contact.team, locale),
          when: inLocale(contact.when, locale),
          how: inLocale(contact.how, locale),
        })),
      };
      addAttribute(node, 'list', JSON.stringify(props));
      used.add('EscalationContacts');
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  children.unshift(...[...used].map(importOf));
  tree.children = children;
}

// The company is read here, not passed as an option: Docusaurus ships the config's options, notes and all, in
// every page's main bundle.
export default function remarkCompany() {
  return (tree: MdastNode, file: {path?: string}) => supplyCompany(tree, company, buildingLocale(), guideOf(file.path));
}
