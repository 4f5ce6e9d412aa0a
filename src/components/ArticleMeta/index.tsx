import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatDate} from '@site/src/content/format';
import type {Reading, StepsChecked} from '@site/src/content/schema';
import {shownReadings} from './readings';
import styles from './styles.module.css';

/** Dates as the writer typed them, YYYY-MM-DD: every loader keeps front matter dates as text (src/content/front-matter.ts). */
type Props = {
  lastReviewed: string;
  stepsChecked: StepsChecked;
  readings?: readonly Reading[];
};

/**
 * When the article was last reviewed, and how its steps were checked: each date says exactly what was done on it
 * ("read in the makers' own help pages" is not "tried on a device"). Each wording is its own <Translate>, so the
 * string extractor finds every id.
 */
export default function ArticleMeta({lastReviewed, stepsChecked, readings = []}: Props) {
  const {i18n} = useDocusaurusContext();
  const day = (date: string) => <time dateTime={date}>{formatDate(date, i18n.currentLocale)}</time>;
  const versions = stepsChecked.versions ? <bdi>{stepsChecked.versions.join(', ')}</bdi> : null;
  return (
    <p className={styles.meta} data-last-reviewed={lastReviewed} data-steps-checked={stepsChecked.how}>
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
            values={{versions, date: day(stepsChecked.date)}}
          >
            {'Steps tried on {versions} on {date}'}
          </Translate>
        ) : versions ? (
          <Translate
            id="article.stepsFromHelpPagesFor"
            description="Shown above an article: its steps come from the makers' own help pages for these versions, read on this date, and no one has followed them on a device"
            values={{versions, date: day(stepsChecked.date)}}
          >
            {"Steps from the makers' own help pages for {versions}, read {date}. Not yet tried on a device."}
          </Translate>
        ) : (
          <Translate
            id="article.stepsFromHelpPages"
            description="Shown above an article: its steps come from the makers' own help pages, read on this date, and no one has followed them on a device"
            values={{date: day(stepsChecked.date)}}
          >
            {"Steps from the makers' own help pages, read {date}. Not yet tried on a device."}
          </Translate>
        )}
      </span>
      {shownReadings(readings).map((reading) => (
        <span key={`${reading.kind}-${reading.scope}`} data-reading={`${reading.kind} ${reading.scope}`}>
          <ReadingText kind={reading.kind} scope={reading.scope} date={day(reading.date)} />
        </span>
      ))}
    </p>
  );
}

/** One reading in plain words: what was done, to the whole text or to its latest changes, and when. */
function ReadingText({kind, scope, date}: {kind: Reading['kind']; scope: Reading['scope']; date: ReactNode}) {
  const values = {date};
  const whole = scope === 'whole';
  switch (kind) {
    case 'second-reading':
      return whole ? (
        <Translate
          id="article.reading.second"
          description="Shown above a guide: someone who did not write it read it against its sources on this date"
          values={values}
        >
          {'Read again against its sources on {date}'}
        </Translate>
      ) : (
        <Translate
          id="article.reading.second.changes"
          description="Shown above a guide: its latest changes were read against their sources, by someone who did not write them, on this date"
          values={values}
        >
          {'Latest changes read against their sources on {date}'}
        </Translate>
      );
    case 'advocate-review':
      return whole ? (
        <Translate id="article.reading.advocate" description="Shown above a guide: an advocate who supports survivors reviewed it on this date" values={values}>
          {'Reviewed by an advocate on {date}'}
        </Translate>
      ) : (
        <Translate
          id="article.reading.advocate.changes"
          description="Shown above a guide: an advocate reviewed its latest changes on this date"
          values={values}
        >
          {'Latest changes reviewed by an advocate on {date}'}
        </Translate>
      );
    case 'translation-review':
      return whole ? (
        <Translate
          id="article.reading.translation"
          description="Shown above a translated guide: the translation was read against the English guide on this date"
          values={values}
        >
          {'Translation read against the English on {date}'}
        </Translate>
      ) : (
        <Translate
          id="article.reading.translation.changes"
          description="Shown above a translated guide: the latest changes to the translation were read against the English on this date"
          values={values}
        >
          {'Latest changes to the translation read against the English on {date}'}
        </Translate>
      );
    case 'device-check':
      return whole ? (
        <Translate id="article.reading.device" description="Shown above a guide: someone followed all its steps on a device on this date" values={values}>
          {'Every step followed on a device on {date}'}
        </Translate>
      ) : (
        <Translate
          id="article.reading.device.changes"
          description="Shown above a guide: someone followed its changed steps on a device on this date"
          values={values}
        >
          {'Changed steps followed on a device on {date}'}
        </Translate>
      );
  }
}
