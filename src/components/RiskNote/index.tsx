import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import ActionFacts, {NotifiedAnswerLabel} from '@site/src/components/ActionFacts';
import {parseSupplied, type RiskEntry} from '@site/src/components/Risk';
import styles from './styles.module.css';

/**
 * "What we know" after a step with a risk mark: closed, so the step stays short, and open without JavaScript
 * (a native disclosure). The summary already answers "will they be told?" in a few words.
 */
export default function RiskNote({action, entry: entryJson}: {action: string; entry?: string}) {
  const entry = parseSupplied<RiskEntry>(action, entryJson, 'entry');
  return (
    <details className={styles.note} data-risk-note={action}>
      <summary>
        <Translate
          id="whoGetsTold.note.summary"
          description="Summary of the note after a risky step; {answer} is the short answer"
          values={{answer: <NotifiedAnswerLabel answer={entry.notified.answer} />}}
        >
          {'Will they be told? {answer}. What we know'}
        </Translate>
      </summary>
      <ActionFacts entry={entry} />
      <p className={styles.more}>
        <Link to={`/who-gets-told#${action}`}>
          <Translate id="whoGetsTold.note.more" description="Link from a step's note to the action's row on the Who gets told page">
            Everything we know about this, with sources
          </Translate>
        </Link>
      </p>
    </details>
  );
}
