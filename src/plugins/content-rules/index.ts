/**
 * Local plugin: the content rules at build time. Runs the same checks as `npm run check:content` and stops the
 * build, naming file, place and fix, when any of them is an error. Warnings are printed once, not per locale.
 * It also publishes the writers' translation status page at /translation-status (linked from no reader page).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkProject, type TranslationStatus} from '../../content/project';
import {ContentError, formatIssue} from '../../content/issues';

export default function contentRulesPlugin(context: LoadContext): Plugin<TranslationStatus[]> {
  return {
    name: 'content-rules',
    getPathsToWatch() {
      return ['docs/**/*.{md,mdx}', 'agents/**/*.{md,mdx}', 'updates/**/*.{md,mdx}', 'i18n/**/*.{md,mdx}'].map(
        (pattern) => `${context.siteDir}/${pattern}`,
      );
    },
    async loadContent() {
      const report = checkProject(context.siteDir, new Date());
      if (context.i18n.currentLocale === context.i18n.defaultLocale) {
        for (const issue of report.issues.filter((i) => i.severity === 'warning')) console.warn(`[content] ${formatIssue(issue)}`);
      }
      if (report.issues.some((issue) => issue.severity === 'error')) throw new ContentError(report.issues);
      return report.translations;
    },
    async contentLoaded({content, actions}) {
      const statuses = await actions.createData('translation-status.json', JSON.stringify(content));
      actions.addRoute({
        path: `${context.baseUrl}translation-status`,
        component: '@site/src/components/TranslationStatus/index.tsx',
        exact: true,
        modules: {statuses},
      });
    },
  };
}
