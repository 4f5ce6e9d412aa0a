import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {homeSigns, type HomeSignId} from '@site/src/config/homeSigns';
import styles from './styles.module.css';

/**
 * Each sign's words, in the reader's own voice, and where it leads; the list and its order are in
 * src/config/homeSigns.ts. Plain links: no JavaScript needed. Each text is its own translate() call, so the string
 * extractor finds every id.
 */
const words: Record<HomeSignId, {sign: () => string; guide: () => string}> = {
  location: {
    sign: () => translate({id: 'home.sign.location', message: 'They know where I go', description: 'Home page sign'}),
    guide: () =>
      translate({id: 'home.sign.location.guide', message: 'How location can be shared, and what you can do', description: 'Home page sign: where it leads'}),
  },
  messages: {
    sign: () => translate({id: 'home.sign.messages', message: 'They know what I wrote or said', description: 'Home page sign'}),
    guide: () =>
      translate({id: 'home.sign.messages.guide', message: 'How they might know, and how to find out safely', description: 'Home page sign: where it leads'}),
  },
  accounts: {
    sign: () => translate({id: 'home.sign.accounts', message: 'My passwords or accounts changed', description: 'Home page sign'}),
    guide: () =>
      translate({id: 'home.sign.accounts.guide', message: 'Taking back your accounts, in a safe order', description: 'Home page sign: where it leads'}),
  },
  phone: {
    sign: () => translate({id: 'home.sign.phone', message: 'My phone acts strangely', description: 'Home page sign'}),
    guide: () =>
      translate({id: 'home.sign.phone.guide', message: 'Signs of monitoring apps, and careful options', description: 'Home page sign: where it leads'}),
  },
  tracker: {
    sign: () => translate({id: 'home.sign.tracker', message: 'I got an alert about a tracker', description: 'Home page sign'}),
    guide: () =>
      translate({id: 'home.sign.tracker.guide', message: 'What a tracker alert means and what to do first', description: 'Home page sign: where it leads'}),
  },
  social: {
    sign: () => translate({id: 'home.sign.social', message: 'They see my posts, stories or location on social apps', description: 'Home page sign'}),
    guide: () =>
      translate({
        id: 'home.sign.social.guide',
        message: 'Instagram, Facebook, WhatsApp, Snapchat, TikTok and Telegram, app by app',
        description: 'Home page sign: where it leads',
      }),
  },
  harassment: {
    sign: () => translate({id: 'home.sign.harassment', message: 'They keep messaging, threatening or pretending to be me', description: 'Home page sign'}),
    guide: () =>
      translate({
        id: 'home.sign.harassment.guide',
        message: 'Harassment, threats and fake accounts: options and limits',
        description: 'Home page sign: where it leads',
      }),
  },
  images: {
    sign: () => translate({id: 'home.sign.images', message: 'They threaten to share my private photos', description: 'Home page sign'}),
    guide: () =>
      translate({id: 'home.sign.images.guide', message: 'What to save, what to avoid, and how removal works', description: 'Home page sign: where it leads'}),
  },
  home: {
    sign: () => translate({id: 'home.sign.home', message: 'The heating, lights or doorbell act on their own', description: 'Home page sign'}),
    guide: () =>
      translate({
        id: 'home.sign.home.guide',
        message: 'Smart home devices: who controls them, and what you can do',
        description: 'Home page sign: where it leads',
      }),
  },
  children: {
    sign: () => translate({id: 'home.sign.children', message: "They reach me through my children's devices", description: 'Home page sign'}),
    guide: () => translate({id: 'home.sign.children.guide', message: "Children's phones, tablets and watches", description: 'Home page sign: where it leads'}),
  },
  car: {
    sign: () => translate({id: 'home.sign.car', message: 'They know where I drive', description: 'Home page sign'}),
    guide: () => translate({id: 'home.sign.car.guide', message: 'Car apps and hidden trackers', description: 'Home page sign: where it leads'}),
  },
  computer: {
    sign: () => translate({id: 'home.sign.computer', message: 'Someone may be in my computer', description: 'Home page sign'}),
    guide: () =>
      translate({
        id: 'home.sign.computer.guide',
        message: 'Windows and Mac: remote access, browser sync and scans',
        description: 'Home page sign: where it leads',
      }),
  },
  money: {
    sign: () => translate({id: 'home.sign.money', message: 'They see what I spend, or debts appear in my name', description: 'Home page sign'}),
    guide: () =>
      translate({id: 'home.sign.money.guide', message: 'Bank and payment apps, shared cards and debt', description: 'Home page sign: where it leads'}),
  },
};

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
        {homeSigns.map((item) => (
          <li key={item.id}>
            <Link className={styles.sign} to={item.to} data-sign={item.id}>
              <span className={styles.signText}>{words[item.id].sign()}</span>
              <span className={styles.guide}>{words[item.id].guide()}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
