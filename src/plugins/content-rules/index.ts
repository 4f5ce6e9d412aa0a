/**
 * Local plugin: the content rules at build time. Runs the same checks as `npm run check:content` and stops the
 * build, naming file, place and fix, when any of them is an error. Warnings are printed once, not per locale.
 * It also publishes the writers' translation status page at /translation-status (linked from no reader page), with
 * each guide's readings on record per locale.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkProject, type ProjectReport} from '../../content/project';
import {loadRegistries} from '../../content/registries';
import {ContentError, formatIssue} from '../../content/issues';

export default function contentRulesPlugin(context: LoadContext): Plugin<Pick<ProjectReport, 'translations' | 'readings'>> {
  return {
    name: 'content-rules',
    getPathsToWatch() {
      return ['docs/**/*.{md,mdx}', 'agents/**/*.{md,mdx}', 'updates/**/*.{md,mdx}', 'i18n/**/*.{md,mdx}'].map((pattern) => `${context.siteDir}/${pattern}`);
    },
    async loadContent() {
      const report = checkProject(context.siteDir, new Date(), await loadRegistries(context.siteDir));
      if (context.i18n.currentLocale === context.i18n.defaultLocale) {
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
