import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LocalOrganization} from '@site/src/content/organizations';
import {formatDate} from '@site/src/content/format';
import styles from './styles.module.css';

/** Numbers read left to right in every script, Arabic included. */
function Digits({children}: {children: string}) {
  return <bdi dir="ltr">{children}</bdi>;
}

/** One organization: how to reach it (tap to call or text), when, in which languages, and when we checked. */
export default function OrganizationCard({org, headingLevel = 3}: {org: LocalOrganization; headingLevel?: 3 | 4}) {
  const {i18n} = useDocusaurusContext();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className={styles.card} data-organization={org.id}>
      <Heading className={styles.name}>
        <a href={org.website} rel="noopener noreferrer">
          {org.name}
        </a>
      </Heading>
      <p className={styles.description}>{org.description}</p>
      <ul className={styles.contacts}>
        {org.phone.map((line) => (
          <li key={`tel-${line.number}`}>
            <a className={styles.contact} href={line.href}>
              <Translate id="organizations.call" description="Link text to call a number" values={{number: <Digits>{line.number}</Digits>}}>
                {'Call {number}'}
              </Translate>
            </a>
            {line.label ? <span className={styles.label}> ({line.label})</span> : null}
          </li>
        ))}
        {org.text.map((line) => (
          <li key={`sms-${line.number}`}>
            <a className={styles.contact} href={line.href}>
              {line.keyword ? (
                <Translate
                  id="organizations.textKeyword"
                  description="Link text to send a text message with a keyword"
                  values={{keyword: line.keyword, number: <Digits>{line.number}</Digits>}}>
                  {'Text {keyword} to {number}'}
                </Translate>
              ) : (
                <Translate id="organizations.text" description="Link text to send a text message" values={{number: <Digits>{line.number}</Digits>}}>
                  {'Text {number}'}
                </Translate>
              )}
            </a>
            {line.label ? <span className={styles.label}> ({line.label})</span> : null}
          </li>
        ))}
        {org.tty ? (
          <li>
            <a className={styles.contact} href={org.tty.href}>
              <Translate id="organizations.tty" description="Link text for a TTY line" values={{number: <Digits>{org.tty.number}</Digits>}}>
                {'TTY {number}'}
              </Translate>
            </a>
          </li>
        ) : null}
        {org.chat ? (
          <li>
            <a className={styles.contact} href={org.chat} rel="noopener noreferrer">
              <Translate id="organizations.chat" description="Link text for an organization's web chat">
                Chat online
              </Translate>
            </a>
          </li>
        ) : null}
        {org.email ? (
          <li>
            <a className={styles.contact} href={`mailto:${org.email}`}>
              {org.email}
            </a>
          </li>
        ) : null}
      </ul>
      <dl className={styles.facts}>
        <dt>
          <Translate id="organizations.hours" description="Label before an organization's opening hours">
            Hours
          </Translate>
        </dt>
        <dd>{org.hours}</dd>
        <dt>
          <Translate id="organizations.languages" description="Label before the languages an organization answers in">
            Languages
          </Translate>
        </dt>
        <dd>{org.languageNames.join(', ')}</dd>
        <dt>
          <Translate id="organizations.lastVerified" description="Label before the date we last checked an organization's details">
            Last verified
          </Translate>
        </dt>
        <dd>
          <time dateTime={org.lastVerified}>{formatDate(org.lastVerified, i18n.currentLocale)}</time>
        </dd>
      </dl>
    </article>
  );
}
