import {Fragment, type ReactNode} from 'react';
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
  if (!status)
    return (
      <td className={styles.missing} data-readings="missing">
        Missing
      </td>
    );
  if (status.untranslated)
    return (
      <td className={styles.untranslated} data-readings="untranslated">
        Not translated
      </td>
    );
  if (status.readings.length === 0)
    return (
      <td className={styles.missing} data-readings="none">
        None on record
      </td>
    );
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

type Row = {source: string; title: string; route: string; linked: boolean};

/** A table of pages down the side and locales across, one cell per page and locale. */
function ByLocale({heading, rows, locales, cell}: {heading: string; rows: Row[]; locales: string[]; cell: (source: string, locale: string) => ReactNode}) {
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {locales.map((locale) => (
              <th scope="col" key={locale}>
                {locale}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.source}>
              <th scope="row">
                {row.linked ? <Link to={row.route}>{row.title}</Link> : row.title}
                <div className={styles.file}>{row.source}</div>
              </th>
              {locales.map((locale) => (
                <Fragment key={locale}>{cell(row.source, locale)}</Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row per page, in the order the pages first appear. */
function rowsOf(items: readonly {source: string; title: string; route: string; kind?: string}[]): Row[] {
  return [...new Map(items.map((item) => [item.source, {source: item.source, title: item.title, route: item.route, linked: item.kind !== 'update'}])).values()];
}

export default function TranslationStatus({statuses, readings}: {statuses: Status[]; readings: ReadingStatus[]}) {
  const stateOf = (source: string, locale: string) => statuses.find((s) => s.source === source && s.locale === locale)?.state ?? 'missing';
  return (
    <Layout title="Translation status">
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">Translation status</Heading>
        <p>
          Every page by locale. Outdated means the English source changed after the translation was last brought in line with it. Run{' '}
          <code>npm run check:content</code> for the exact files and fixes.
        </p>
        <ByLocale
          heading="Page"
          rows={rowsOf(statuses)}
          locales={[...new Set(statuses.map((s) => s.locale))]}
          cell={(source, locale) => {
            const state = stateOf(source, locale);
            return (
              <td className={styles[state]} data-state={state}>
                {labels[state]}
              </td>
            );
          }}
        />
        <Heading as="h2" id="readings">
          Readings on record
        </Heading>
        <p>
          Each guide's readings in each locale, from its front matter, newest first. &ldquo;Changed since the last reading&rdquo; means the text is not the one
          the last reading read: those changes need reading next.
        </p>
        <ByLocale
          heading="Guide"
          rows={rowsOf(readings)}
          locales={[...new Set(readings.map((r) => r.locale))]}
          cell={(source, locale) => <ReadingsCell status={readings.find((r) => r.source === source && r.locale === locale)} />}
        />
      </main>
    </Layout>
  );
}
