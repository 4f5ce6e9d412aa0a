import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import clsx from 'clsx';
import type {RiskKind} from '@site/src/content/schema';
import type {LocalRiskAction} from '@site/src/content/who-gets-told';
import styles from './styles.module.css';

/** What the note under a risky step shows: the action's facts, in the page's locale (added at build time). */
export type RiskEntry = Pick<LocalRiskAction, 'notified' | 'noticed' | 'evidence' | 'undo' | 'first'>;

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

const icons: Record<RiskKind, string> = {alert: '!', evidence: '✱', data: '↺'};

/** The marks themselves, in words and not only a colour. */
export function RiskMarks({marks}: {marks: readonly RiskKind[]}) {
  return (
    <>
      {marks.map((kind) => (
        <strong key={kind} className={clsx(styles.risk, styles[kind])} data-risk={kind}>
          <span aria-hidden="true" className={styles.icon}>
            {icons[kind]}
          </span>
          {labels[kind]}
        </strong>
      ))}
    </>
  );
}

/** The JSON the remark plugin adds at build time; missing means the plugin did not run, which must not pass quietly. */
export function parseSupplied<T>(action: string, json: string | undefined, what: string): T {
  if (!json) throw new Error(`<Risk action="${action}"> has no ${what}: the who-gets-told remark plugin adds it at build time.`);
  return JSON.parse(json) as T;
}

/**
 * The mark at the start of a step that may be noticed, destroy evidence or lose the reader's data. The marks come
 * from the action's entry in the "Who gets told?" dataset, the same on every page and in every locale, and link to
 * its row on /who-gets-told; the remark plugin puts the "what we know" note after the step.
 */
export default function Risk({action, marks: marksJson}: {action: string; marks?: string}) {
  const marks = parseSupplied<RiskKind[]>(action, marksJson, 'marks');
  return (
    <Link to={`/who-gets-told#${action}`} className={styles.marks} data-risk-action={action}>
      <RiskMarks marks={marks} />
    </Link>
  );
}
