import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Signs in the reader's own words, each leading to the guide that fits. Plain links: no JavaScript needed. */
const signs = [
  {
    id: 'location',
    to: '/location-tracking',
    sign: () => translate({id: 'home.sign.location', message: 'They know where I go', description: 'Home page sign'}),
    guide: () => translate({id: 'home.sign.location.guide', message: 'How location can be shared, and what you can do', description: 'Home page sign: where it leads'}),
  },
  {
    id: 'messages',
    to: '/is-someone-monitoring-me',
    sign: () => translate({id: 'home.sign.messages', message: 'They know what I wrote or said', description: 'Home page sign'}),
    guide: () => translate({id: 'home.sign.messages.guide', message: 'How they might know, and how to find out safely', description: 'Home page sign: where it leads'}),
  },
  {
    id: 'accounts',
    to: '/account-hijacking',
    sign: () => translate({id: 'home.sign.accounts', message: 'My passwords or accounts changed', description: 'Home page sign'}),
    guide: () => translate({id: 'home.sign.accounts.guide', message: 'Taking back your accounts, in a safe order', description: 'Home page sign: where it leads'}),
  },
  {
    id: 'phone',
    to: '/stalkerware',
    sign: () => translate({id: 'home.sign.phone', message: 'My phone acts strangely', description: 'Home page sign'}),
    guide: () => translate({id: 'home.sign.phone.guide', message: 'Signs of monitoring apps, and careful options', description: 'Home page sign: where it leads'}),
  },
  {
    id: 'tracker',
    to: '/location-tracking#trackers',
    sign: () => translate({id: 'home.sign.tracker', message: 'I got an alert about a tracker', description: 'Home page sign'}),
    guide: () => translate({id: 'home.sign.tracker.guide', message: 'What a tracker alert means and what to do first', description: 'Home page sign: where it leads'}),
  },
] as const;

export default function WhatAreYouNoticing() {
  return (
    <section aria-labelledby="noticing" className={styles.section}>
      <Heading as="h2" id="noticing">
        <Translate id="home.noticing.title" description="Home page: heading over the list of signs">
          What are you noticing?
        </Translate>
      </Heading>
      <p>
        <Translate id="home.noticing.lead" description="Home page: line under 'What are you noticing?'">
          Pick what sounds closest. Each guide starts with what to think about before you change anything.
        </Translate>
      </p>
      <ul className={styles.signs}>
        {signs.map((item) => (
          <li key={item.id}>
            <Link className={styles.sign} to={item.to} data-sign={item.id}>
              <span className={styles.signText}>{item.sign()}</span>
              <span className={styles.guide}>{item.guide()}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
