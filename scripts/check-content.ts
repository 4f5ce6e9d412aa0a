/**
 * `npm run check:content`: the writers' one command. Checks every article, agent page, update note, translation
 * and organization against the rules in src/content/, prints each problem with its file, place and fix, then a
 * summary table. Exits 1 when there are errors. `--json` prints the report for tools; `--root DIR` checks
 * another site folder; CONTENT_TODAY=YYYY-MM-DD pretends today is another day (for the tests).
 */
import path from 'node:path';
import {checkProject} from '../src/content/project';
import {formatIssue} from '../src/content/issues';

const args = process.argv.slice(2);
const json = args.includes('--json');
const rootIndex = args.indexOf('--root');
const siteDir = path.resolve(rootIndex >= 0 ? args[rootIndex + 1]! : path.join(__dirname, '..'));
const today = process.env.CONTENT_TODAY ? new Date(`${process.env.CONTENT_TODAY}T12:00:00Z`) : new Date();

const report = checkProject(siteDir, today);
const errors = report.issues.filter((issue) => issue.severity === 'error');
const warnings = report.issues.filter((issue) => issue.severity === 'warning');

if (json) {
  console.log(JSON.stringify({errors: errors.length, warnings: warnings.length, ...report}, null, 2));
} else {
  for (const issue of [...errors, ...warnings]) console.log(formatIssue(issue));
  const states = ['up-to-date', 'outdated', 'untranslated', 'missing'] as const;
  const locales = [...new Set(report.translations.map((t) => t.locale))];
  console.log('\nTranslations');
  console.log(['locale', ...states].map((cell) => cell.padEnd(13)).join(''));
  for (const locale of locales) {
    const counts = states.map((state) => report.translations.filter((t) => t.locale === locale && t.state === state).length);
    console.log([locale, ...counts.map(String)].map((cell) => cell.padEnd(13)).join(''));
  }
  console.log(`\nChecked ${report.files} files: ${errors.length} errors, ${warnings.length} warnings.`);
  if (errors.length > 0) console.log('Fix the errors above; each line says where and how.');
}
process.exit(errors.length > 0 ? 1 : 0);
