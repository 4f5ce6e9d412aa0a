/**
 * The structure checks, on the syntax tree MDX reads from a file's body, not on its text: the safety callout first,
 * the required sections in order, the Get help block under its heading, each `<Risk>` and `<Org>` naming a known id,
 * outside links over https, and a guide's sources. The tree is the one Docusaurus's MDX compiler builds before its own
 * remark plugins run (directives still directives, heading ids still `{#id}` text): the build walks the tree it
 * compiles (src/plugins/content-rules/remark.ts), and `npm run check:content` parses the file the same way
 * (`parseBody`). So both report the very same issues, at the same lines.
 */
import {escapeMarkdownHeadingIds, parseMarkdownHeadingId} from '@docusaurus/utils';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import type {Nodes, Root} from 'mdast';
import {attributeValue, isJsxElement} from './mdx-jsx';
import type {ContentIssue} from './issues';
import type {ContentKind} from './collections';
import {isExampleAddress, isOwnerSource} from './sources';

/** The parts of a survivor article, by heading id, in the order they must appear. */
export const requiredSections = [
  {id: 'signs', heading: '## Signs you might notice {#signs}'},
  {id: 'options', heading: '## Your options {#options}'},
  {id: 'limits', heading: '## What this cannot do {#limits}'},
  {id: 'get-help', heading: '## Get help {#get-help}'},
  {id: 'sources', heading: '## Sources {#sources}'},
] as const;

/** A body's tree and the text it was parsed from (heading ids escaped), whose offsets its positions give. */
type ParsedBody = {tree: Root; source: string};

type StructureContext = {
  kind: ContentKind;
  file: string;
  /** The file's line where the parsed text starts: the body's for the checker, 1 for the compiler (it parses it all). */
  bodyLine: number;
  organizationIds: ReadonlySet<string>;
  /** The ids in the "Who gets told?" dataset (src/data/who-gets-told): every `<Risk>` names one. */
  riskActionIds: ReadonlySet<string>;
  /** The hosts of the directory's organizations: a guide's sources there are the organization's own pages. */
  organizationHosts: ReadonlySet<string>;
};

/** The parser Docusaurus's MDX compiler uses for our files: MDX, directives (`:::safety`), GitHub tables. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkGfm);

/**
 * A body parsed as Docusaurus's MDX compiler parses it: heading ids escaped first (its preprocessor does the same),
 * then the same parser. Throws, with the line, where the body is not valid MDX.
 */
export function parseBody(body: string): ParsedBody {
  const source = escapeMarkdownHeadingIds(body);
  return {tree: parser.parse(source), source};
}

/** Every node of the tree, in document order. */
function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** The id a heading ends with (`## Get help {#get-help}`), if any. */
function headingId(node: Nodes): string | undefined {
  return node.type === 'heading' ? parseMarkdownHeadingId(toString(node)).id : undefined;
}

