/**
 * `npm run check:content`: the writers' one command. Checks every article, agent page, update note, translation
 * and organization against the rules in src/content/, prints each problem with its file, place and fix, then a
 * summary table. Exits 1 when there are errors. `--json` prints the report for tools; `--root DIR` checks
 * another site folder; CONTENT_TODAY=YYYY-MM-DD pretends today is another day (for the tests).
 */
import path from 'node:path';
import {checkProject, type ReadingStatus} from '../src/content/project';
import {formatIssue} from '../src/content/issues';
import {loadRegistries} from '../src/content/registries';

const args = process.argv.slice(2);
const json = args.includes('--json');
const rootIndex = args.indexOf('--root');
const siteDir = path.resolve(rootIndex >= 0 ? args[rootIndex + 1]! : path.join(__dirname, '..'));
const today = process.env.CONTENT_TODAY ? new Date(`${process.env.CONTENT_TODAY}T12:00:00Z`) : new Date();

async function main(): Promise<void> {
  const report = checkProject(siteDir, today, await loadRegistries(siteDir));
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
    console.log('\nReadings (the last one on record; "changed": the text changed after it)');
    const readingLocales = [...new Set(report.readings.map((r) => r.locale))];
    console.log(['guide', ...readingLocales].map((cell) => cell.padEnd(34)).join(''));
    for (const source of [...new Set(report.readings.map((r) => r.source))]) {
      const cells = readingLocales.map((locale) => {
        const status = report.readings.find((r) => r.source === source && r.locale === locale);
        return status ? readingCell(status) : 'missing';
      });
      console.log([path.basename(source).replace(/\.mdx?$/, ''), ...cells].map((cell) => cell.padEnd(34)).join(''));
    }
    console.log(`\nChecked ${report.files} files: ${errors.length} errors, ${warnings.length} warnings.`);
    if (errors.length > 0) console.log('Fix the errors above; each line says where and how.');
  }
  process.exit(errors.length > 0 ? 1 : 0);
}

void main();

/** "2026-12-03 second-reading", with "changed" when the text moved on after it; "none" or "untranslated" otherwise. */
function readingCell(status: ReadingStatus): string {
  if (status.untranslated) return 'untranslated';
  const last = status.readings.at(-1);
  if (!last) return 'none';
  return `${String(last.date)} ${last.kind}${status.changedSince ? ' changed' : ''}`;
}
