import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {NotifiedAnswer, UndoAnswer} from '@site/src/content/schema';
import type {RiskEntry} from '@site/src/components/Risk';
import styles from './styles.module.css';

/** "Will they know?" answered in a few words; the sentence after it says who says so. */
export function NotifiedAnswerLabel({answer}: {answer: NotifiedAnswer}) {
  switch (answer) {
    case 'yes':
      return (
        <Translate id="whoGetsTold.notified.yes" description="Answer to 'will they know?': a source says the other person, or their device or email, is told">
          Yes, a notice may reach them
        </Translate>
      );
    case 'no':
      return (
        <Translate id="whoGetsTold.notified.no" description="Answer to 'will they know?': a source says no notice is sent (they may still notice)">
          No notice is sent, the maker says
        </Translate>
      );
    case 'not-confirmed':
      return (
        <Translate id="whoGetsTold.notified.notConfirmed" description="Answer to 'will they know?': no source we read says">
          We could not confirm
        </Translate>
      );
  }
}

function UndoAnswerLabel({answer}: {answer: UndoAnswer}) {
  switch (answer) {
    case 'yes':
      return (
        <Translate id="whoGetsTold.undo.yes" description="Answer to 'can you undo it?'">
          Yes
        </Translate>
      );
    case 'no':
      return (
        <Translate id="whoGetsTold.undo.no" description="Answer to 'can you undo it?'">
          No
        </Translate>
      );
    case 'partly':
      return (
        <Translate id="whoGetsTold.undo.partly" description="Answer to 'can you undo it?'">
          Partly
        </Translate>
      );
    case 'not-confirmed':
      return (
        <Translate id="whoGetsTold.undo.notConfirmed" description="Answer to 'can you undo it?': no source we read says">
          We could not confirm
        </Translate>
      );
  }
}

function Fact({term, children}: {term: ReactNode; children: ReactNode}) {
  return (
    <div className={styles.fact}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * What an action reveals, in the same five questions everywhere: the note after a guide's step and the row on
 * /who-gets-told. The vendor's own words, where published, are quoted in the language they were read in.
 */
export default function ActionFacts({entry}: {entry: RiskEntry}) {
  const {notified} = entry;
  const {quote} = notified;
  return (
    <dl className={styles.facts}>
      <Fact
        term={
          <Translate id="whoGetsTold.notified" description="Question: is the other person told when you do this?">
            Will they be told?
          </Translate>
        }
      >
        <strong data-notified={notified.answer}>
          <NotifiedAnswerLabel answer={notified.answer} />.
        </strong>{' '}
        {notified.text}
        {quote && (
          <q className={styles.quote} lang={quote.lang} cite={quote.url}>
            {quote.text}
          </q>
        )}
      </Fact>
      <Fact
        term={
          <Translate id="whoGetsTold.noticed" description="Heading: what the other person can still see or would notice">
            What they may still see or notice
          </Translate>
        }
      >
        {entry.noticed}
      </Fact>
      <Fact
        term={
          <Translate id="whoGetsTold.evidence" description="Heading: what evidence the action may destroy">
            Evidence it may destroy
          </Translate>
        }
      >
        {entry.evidence}
      </Fact>
      <Fact
        term={
          <Translate id="whoGetsTold.undo" description="Question: can the action be undone?">
            Can you undo it?
          </Translate>
        }
      >
        <strong>
          <UndoAnswerLabel answer={entry.undo.answer} />.
        </strong>{' '}
        {entry.undo.text}
      </Fact>
      <Fact
        term={
          <Translate id="whoGetsTold.first" description="Heading: what to do before the action">
            Before you do it
          </Translate>
        }
      >
        {entry.first}
      </Fact>
    </dl>
  );
}
