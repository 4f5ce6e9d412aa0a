import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ReadingStatus, TranslationState, TranslationStatus as Status} from '@site/src/content/project';
import styles from './styles.module.css';

// A page for writers, in English only: it is generated at build time and linked from no reader's page.
const labels: Record<TranslationState, string> = {
  'up-to-date': 'Up to date',
  outdated: 'Outdated',
  untranslated: 'Not translated',
  missing: 'Missing',
};

const readingLabels: Record<ReadingStatus['readings'][number]['kind'], string> = {
  'second-reading': 'Second reading',
  'advocate-review': 'Advocate review',
  'translation-review': 'Translation review',
  'device-check': 'Device check',
};

/** A guide's readings in one locale, newest first, flagged when the text changed after the last. */
function ReadingsCell({status}: {status: ReadingStatus | undefined}) {
  if (!status) return <td className={styles.missing} data-readings="missing">Missing</td>;
  if (status.untranslated) return <td className={styles.untranslated} data-readings="untranslated">Not translated</td>;
  if (status.readings.length === 0) return <td className={styles.missing} data-readings="none">None on record</td>;
  return (
    <td className={status.changedSince ? styles.outdated : styles['up-to-date']} data-readings={status.changedSince ? 'changed' : 'current'}>
      {status.changedSince ? <strong>Changed since the last reading</strong> : null}
      <ul className={styles.readings}>
        {[...status.readings].reverse().map((reading) => (
          <li key={`${reading.kind}-${String(reading.date)}-${reading.hash}`}>
            {readingLabels[reading.kind]} ({reading.scope === 'whole' ? 'whole text' : 'changes'}), {String(reading.date)}: {reading.covered}
          </li>
        ))}
      </ul>
    </td>
  );
}

export default function TranslationStatus({statuses, readings}: {statuses: Status[]; readings: ReadingStatus[]}) {
  const locales = [...new Set(statuses.map((s) => s.locale))];
  const sources = [...new Map(statuses.map((s) => [s.source, s])).values()];
  const readingLocales = [...new Set(readings.map((r) => r.locale))];
  const guides = [...new Map(readings.map((r) => [r.source, r])).values()];
  const stateOf = (source: string, locale: string) => statuses.find((s) => s.source === source && s.locale === locale)?.state ?? 'missing';
  return (
    <Layout title="Translation status">
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">Translation status</Heading>
        <p>
          Every page by locale. Outdated means the English source changed after the translation was last brought in
          line with it. Run <code>npm run check:content</code> for the exact files and fixes.
        </p>
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Page</th>
                {locales.map((locale) => (
                  <th scope="col" key={locale}>
                    {locale}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.source}>
                  <th scope="row">
                    {source.kind === 'update' ? source.title : <Link to={source.route}>{source.title}</Link>}
                    <div className={styles.file}>{source.source}</div>
                  </th>
                  {locales.map((locale) => {
                    const state = stateOf(source.source, locale);
                    return (
                      <td key={locale} className={styles[state]} data-state={state}>
                        {labels[state]}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Heading as="h2" id="readings">
          Readings on record
        </Heading>
        <p>
          Each guide's readings in each locale, from its front matter, newest first. &ldquo;Changed since the last
          reading&rdquo; means the text is not the one the last reading read: those changes need reading next.
        </p>
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Guide</th>
                {readingLocales.map((locale) => (
                  <th scope="col" key={locale}>
                    {locale}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {guides.map((guide) => (
                <tr key={guide.source}>
                  <th scope="row">
                    <Link to={guide.route}>{guide.title}</Link>
                    <div className={styles.file}>{guide.source}</div>
                  </th>
                  {readingLocales.map((locale) => (
                    <ReadingsCell key={locale} status={readings.find((r) => r.source === guide.source && r.locale === locale)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
