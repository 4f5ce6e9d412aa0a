import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {TranslationState, TranslationStatus as Status} from '@site/src/content/project';
import styles from './styles.module.css';

// A page for writers, in English only: it is generated at build time and linked from no reader's page.
const labels: Record<TranslationState, string> = {
  'up-to-date': 'Up to date',
  outdated: 'Outdated',
  untranslated: 'Not translated',
  missing: 'Missing',
};

export default function TranslationStatus({statuses}: {statuses: Status[]}) {
  const locales = [...new Set(statuses.map((s) => s.locale))];
  const sources = [...new Map(statuses.map((s) => [s.source, s])).values()];
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
      </main>
    </Layout>
  );
}
