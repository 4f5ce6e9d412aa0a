import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatDate} from '@site/src/content/format';
import type {StepsChecked} from '@site/src/content/schema';
import styles from './styles.module.css';

/** Front matter dates arrive as text from our loaders and as Date objects from Docusaurus's YAML parser. */
type FrontMatterDate = string | Date;

type Props = {lastReviewed: FrontMatterDate; stepsChecked: Omit<StepsChecked, 'date'> & {date: FrontMatterDate}};

function isoDay(date: FrontMatterDate): string {
  return date instanceof Date ? date.toISOString().slice(0, 10) : date;
}

/**
 * When the article was last reviewed, and how its steps were checked: each date says exactly what was done on it
 * ("read in the makers' own help pages" is not "tried on a device"). Each wording is its own <Translate>, so the
 * string extractor finds every id.
 */
export default function ArticleMeta({lastReviewed, stepsChecked}: Props) {
  const {i18n} = useDocusaurusContext();
  const day = (date: FrontMatterDate) => {
    const iso = isoDay(date);
    return <time dateTime={iso}>{formatDate(iso, i18n.currentLocale)}</time>;
  };
  const versions = stepsChecked.versions ? <bdi>{stepsChecked.versions.join(', ')}</bdi> : null;
  return (
    <p className={styles.meta} data-last-reviewed={isoDay(lastReviewed)} data-steps-checked={stepsChecked.how}>
      <span>
        <Translate id="article.lastReviewed" description="Shown above an article: the date it was last reviewed" values={{date: day(lastReviewed)}}>
          {'Last reviewed {date}'}
        </Translate>
      </span>
      <span>
        {stepsChecked.how === 'device' ? (
          <Translate
            id="article.stepsOnDevice"
            description="Shown above an article: its steps were followed on a device running these versions, on this date"
            values={{versions, date: day(stepsChecked.date)}}>
            {'Steps tried on {versions} on {date}'}
          </Translate>
        ) : versions ? (
          <Translate
            id="article.stepsFromHelpPagesFor"
            description="Shown above an article: its steps come from the makers' own help pages for these versions, read on this date, and no one has followed them on a device"
            values={{versions, date: day(stepsChecked.date)}}>
            {"Steps from the makers' own help pages for {versions}, read {date}. Not yet tried on a device."}
          </Translate>
        ) : (
          <Translate
            id="article.stepsFromHelpPages"
            description="Shown above an article: its steps come from the makers' own help pages, read on this date, and no one has followed them on a device"
            values={{date: day(stepsChecked.date)}}>
            {"Steps from the makers' own help pages, read {date}. Not yet tried on a device."}
          </Translate>
        )}
      </span>
    </p>
  );
}
