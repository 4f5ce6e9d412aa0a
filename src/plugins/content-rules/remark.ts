/**
 * Remark plugin for every Markdown page: the content rules' structure checks (src/content/structure.ts) on the tree
 * Docusaurus's MDX compiler has just parsed, before its own plugins change it (it runs first). The build stops at a
 * file that breaks them, naming its lines and fixes, as `npm run check:content` does for the same file. Checking here
 * rather than in the content-rules plugin's own pass spares a second parse of every file.
 */
import path from 'node:path';
import type {Root} from 'mdast';
import {collectionOfFile} from '../../content/collections';
import {ContentError} from '../../content/issues';
import {loadDirectory, organizationHosts, organizationIds} from '../../content/organizations';
import {actionIds, loadRiskActions} from '../../content/who-gets-told';
import {structureIssues} from '../../content/structure';

/** The file being compiled: its whole text, front matter included (the compiler parses that as the tree's first node). */
type CompiledFile = {path?: string; value: unknown};

type KnownIds = {organizationIds: Set<string>; organizationHosts: Set<string>; riskActionIds: Set<string>};
const knownBySite = new Map<string, KnownIds>();

/**
 * The ids the checks compare with, read once per build process for all content plugins and locales, as the other
 * remark plugins read the data: under `npm start`, a YAML change needs a restart (CONTRIBUTING).
 */
function knownIds(siteDir: string): KnownIds {
  let known = knownBySite.get(siteDir);
  if (!known) {
    const {countries} = loadDirectory(siteDir);
    known = {
      organizationIds: organizationIds(countries),
      organizationHosts: organizationHosts(countries),
      riskActionIds: actionIds(loadRiskActions(siteDir).platforms),
    };
    knownBySite.set(siteDir, known);
  }
  return known;
}

export default function remarkContentStructure({siteDir}: {siteDir: string}) {
  const known = knownIds(siteDir);
  return (tree: Root, file: CompiledFile) => {
    if (!file.path) return;
    const relative = path.relative(siteDir, file.path).replace(/\\/g, '/');
    const collection = collectionOfFile(relative);
    if (!collection) return;
    // The compiler parses the whole file, so its lines are the file's.
    const issues = structureIssues({tree, source: String(file.value)}, {kind: collection.kind, file: relative, bodyLine: 1, ...known});
    if (issues.some((issue) => issue.severity === 'error')) throw new ContentError(issues);
  };
}
