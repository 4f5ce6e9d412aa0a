import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import ActionFacts from '@site/src/components/ActionFacts';
import {RiskMarks} from '@site/src/components/Risk';
import {formatDate} from '@site/src/content/format';
import type {ActionSourceKind} from '@site/src/content/schema';
import type {LocalPlatform, LocalRiskAction} from '@site/src/content/who-gets-told';
import styles from './styles.module.css';

function SourceKind({kind}: {kind: ActionSourceKind}): ReactNode {
  switch (kind) {
    case 'own':
      return (
        <Translate id="whoGetsTold.source.own" description="Kind of source: the company's own help page">
          the maker’s own page
        </Translate>
      );
    case 'advocacy':
      return (
        <Translate id="whoGetsTold.source.advocacy" description="Kind of source: a survivor or tech-safety organization">
          a survivor organization
        </Translate>
      );
    case 'government':
      return (
        <Translate id="whoGetsTold.source.government" description="Kind of source: a government page">
          a government page
        </Translate>
      );
    case 'press':
      return (
        <Translate id="whoGetsTold.source.press" description="Kind of source: a news report">
          a news report
        </Translate>
      );
    case 'other':
      return (
        <Translate id="whoGetsTold.source.other" description="Kind of source: anything else, such as a copy of a page on another site">
          another site
        </Translate>
      );
  }
}

function ActionRow({action}: {action: LocalRiskAction}) {
  const {i18n} = useDocusaurusContext();
  // The row's heading carries its anchor: guides and agents link to it. (Search finds the page, not the row: the
  // search plugin splits docs and blog posts at their headings, but indexes a page such as this one whole.)
  return (
    <article className={styles.row} data-action={action.id}>
      <Heading as="h3" id={action.id} className={styles.title}>
        {action.action}
      </Heading>
      <p className={styles.marks}>
        <RiskMarks marks={action.marks} />
      </p>
      <ActionFacts entry={action} />
      <p className={styles.asked}>
        <Translate id="whoGetsTold.keywords" description="Before the words people use to ask about this action">
          Other ways people ask about this:
        </Translate>{' '}
        {action.keywords}
      </p>
      <p className={styles.meta}>
        {action.versions && (
          <>
            <Translate id="whoGetsTold.versions" description="The versions or places the facts were read for" values={{versions: action.versions}}>
              {'Applies to: {versions}.'}
            </Translate>{' '}
          </>
        )}
        <Translate
          id="whoGetsTold.checked"
          description="When the sources of an action were read"
          values={{date: <time dateTime={action.checked.date}>{formatDate(action.checked.date, i18n.currentLocale)}</time>}}
        >
          {'Sources read on {date}:'}
        </Translate>
      </p>
      <ul className={styles.sources}>
        {action.sources.map((source) => (
          <li key={source.url}>
            {/* As every outside link on the site: no referrer, same tab (src/plugins/outside-links). */}
            <a href={source.url} rel="noopener noreferrer" target="_self">
              {new URL(source.url).host}
            </a>{' '}
            (<SourceKind kind={source.kind} />)
          </li>
        ))}
      </ul>
    </article>
  );
}

/**
 * Every action in the "Who gets told?" dataset, by platform, each row with its own anchor (the action id) so an
 * agent can send the exact row. Plain HTML: readable without JavaScript and printable. The remark plugin supplies
 * `platforms` at build time, in the page's locale.
 */
export default function WhoGetsTold({platforms: platformsJson}: {platforms?: string}) {
  if (!platformsJson) throw new Error('<WhoGetsTold> has no actions: the who-gets-told remark plugin adds them at build time.');
  const platforms = JSON.parse(platformsJson) as LocalPlatform[];
  return (
    <div className={styles.table} data-who-gets-told>
      <nav
        aria-label={translate({id: 'whoGetsTold.platforms', message: 'Platforms', description: 'Label of the list of platforms on the Who gets told page'})}
        className={styles.platforms}
      >
        <ul>
          {platforms.map((platform) => (
            <li key={platform.id}>
              <a href={`#${platform.id}`}>{platform.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {platforms.map((platform) => (
        <section key={platform.id} aria-labelledby={platform.id}>
          <Heading as="h2" id={platform.id}>
            {platform.name}
          </Heading>
          {platform.actions.map((action) => (
            <ActionRow key={action.id} action={action} />
          ))}
        </section>
      ))}
    </div>
  );
}
