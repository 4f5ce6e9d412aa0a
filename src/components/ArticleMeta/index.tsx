import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatDate} from '@site/src/content/format';
import styles from './styles.module.css';

type Props = {lastReviewed: string | Date; testedOn: string[]};

/** When the article was last checked against its sources, and on which OS and app versions. */
export default function ArticleMeta({lastReviewed, testedOn}: Props) {
  const {i18n} = useDocusaurusContext();
  const iso = lastReviewed instanceof Date ? lastReviewed.toISOString().slice(0, 10) : lastReviewed;
  return (
    <p className={styles.meta} data-last-reviewed={iso}>
      <span>
        <Translate
          id="article.lastReviewed"
          description="Shown above an article: the date it was last reviewed"
          values={{date: <time dateTime={iso}>{formatDate(iso, i18n.currentLocale)}</time>}}>
          {'Last reviewed {date}'}
        </Translate>
      </span>
      {testedOn.length > 0 ? (
        <span>
          <Translate
            id="article.testedOn"
            description="Shown above an article: the OS and app versions its steps were checked on"
            values={{versions: <bdi>{testedOn.join(', ')}</bdi>}}>
            {'Steps checked on {versions}'}
          </Translate>
        </span>
      ) : null}
    </p>
  );
}
