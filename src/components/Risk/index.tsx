import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import clsx from 'clsx';
import styles from './styles.module.css';

export type RiskKind = 'alert' | 'evidence' | 'data';

const labels: Record<RiskKind, ReactNode> = {
  alert: (
    <Translate id="risk.alert" description="Mark on a step that the person causing harm may notice">
      May be noticed
    </Translate>
  ),
  evidence: (
    <Translate id="risk.evidence" description="Mark on a step that can destroy evidence">
      May destroy evidence
    </Translate>
  ),
  data: (
    <Translate id="risk.data" description="Mark on a step after which the reader may lose their own data">
      May lose your data
    </Translate>
  ),
};

/** A visible mark at the start of a step that may be noticed, destroy evidence, or lose the reader's data. */
export default function Risk({kind}: {kind: RiskKind}) {
  return (
    <strong className={clsx(styles.risk, styles[kind])} data-risk={kind}>
      <span aria-hidden="true" className={styles.icon}>
        {kind === 'alert' ? '!' : kind === 'evidence' ? '✱' : '↺'}
      </span>
      {labels[kind]}
    </strong>
  );
}