export function structureIssues({tree, source}: ParsedBody, context: StructureContext): ContentIssue[] {
  const {file, kind} = context;
  const where = (node: Nodes) => `line ${context.bodyLine + (node.position?.start.line ?? 1) - 1}`;
  const nodes = [...walk(tree)];
  const issues: ContentIssue[] = [];
  if (kind === 'article') issues.push(...articleIssues(tree, nodes, file, where), ...sourceIssues(tree, file, context.organizationHosts));
  for (const node of nodes) {
    if (isJsxElement(node, 'Risk')) issues.push(...riskIssues(node, file, where(node), context.riskActionIds, source));
    if (isJsxElement(node, 'Org')) {
      const id = attributeValue(node, 'id');
      if (id !== undefined && !context.organizationIds.has(id)) {
        issues.push({
          severity: 'error',
          file,
          where: where(node),
          message: `<Org id="${id}"> names an organization that is not in the directory`,
          fix: 'use an id from src/data/organizations/*.yaml, or add the organization there first',
        });
      }
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') issues.push(...outsideLinkIssues(node.url, file, where(node)));
  }
  return issues;
}

function articleIssues(tree: Root, nodes: Nodes[], file: string, where: (node: Nodes) => string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // Front matter (in the compiler's tree) and imports may come first; what a reader sees first must be the callout.
  const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
  if (!first || first.type !== 'containerDirective' || first.name !== 'safety') {
    issues.push({
      severity: 'error',
      file,
      where: first ? where(first) : 'text',
      message: 'does not open with the safety callout',
      fix: 'start the article with :::safety[Before you change anything] ... ::: before any other text',
    });
  }
  // Each section's heading, the first with its id at the top level, and its place there.
  const sections = new Map<string, {heading: Nodes; index: number}>();
  tree.children.forEach((node, index) => {
    const id = node.type === 'heading' && node.depth === 2 ? headingId(node) : undefined;
    if (id && !sections.has(id)) sections.set(id, {heading: node, index});
  });
  let previous = -1;
  for (const section of requiredSections) {
    const found = sections.get(section.id);
    if (!found) {
      issues.push({
        severity: 'error',
        file,
        where: `section #${section.id}`,
        message: 'is missing',
        fix: `add the heading ${section.heading} (translate the words, keep the {#${section.id}} id)`,
      });
      continue;
    }
    if (found.index < previous) {
      issues.push({
        severity: 'error',
        file,
        where: where(found.heading),
        message: `section #${section.id} is out of order`,
        fix: `keep the order ${requiredSections.map((s) => `#${s.id}`).join(', ')}`,
      });
    }
    previous = found.index;
  }
  const block = nodes.find((node) => isJsxElement(node, 'GetHelp') && attributeValue(node, 'kinds') !== undefined);
  const getHelpHeading = sections.get('get-help')?.heading;
  if (!block) {
    issues.push({
      severity: 'error',
      file,
      where: 'section #get-help',
      message: 'has no Get help block',
      fix: 'add <GetHelp kinds={["hotline", "tech-safety"]} /> under the Get help heading',
    });
  } else if (getHelpHeading && nodes.indexOf(block) < nodes.indexOf(getHelpHeading)) {
    issues.push({severity: 'error', file, where: where(block), message: 'the Get help block comes before its heading'});
  }
  return issues;
}

/** Each risk mark reads its marks and its "what we know" from the dataset, the same on every page and locale. */
function riskIssues(
  node: Nodes & {attributes?: readonly {type: string; name?: string; value?: unknown}[]},
  file: string,
  where: string,
  ids: ReadonlySet<string>,
  source: string,
): ContentIssue[] {
  const id = attributeValue(node, 'action');
  if (id && ids.has(id)) return [];
  return [
    {
      severity: 'error',
      file,
      where,
      message: id ? `<Risk action="${id}"> names an action that is not in src/data/who-gets-told` : `${sourceOf(node, source)} names no action`,
      fix: id
        ? 'use an id from src/data/who-gets-told/*.yaml, or add the action there with its sources (CONTRIBUTING, "Who gets told?")'
        : 'write <Risk action="..." /> with the id of the action from src/data/who-gets-told/*.yaml, or add one there',
    },
  ];
}

/** The text a node was parsed from, as the writer wrote it. */
function sourceOf(node: Nodes, source: string): string {
  const {start, end} = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '<Risk>';
}

function outsideLinkIssues(url: string, file: string, where: string): ContentIssue[] {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return [];
  if (isExampleAddress(url)) {
    return [
      {
        severity: 'error',
        file,
        where,
        message: `links to ${url}, an example or placeholder address`,
        fix: 'link the page you actually read, or leave the fact out',
      },
    ];
  }
  if (/^http:/i.test(url)) {
    return [{severity: 'error', file, where, message: `links to ${url} over plain http`, fix: 'use the https:// address (and check that it still works)'}];
  }
  return [];
}

/** The links under a guide's Sources heading, up to the next heading of its level or above. */
function sourceLinks(tree: Root): string[] {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && headingId(node) === 'sources');
  if (start < 0) return [];
  const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= 2);
  return tree.children
    .slice(start + 1, end < 0 ? undefined : end)
    .flatMap((node) => [...walk(node)])
    .flatMap((node) => (node.type === 'link' ? [node.url] : []));
}

const minimumOwnerSources = 2;

/**
 * A guide's Sources must list web pages over https, and at least two from the owners of what it describes: vendors,
 * the organizations themselves, governments (src/content/sources.ts).
 */
function sourceIssues(tree: Root, file: string, organizationHosts: ReadonlySet<string>): ContentIssue[] {
  const links = sourceLinks(tree);
  const issues: ContentIssue[] = links
    .filter((url) => !/^https:\/\//.test(url) && !/^http:/i.test(url))
    .map((url) => ({
      severity: 'error',
      file,
      where: 'section #sources',
      message: `lists ${url}, which is not a web page over https`,
      fix: 'list the https:// address of each page you read',
    }));
  const owners = new Set(links.filter((url) => isOwnerSource(url, organizationHosts)));
  if (owners.size < minimumOwnerSources) {
    issues.push({
      severity: 'error',
      file,
      where: 'section #sources',
      message: `lists ${owners.size} source${owners.size === 1 ? '' : 's'} from the owners of what the guide describes, fewer than ${minimumOwnerSources}`,
      fix: "add the vendor's own help pages, the organization's own site or a government page you read; if a vendor's domain is missing from src/content/sources.ts, add it there",
    });
  }
  return issues;
}
