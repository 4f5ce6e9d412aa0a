import {useId} from 'react';
import Translate from '@docusaurus/Translate';
import type {LocalContact, LocalOrganization} from '@site/src/content/organizations';
import Checked from './Checked';
import styles from './styles.module.css';

/** Numbers read left to right in every script, Arabic included. */
function Digits({children}: {children: string}) {
  return <bdi dir="ltr">{children}</bdi>;
}

/**
 * Beside a number that a source confirms only in other languages (the US Hotline's text line for Spanish readers):
 * said plainly, so the link does not imply the reader's language.
 */
function LineNotes({line}: {line: LocalContact}) {
  return (
    <>
      {line.label ? <span className={styles.label}> ({line.label})</span> : null}
      {line.confirmedOnlyIn ? (
        <span className={styles.label} data-confirmed-only-in>
          {' '}
          <Translate
            id="organizations.confirmedOnlyIn"
            description="Note beside a phone or text line that sources confirm only in some languages, not the reader's"
            values={{languages: line.confirmedOnlyIn.join(', ')}}
          >
            {'(confirmed only in {languages})'}
          </Translate>
        </span>
      ) : null}
    </>
  );
}

/** Whether an entry has any way to reach it beyond its website: a card shows no empty list when it has none. */
function hasContacts(org: LocalOrganization): boolean {
  return org.phone.length > 0 || org.text.length > 0 || Boolean(org.tty) || Boolean(org.chat) || Boolean(org.email);
}

/**
 * One organization: how to reach it (tap to call or text), when, in which languages, and what we read when. The
 * card is named by its heading, so a list of them reads as one organization after another, each by its name.
 */
export default function OrganizationCard({org, headingLevel = 3}: {org: LocalOrganization; headingLevel?: 3 | 4}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  // Unique even when an organization appears twice on a page; the same on the server and in the browser.
  const nameId = useId();
  return (
    <article className={styles.card} data-organization={org.id} aria-labelledby={nameId}>
      <Heading className={styles.name} id={nameId}>
        <a href={org.website} rel="noopener noreferrer">
          {org.name}
        </a>
      </Heading>
      {/* The official name too where readers know it by another, so they can match it on a sign or in a search. */}
      {org.officialName ? (
        <p className={styles.official}>
          <Translate
            id="organizations.officialName"
            description="Before an organization's official name, when it differs from the name shown"
            values={{name: <bdi>{org.officialName}</bdi>}}
          >
            {'Official name: {name}'}
          </Translate>
        </p>
      ) : null}
      <p className={styles.description}>{org.description}</p>
      {hasContacts(org) ? (
        <ul className={styles.contacts}>
          {org.phone.map((line) => (
            <li key={`tel-${line.number}`}>
              <a className={styles.contact} href={line.href}>
                <Translate id="organizations.call" description="Link text to call a number" values={{number: <Digits>{line.number}</Digits>}}>
                  {'Call {number}'}
                </Translate>
              </a>
              <LineNotes line={line} />
            </li>
          ))}
          {org.text.map((line) => (
            <li key={`sms-${line.number}`}>
              <a className={styles.contact} href={line.href}>
                {line.keyword ? (
                  <Translate
                    id="organizations.textKeyword"
                    description="Link text to send a text message with a keyword"
                    values={{keyword: line.keyword, number: <Digits>{line.number}</Digits>}}
                  >
                    {'Text {keyword} to {number}'}
                  </Translate>
                ) : (
                  <Translate id="organizations.text" description="Link text to send a text message" values={{number: <Digits>{line.number}</Digits>}}>
                    {'Text {number}'}
                  </Translate>
                )}
              </a>
              <LineNotes line={line} />
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
      ) : null}
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
      </dl>
      <Checked checked={org.checked} of="organization" className={styles.checked} />
    </article>
  );
}
