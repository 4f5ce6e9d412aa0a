import Translate from '@docusaurus/Translate';
import type {LocalEmergency} from '@site/src/content/organizations';
import Checked from '@site/src/components/OrganizationCard/Checked';
import styles from './styles.module.css';

/** A country's emergency number as a tap-to-call button, with what the number rests on and when it was read. */
export default function EmergencyNumber({emergency}: {emergency: LocalEmergency}) {
  return (
    <span className={styles.emergency}>
      <a className={styles.call} href={emergency.href} data-emergency>
        <Translate
          id="organizations.emergency"
          description="Tap-to-call link for a country's emergency number"
          values={{number: <bdi dir="ltr">{emergency.number}</bdi>}}
        >
          {'Emergency: {number}'}
        </Translate>
      </a>
      {emergency.note ? <span className={styles.note}>{emergency.note}</span> : null}
      <Checked checked={emergency.checked} of="emergency" className={styles.checked} />
    </span>
  );
}
