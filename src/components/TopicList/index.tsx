import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** The core guides on the home page, in the order a reader is best served by. */
const topics = [
  {
    to: '/safety-planning',
    title: () => translate({id: 'home.topic.planning', message: 'Start here: safety planning with technology', description: 'Home page topic'}),
  },
  {
    to: '/is-someone-monitoring-me',
    title: () => translate({id: 'home.topic.monitoring', message: 'Is someone monitoring me?', description: 'Home page topic'}),
  },
  {to: '/stalkerware', title: () => translate({id: 'home.topic.stalkerware', message: 'Stalkerware and monitoring apps', description: 'Home page topic'})},
  {to: '/account-hijacking', title: () => translate({id: 'home.topic.accounts', message: 'Taking back your accounts', description: 'Home page topic'})},
  {to: '/location-tracking', title: () => translate({id: 'home.topic.location', message: 'Location tracking', description: 'Home page topic'})},
  {to: '/new-phone', title: () => translate({id: 'home.topic.newPhone', message: 'A new phone or a factory reset', description: 'Home page topic'})},
  {
    to: '/passwords',
    title: () => translate({id: 'home.topic.passwords', message: 'Passwords and two-step verification', description: 'Home page topic'}),
  },
  {to: '/documenting-evidence', title: () => translate({id: 'home.topic.evidence', message: 'Saving evidence', description: 'Home page topic'})},
] as const;

export default function TopicList() {
  return (
    <section aria-labelledby="all-guides" className={styles.section}>
      <Heading as="h2" id="all-guides">
        <Translate id="home.topics.title" description="Home page: heading over the list of all guides">
          All guides
        </Translate>
      </Heading>
      <ul className={styles.list}>
        {topics.map((topic) => (
          <li key={topic.to}>
            <Link to={topic.to}>{topic.title()}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
