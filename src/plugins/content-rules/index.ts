/**
 * Local plugin: the content rules at build time. Runs the same checks as `npm run check:content` and stops the
 * build, naming file, place and fix, when any of them is an error; the checks of a file's structure run as its MDX
 * is compiled (./remark.ts, in every content plugin's beforeDefaultRemarkPlugins). The check covers the whole project (every
 * locale's files), so it runs once per build: the other locales' passes reuse its report while no file it reads has
 * changed. Warnings are printed once, not per locale.
 * It also publishes the writers' translation status page at /translation-status (linked from no reader page), with
 * each guide's readings on record per locale.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkProject, type ProjectReport} from '../../content/project';
import {loadRegistries} from '../../content/registries';
import {collections} from '../../content/collections';
import {ContentError, formatIssue} from '../../content/issues';

/** Every folder the check reads from: content in each language, the data it checks against, the registries. */
const checkedFolders = [...collections.map((collection) => collection.dir), 'i18n', 'src/data', 'src/config', 'src/pages'];

/** The size and modification time of every file the check may read, and the day: equal fingerprints, equal reports. */
function fingerprint(siteDir: string, today: string): string {
  const parts = [today];
  for (const folder of checkedFolders) {
    const dir = path.join(siteDir, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const {size, mtimeMs} = fs.statSync(file);
      parts.push(`${file}\0${size}\0${mtimeMs}`);
    }
  }
  return parts.join('\n');
}

/** The last check, kept for the process: Docusaurus builds each locale in turn in the same process. */
let lastCheck: {siteDir: string; fingerprint: string; report: ProjectReport} | undefined;

async function checkOnce(siteDir: string): Promise<{report: ProjectReport; fresh: boolean}> {
  const now = new Date();
  const current = fingerprint(siteDir, now.toISOString().slice(0, 10));
  if (lastCheck?.siteDir === siteDir && lastCheck.fingerprint === current) return {report: lastCheck.report, fresh: false};
  // Structure is checked on the tree the MDX compiler parses (./remark.ts), not by parsing every file twice.
  const report = checkProject(siteDir, now, await loadRegistries(siteDir), {structure: false});
  lastCheck = {siteDir, fingerprint: current, report};
  return {report, fresh: true};
}

export default function contentRulesPlugin(context: LoadContext): Plugin<Pick<ProjectReport, 'translations' | 'readings'>> {
  return {
    name: 'content-rules',
    getPathsToWatch() {
      return [...collections.map((collection) => collection.dir), 'i18n'].map((folder) => `${context.siteDir}/${folder}/**/*.{md,mdx}`);
    },
    async loadContent() {
      const {report, fresh} = await checkOnce(context.siteDir);
      if (fresh) {
        for (const issue of report.issues.filter((i) => i.severity === 'warning')) console.warn(`[content] ${formatIssue(issue)}`);
      }
      if (report.issues.some((issue) => issue.severity === 'error')) throw new ContentError(report.issues);
      return {translations: report.translations, readings: report.readings};
    },
    async contentLoaded({content, actions}) {
      const statuses = await actions.createData('translation-status.json', JSON.stringify(content.translations));
      const readings = await actions.createData('readings.json', JSON.stringify(content.readings));
      actions.addRoute({
        path: `${context.baseUrl}translation-status`,
        component: '@site/src/components/TranslationStatus/index.tsx',
        exact: true,
        modules: {statuses, readings},
      });
    },
  };
}
