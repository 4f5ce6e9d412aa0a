import Translate from '@docusaurus/Translate';
import type {LocalCountry} from '@site/src/content/organizations';
import styles from './styles.module.css';

type Emergency = NonNullable<LocalCountry['emergency']>;

/** A country's emergency number as a tap-to-call button. */
export default function EmergencyNumber({emergency}: {emergency: Emergency}) {
  return (
    <span className={styles.emergency}>
      <a className={styles.call} href={emergency.href} data-emergency>
        <Translate
          id="organizations.emergency"
          description="Tap-to-call link for a country's emergency number"
          values={{number: <bdi dir="ltr">{emergency.number}</bdi>}}>
          {'Emergency: {number}'}
        </Translate>
      </a>
      {emergency.note ? <span className={styles.note}>{emergency.note}</span> : null}
    </span>
  );
}
